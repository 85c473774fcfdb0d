import Foundation
import Hummingbird
import HummingbirdTesting
import KomboAPI
import Testing

@testable import ATSSandbox

/// The filters Kombo documents for `GET /ats/candidates` and `GET /ats/applications`, and the empty
/// values its patterns and enums refuse.
@Suite struct RecordFilterRouteTests {
  let server: SandboxServer
  let designer = Support.seedJob(titled: "Product Designer")

  init() throws {
    server = try Support.server()
  }

  /// Stores a deleted candidate with a deleted application to `job`, as a remote deletion would.
  func storeDeleted(job: Job) async throws -> KomboAPI.Application {
    let now = KomboTimestamp(Date())
    let input = ValidatedApplication(
      stage: job.stages[0], candidate: .init(firstName: "Gone", lastName: "Away", email: "gone@example.com"))
    var candidate = SandboxServer.candidate(input.candidate, now: now)
    candidate.remoteDeletedAt = now
    var application = SandboxServer.application(input, job: job, candidateID: candidate.id, now: now)
    application.remoteDeletedAt = now
    let encoder = KomboJSON.encoder()
    let rows = SandboxStore.NewApplication(
      newCandidate: .init(
        id: candidate.id, emails: ["gone@example.com"], payload: try encoder.encode(candidate)),
      application: .init(
        id: application.id, jobID: job.id, candidateID: candidate.id, outcome: "PENDING",
        currentStageID: job.stages[0].id, payload: try encoder.encode(application)),
      result: application)
    return try await server.store.insertApplication(
      integrationID: SandboxIntegrations.default.id, primaryEmail: "gone@example.com", attachments: []
    ) { _ in rows }
  }

  @Test func candidatesByNameRemoteIDDateAndDeletion() async throws {
    let deleted = try await storeDeleted(job: designer)
    try await server.makeApplication().test(.router) { client in
      func names(_ query: String) async throws -> [String] {
        let response = try await client.execute(
          uri: "/v1/ats/candidates?\(query)", method: .get, headers: Support.headers())
        #expect(response.status == .ok, "\(query)")
        return try Support.decode(KomboPage<Candidate>.self, response).results.map {
          "\($0.firstName ?? "") \($0.lastName ?? "")"
        }
      }
      let created = try await client.execute(
        uri: "/v1/ats/jobs/\(designer.id)/applications", method: .post, headers: Support.headers(),
        body: Support.buffer(
          Support.body(
            for: designer, email: "zoe@example.com", candidate: ["first_name": "Zoë", "last_name": "Ång"])))
      let zoe = try #require(try Support.decode(CreateApplicationResponse.self, created).data.candidate)
      #expect(try await names("") == ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Zoë Ång"])
      #expect(try await names("include_deleted=true").contains("Gone Away"))
      #expect(try await names("first_name=ADA") == ["Ada Lovelace"])
      #expect(try await names("first_name=zoË&last_name=ång") == ["Zoë Ång"])
      #expect(try await names("first_name=Ad").isEmpty)
      #expect(try await names("remote_ids=\(zoe.remoteID)") == ["Zoë Ång"])
      let seededBefore = KomboTimestamp(millisecondsSince1970: JobSpec.epochMilliseconds).iso8601
      #expect(try await names("updated_after=\(seededBefore)") == ["Zoë Ång"])
      #expect(
        try await names("updated_after=\(seededBefore)&include_deleted=true") == ["Gone Away", "Zoë Ång"])
      _ = deleted
    }
  }

  @Test func applicationsByOutcomeJobRemoteIDDatesAndDeletion() async throws {
    let deleted = try await storeDeleted(job: designer)
    let demo = Support.seedJob(titled: "Senior Backend Engineer (Platform)")
    try await server.makeApplication().test(.router) { client in
      func ids(_ query: String) async throws -> [String] {
        let response = try await client.execute(
          uri: "/v1/ats/applications?\(query)", method: .get, headers: Support.headers())
        #expect(response.status == .ok, "\(query)")
        return try Support.decode(KomboPage<ListedApplication>.self, response).results.map(\.id)
      }
      let created = try await client.execute(
        uri: "/v1/ats/jobs/\(designer.id)/applications", method: .post, headers: Support.headers(),
        body: Support.buffer(Support.body(for: designer)))
      let application = try Support.decode(CreateApplicationResponse.self, created).data
      let seeded = SeedApplications.entries.count
      #expect(try await ids("").count == seeded + 1)
      #expect(try await ids("include_deleted=true").count == seeded + 2)
      #expect(try await ids("include_deleted=true").contains(deleted.id))
      #expect(try await ids("outcome=HIRED").count == 1)
      #expect(try await ids("outcome=HIRED&outcomes=PENDING").count == 2)
      #expect(try await ids("job_remote_ids=\(designer.remoteID)") == [application.id])
      #expect(try await ids("job_remote_ids=\(demo.remoteID),\(designer.remoteID)").count == 2)
      #expect(try await ids("job_remote_ids=no-such-job").isEmpty)
      #expect(try await ids("job_ids=\(demo.id)&job_remote_ids=\(designer.remoteID)").isEmpty)
      #expect(try await ids("remote_ids=\(application.remoteID!)") == [application.id])
      let seededBefore = KomboTimestamp(millisecondsSince1970: JobSpec.epochMilliseconds).iso8601
      #expect(try await ids("updated_after=\(seededBefore)") == [application.id])
      #expect(try await ids("remote_created_after=\(seededBefore)") == [application.id])
      #expect(try await ids("remote_created_after=2000-01-01").count == seeded + 1)
    }
  }

  @Test(arguments: [
    ("/v1/ats/candidates?updated_after=", "updated_after"), ("/v1/ats/candidates?email=", "email"),
    ("/v1/ats/candidates?email=a!b%40example.com", "email"),
    ("/v1/ats/candidates?include_deleted=", "include_deleted"),
    ("/v1/ats/candidates?page_size=", "page_size"), ("/v1/ats/applications?outcome=", "outcome"),
    ("/v1/ats/applications?outcome=LOST", "outcome"),
    ("/v1/ats/applications?remote_created_after=", "remote_created_after"),
    ("/v1/ats/applications?updated_after=2026-13-01", "updated_after"), ("/v1/ats/jobs?status=", "status"),
    ("/v1/ats/jobs?updated_after=", "updated_after"), ("/v1/ats/jobs?include_deleted=", "include_deleted"),
    ("/v1/ats/jobs?status=OPEN,CLOSED", "status"),
  ])
  func emptyOrMalformedValuesAreRefusedNamingTheParameter(_ uri: String, _ parameter: String) async throws {
    try await server.makeApplication().test(.router) { client in
      let response = try await client.execute(uri: uri, method: .get, headers: Support.headers())
      #expect(response.status == .badRequest)
      let error = try Support.error(response)
      #expect(
        error.code == .platformInputInvalid && error.message.hasPrefix("\(parameter):"), "\(error.message)")
    }
  }

  @Test(arguments: [
    "/v1/ats/jobs?statuses=", "/v1/ats/applications?outcomes=", "/v1/ats/candidates?first_name=",
  ])
  func blankListsAndFreeTextMatchEverything(_ uri: String) async throws {
    try await server.makeApplication().test(.router) { client in
      let response = try await client.execute(uri: uri, method: .get, headers: Support.headers())
      #expect(response.status == .ok)
    }
  }
}
