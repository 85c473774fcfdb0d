import ApplyCore
import Foundation
import KomboAPI
import Testing

/// Golden request bodies: the exact bytes built for each draft of `RequestTestDrafts`, committed under
/// `Fixtures/request-<name>.json`, and their `--dry-run` displays under `Fixtures/display-<name>.json`.
/// Re-record with `RECORD_FIXTURES=1 swift test --filter RequestGoldenTests`.
@Suite struct RequestGoldenTests {
  static let record = ProcessInfo.processInfo.environment["RECORD_FIXTURES"] == "1"

  @Test(arguments: RequestTestDrafts.all.indices)
  func bodiesMatchTheirGoldenFiles(_ index: Int) throws {
    let name = "request-\(RequestTestDrafts.all[index].name).json"
    let built = try RequestBuilder(fileSystem: RequestTestDrafts.files).build(
      try RequestTestDrafts.prepared(index))
    if Self.record {
      try built.body.write(
        to: RequestSDKCheck.packageRoot.appendingPathComponent("Tests/ApplyCoreTests/Fixtures/\(name)"))
    }
    let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
    let golden = try Data(contentsOf: url)
    #expect(String(decoding: built.body, as: UTF8.self) == String(decoding: golden, as: UTF8.self))
  }

  @Test(arguments: RequestTestDrafts.all.indices)
  func dryRunDisplaysMatchTheirGoldenFiles(_ index: Int) throws {
    let name = "display-\(RequestTestDrafts.all[index].name).json"
    let display = RequestBuilder.displayBody(try RequestTestDrafts.prepared(index))
    if Self.record {
      try Data(display.utf8).write(
        to: RequestSDKCheck.packageRoot.appendingPathComponent("Tests/ApplyCoreTests/Fixtures/\(name)"))
    }
    let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
    #expect(display == String(decoding: try Data(contentsOf: url), as: UTF8.self))
  }

  @Test(arguments: RequestTestDrafts.all.indices)
  func theFastPathWritesExactlyWhatThePlainEncoderWrites(_ index: Int) throws {
    let prepared = try RequestTestDrafts.prepared(index)
    let built = try RequestBuilder(fileSystem: RequestTestDrafts.files).build(prepared)
    #expect(built.body == (try RequestTestDrafts.plainBody(prepared)))
  }

  @Test func theOfficialSDKAcceptsEveryBodyAndKnowsEveryKey() async throws {
    var bodies: [(name: String, body: Data)] = []
    for index in RequestTestDrafts.all.indices {
      let built = try RequestBuilder(fileSystem: RequestTestDrafts.files).build(
        try RequestTestDrafts.prepared(index))
      bodies.append((RequestTestDrafts.all[index].name, built.body))
    }
    let results = try await RequestSDKCheck.checkRequests(bodies)
    #expect(results.map(\.name) == RequestTestDrafts.all.map(\.name))
    for result in results {
      #expect(result.ok, "\(result.name): \(result.errors)")
    }
  }

  @Test func theSDKCheckCatchesABodyItWouldReject() async throws {
    let bad = Data(
      #"{"candidate":{"first_name":"Ada","last_name":"L","email_address":"a@b.co","gender":"X"},"extra":1}"#
        .utf8)
    let results = try await RequestSDKCheck.checkRequests([("bad", bad)])
    #expect(results.first?.ok == false)
  }
}
