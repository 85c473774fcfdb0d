import Foundation
import TestHarness
import Testing

/// The commands against jobs as Kombo's OpenAPI description documents them (its own example job), next
/// to one job that cannot be read and one with bounds beyond any integer.
@Suite(.serialized) struct SpecShapeCommandTests {
  /// The example job of `GET /ats/jobs` in `../shared/reference/kombo-openapi.json`.
  static func specExampleJob() throws -> [String: Any] {
    let url = PackageLocations.root.deletingLastPathComponent()
      .appendingPathComponent("shared/reference/kombo-openapi.json")
    var node: Any = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    for key in ["paths", "/ats/jobs", "get", "responses", "200", "content", "application/json", "examples"]
      + ["example1", "value", "data", "results"]
    {
      node = try #require((node as? [String: Any])?[key], "no \(key) in the spec")
    }
    return try #require((node as? [Any])?.first as? [String: Any])
  }

  static let specJobID = "H5daSm8e85Dmvmne3wLeCPhX"
  static let brokenJobID = "JobBROKENAAAAAAAAAAAAAA1"
  static let hugeJobID = "JobHUGEAAAAAAAAAAAAAAAA1"

  static func page() throws -> Data {
    let minimal: (String, [String: Any]) -> [String: Any] = { id, question in
      [
        "id": id, "remote_id": "r-\(id)", "name": "Job \(id)", "changed_at": "2025-01-01T00:00:00.000Z",
        "stages": [], "screening_questions": [question], "job_postings": [], "hiring_team": [],
      ]
    }
    let broken = minimal(brokenJobID, ["title": "No id", "format": ["type": "BOOLEAN"]])
    let huge = minimal(hugeJobID, ["id": "QHuge", "format": ["type": "NUMBER", "min": -1e19, "max": 1e19]])
    let body: [String: Any] = [
      "status": "success", "data": ["next": NSNull(), "results": [try specExampleJob(), broken, huge]],
    ]
    return try JSONSerialization.data(withJSONObject: body)
  }

  func withServer(_ body: (E2ECommand) async throws -> Void) async throws {
    try await E2EFakeKombo.withServer { server, cli in
      server.serveJobsPage(try Self.page())
      try await body(cli)
    }
  }

  @Test func jobsListsWhatCanBeReadAndNamesTheJobItSkipped() async throws {
    try await withServer { cli in
      let result = try await cli.run(["jobs"])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("Backend Engineer") && result.stdout.contains(Self.specJobID))
      #expect(result.stdout.contains(Self.hugeJobID) && !result.stdout.contains(Self.brokenJobID))
      #expect(
        result.stderr.contains(
          "warning: skipped job \(Self.brokenJobID) could not be read "
            + "(screening_questions[0].id: is missing (it is required))"), "\(result.stderr)")
      #expect(!result.stderr.contains("CodingKeys"))
    }
  }

  @Test func theSpecExampleJobShowsAndTakesApplicationsDespiteItsDanglingCondition() async throws {
    try await withServer { cli in
      let shown = try await cli.run(["job", Self.specJobID])
      #expect(shown.status == 0, "\(shown.stderr)")
      #expect(
        shown.stdout.contains(
          "asked only if question 4ZVteCSSgDw3BdwGzcQqGEPk is answered 7qd5qjPwDHarsMLFMGzXYG1K "
            + "(question not on this job)"))
      #expect(
        shown.stderr.contains(
          "warning: question 26vafvWSRmbhNcxJYqjCzuJg depends on question 4ZVteCSSgDw3BdwGzcQqGEPk, which is not on this job"
        ))
      let dry = try await cli.run([
        "submit", "--job", Self.specJobID, "--first-name", "Ada", "--last-name", "Lovelace", "--email",
        "ada@example.com", "--dry-run", "--json",
      ])
      #expect(dry.status == 0, "the required question nobody can see does not block: \(dry.stderr)")
    }
  }

  @Test func boundsBeyondAnyIntegerAreShownNotTrappedOn() async throws {
    try await withServer { cli in
      let result = try await cli.run(["job", Self.hugeJobID])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("number (min -1e+19, max 1e+19)"))
    }
  }

  @Test func aJobThatCannotBeReadIsNamedWithTheFieldAtFault() async throws {
    try await withServer { cli in
      let result = try await cli.run(["job", Self.brokenJobID])
      #expect(result.status != 0)
      #expect(
        result.stderr.contains(
          "job \(Self.brokenJobID) could not be read (screening_questions[0].id: is missing (it is required))"
        ),
        "\(result.stderr)")
    }
  }
}
