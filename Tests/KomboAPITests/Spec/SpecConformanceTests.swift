import Foundation
import KomboAPI
import Testing

/// Every example the spec gives for the responses the app reads, and every single-change variation of
/// it that a client must accept (see ``SpecShapes``), decodes with the app's types, with nothing
/// skipped: the spec file is the source of truth, not our fixtures.
@Suite struct SpecConformanceTests {
  /// A response the app reads: where it is in the spec, and which of the app's types reads it.
  struct Endpoint: CustomTestStringConvertible, Sendable {
    let method: String
    let path: String
    let status: String
    let type: ResponseType

    var testDescription: String { "\(method.uppercased()) \(path) \(status)" }
  }

  /// The app's type for a response body.
  enum ResponseType: Sendable {
    case jobs, candidates, applications, integration, keyCheck, created, error

    /// Decodes a body; returns what went wrong, or nil when it was read completely.
    func read(_ data: Data, _ body: JSONValue) -> String? {
      switch self {
      case .jobs: page(Job.self, data, body) ?? nestedListsKept(data, body)
      case .candidates: page(Candidate.self, data, body)
      case .applications: page(ListedApplication.self, data, body)
      case .integration: plain(KomboResponse<IntegrationDetails>.self, data)
      case .keyCheck: plain(KomboResponse<APIKeyCheck>.self, data)
      case .created: plain(CreateApplicationResponse.self, data)
      case .error: plain(KomboErrorResponse.self, data)
      }
    }

    private func plain<T: Decodable>(_: T.Type, _ data: Data) -> String? {
      do {
        _ = try KomboJSON.decoder().decode(T.self, from: data)
        return nil
      } catch {
        return (error as? DecodingError)?.summary ?? "\(error)"
      }
    }

    /// Tolerant lists leave out entries they cannot read; a spec shape must lose none.
    private func nestedListsKept(_ data: Data, _ body: JSONValue) -> String? {
      guard let page = try? KomboJSON.decoder().decode(KomboPage<Job>.self, from: data) else { return nil }
      let sent = body["data"]?["results"]?.arrayValue ?? []
      for (job, raw) in zip(page.results, sent) {
        let counts: [(String, Int)] = [
          ("stages", job.stages.count), ("screening_questions", job.screeningQuestions.count),
          ("job_postings", job.jobPostings.count), ("hiring_team", job.hiringTeam.count),
          ("integration_fields", job.integrationFields?.count ?? 0),
        ]
        for (key, count) in counts where count != raw[key]?.arrayValue?.count ?? 0 {
          return "\(key): read \(count) of \(raw[key]?.arrayValue?.count ?? 0) entries"
        }
      }
      return nil
    }

    /// A page is read completely only if no item was skipped.
    private func page<T: Codable>(_: T.Type, _ data: Data, _ body: JSONValue) -> String? {
      do {
        let page = try KomboJSON.decoder().decode(KomboPage<T>.self, from: data)
        if let skipped = page.unreadable.first { return "skipped: \(skipped.describe("item"))" }
        let sent = body["data"]?["results"]?.arrayValue?.count ?? 0
        return page.results.count == sent ? nil : "read \(page.results.count) of \(sent) items"
      } catch {
        return (error as? DecodingError)?.summary ?? "\(error)"
      }
    }
  }

  static let endpoints: [Endpoint] =
    [
      Endpoint(method: "get", path: "/ats/jobs", status: "200", type: .jobs),
      Endpoint(method: "get", path: "/ats/candidates", status: "200", type: .candidates),
      Endpoint(method: "get", path: "/ats/applications", status: "200", type: .applications),
      Endpoint(method: "get", path: "/integrations/{integration_id}", status: "200", type: .integration),
      Endpoint(method: "get", path: "/check-api-key", status: "200", type: .keyCheck),
      Endpoint(method: "post", path: "/ats/jobs/{job_id}/applications", status: "200", type: .created),
      Endpoint(method: "post", path: "/ats/jobs/{job_id}/applications", status: "default", type: .error),
    ]
    + [
      "/ats/jobs", "/ats/candidates", "/ats/applications", "/integrations/{integration_id}", "/check-api-key",
    ]
    .map { Endpoint(method: "get", path: $0, status: "default", type: .error) }

  /// The spec, read once for all tests (it is 1 MB).
  static let spec = Result { try SpecDocument() }

  @Test(arguments: endpoints) func everyExampleAndEdgeShapeDecodes(_ endpoint: Endpoint) throws {
    let spec = try Self.spec.get()
    let content = spec.jsonContent(endpoint.method, endpoint.path, endpoint.status)
    try #require(!content.examples.isEmpty, "the spec has no example for \(endpoint.testDescription)")
    let generator = SpecShapes(spec: spec)
    var failures: [String] = []
    var count = 0
    for example in content.examples {
      let shapes =
        [SpecShapes.Shape(change: "the example as published", body: example)]
        + generator.shapes(of: example, schema: .object(content.schema))
      for shape in shapes {
        count += 1
        if let problem = endpoint.type.read(try KomboJSON.encoder().encode(shape.body), shape.body) {
          failures.append("\(shape.change) → \(problem)")
        }
      }
    }
    print("spec shapes for \(endpoint.testDescription): \(content.examples.count) examples, \(count) bodies")
    #expect(
      failures.isEmpty,
      "\(failures.count) of \(count) bodies unreadable:\n\(failures.joined(separator: "\n"))")
  }

  @Test func theGeneratorCoversEveryKindOfChange() throws {
    let spec = try Self.spec.get()
    let content = spec.jsonContent("get", "/ats/jobs", "200")
    let changes = SpecShapes(spec: spec).shapes(
      of: try #require(content.examples.first), schema: .object(content.schema)
    )
    .map(\.change)
    #expect(changes.contains("data.results[0].hiring_team[0].email: left out"))
    #expect(changes.contains("data.results[0].stages[0].index: null"))
    #expect(changes.contains("data.results[0].screening_questions[0].category: an undocumented value"))
    #expect(changes.contains("data.results[0].screening_questions[0].format.type: an undocumented value"))
    #expect(changes.contains("data.results[0].location: an unknown key added"))
    #expect(changes.contains("data.results[0].hiring_team[0].hiring_team_roles[0]: an undocumented value"))
    #expect(!changes.contains("data.results[0].id: left out"), "required keys stay")
  }
}
