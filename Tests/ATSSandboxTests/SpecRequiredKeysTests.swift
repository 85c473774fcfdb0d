import Foundation
import Hummingbird
import HummingbirdTesting
import KomboAPI
import Testing

@testable import ATSSandbox

/// Keys Kombo's OpenAPI description requires on every job, stage, posting, candidate and
/// application (`integration_fields`, `remote_data`), on every endpoint that returns them.
@Suite struct SpecRequiredKeysTests {
  /// The objects of `value` at `path` (a list of keys; `*` steps into every array element).
  func objects(_ value: JSONValue, _ path: [String]) -> [JSONObject] {
    guard let first = path.first else { return value.objectValue.map { [$0] } ?? [] }
    if first == "*" { return (value.arrayValue ?? []).flatMap { objects($0, Array(path.dropFirst())) } }
    return value.objectValue?[first].map { objects($0, Array(path.dropFirst())) } ?? []
  }

  func expectKeys(_ found: [JSONObject], _ keys: [String], _ what: String) {
    #expect(!found.isEmpty, "no \(what) in the response")
    for object in found {
      for key in keys {
        #expect(object[key] != nil, "\(what) \(object["id"]?.stringValue ?? "?") lacks \(key)")
      }
      #expect(object["integration_fields"].map { $0.arrayValue != nil } ?? true, "\(what): not a list")
      #expect(object["remote_data"].map { $0.objectValue != nil || $0 == .null } ?? true, "\(what)")
    }
  }

  @Test func everyListedAndCreatedRecordCarriesThem() async throws {
    let job = Support.seedJob(titled: "Product Designer")
    try await Support.server().makeApplication().test(.router) { client in
      func get(_ uri: String) async throws -> JSONValue {
        let response = try await client.execute(uri: uri, method: .get, headers: Support.headers())
        #expect(response.status == .ok)
        return try Support.decode(JSONValue.self, response)
      }
      let jobs = try await get("/v1/ats/jobs?page_size=250&include_deleted=true")
      let both = ["integration_fields", "remote_data"]
      expectKeys(objects(jobs, ["data", "results", "*"]), both, "job")
      expectKeys(objects(jobs, ["data", "results", "*", "stages", "*"]), ["remote_data"], "stage")
      expectKeys(objects(jobs, ["data", "results", "*", "job_postings", "*"]), ["remote_data"], "posting")
      let created = try await client.execute(
        uri: "/v1/ats/jobs/\(job.id)/applications", method: .post, headers: Support.headers(),
        body: Support.buffer(Support.body(for: job)))
      let createdBody = try Support.decode(JSONValue.self, created)
      expectKeys(objects(createdBody, ["data"]), both, "created application")
      expectKeys(objects(createdBody, ["data", "candidate"]), both, "created candidate")
      expectKeys(objects(try await get("/v1/ats/candidates"), ["data", "results", "*"]), both, "candidate")
      let applications = try await get("/v1/ats/applications")
      expectKeys(objects(applications, ["data", "results", "*"]), both, "listed application")
    }
  }
}
