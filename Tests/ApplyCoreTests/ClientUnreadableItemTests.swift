import ApplyCoreTesting
import Foundation
import KomboAPI
import Testing

@testable import ApplyCore

/// A job that cannot be read is skipped from a listing, but a lookup never quietly skips a candidate or
/// misreads an email: a missed application would be sent again.
@Suite struct ClientUnreadableItemTests {
  static func client(_ body: String) -> HTTPKomboClient {
    HTTPKomboClient(
      server: KomboServer(region: .us), apiKey: APIKey("sk_test_abcdefghijklmnop")!,
      integration: IntegrationID("greenhouse:8d1hpPsbjxUkoCoa1veLZGe5")!,
      transport: InMemoryTransport { _ throws(TransportFailure) in
        TransportResponse(status: 200, body: Data(body.utf8))
      })
  }

  static func page(_ items: String) -> String {
    #"{"status":"success","data":{"next":null,"results":["# + items + "]}}"
  }

  static let brokenJob =
    #"{"id":"JobBROKENAAAAAAAAAAAAAA1","remote_id":"9","changed_at":"2025-01-01T00:00:00Z","#
    + #""screening_questions":[{"title":"no id"}]}"#

  @Test func askingForAJobThatCannotBeReadNamesItAndTheField() async throws {
    let client = Self.client(Self.page(Self.brokenJob))
    await #expect(throws: KomboClientError.self) { try await client.job(id: "JobBROKENAAAAAAAAAAAAAA1") }
    do {
      _ = try await client.job(id: "remote:9")
      Issue.record("an unreadable job must not be returned")
    } catch {
      #expect(
        error.description.contains(
          "job JobBROKENAAAAAAAAAAAAAA1 could not be read (screening_questions[0].id: is missing (it is required))"
        ))
    }
  }

  @Test(arguments: [
    #"{"id":"AppA","changed_at":"2025-01-01T00:00:00Z","interviews":[],"offers":[],"candidate":{"id":"CanA","remote_id":"c1","tags":[],"email_addresses":[{"email_address":5}]}}"#,
    #"{"id":"AppA","changed_at":"2025-01-01T00:00:00Z","interviews":[],"offers":[],"candidate":"ada@example.com"}"#,
  ])
  func aLookupPageWithAnApplicationItCannotReadIsRefusedNotShortened(_ application: String) async throws {
    let client = Self.client(Self.page(application))
    await #expect(throws: KomboClientError.self) { try await client.applications(jobIDs: ["JobA"]) }
    let readable = Self.client(
      Self.page(
        #"{"id":"AppA","changed_at":"2025-01-01T00:00:00Z","interviews":[],"offers":[],"candidate":{"id":"CanA","remote_id":"c1","tags":[],"email_addresses":[{"email_address":"a@b.co"}]}}"#
      ))
    let listed = try await readable.applications(jobIDs: ["JobA"])
    #expect(listed.first?.candidate?.emailAddresses?.first?.emailAddress == "a@b.co")
  }
}
