import Foundation
import TestHarness
import Testing

/// Runs `scripts/sdk_check.py` (Kombo's official Python SDK models) on request bodies.
///
/// The interpreter is `$KOMBO_APPLY_PYTHON`, else `<package root>/.venv/bin/python` (both set up by
/// `scripts/test`); a test using it fails when neither exists, so the cross-check cannot go missing.
enum RequestSDKCheck {
  /// The package root.
  static var packageRoot: URL { PackageLocations.root }

  /// One checked document's outcome.
  struct Result: Decodable {
    let name: String
    let ok: Bool
    let errors: [String]
  }

  /// Checks each named body as a `create_application_request`.
  static func checkRequests(_ bodies: [(name: String, body: Data)]) async throws -> [Result] {
    let python = try #require(PackageLocations.python, Comment(rawValue: PackageLocations.pythonMissing))
    var documents: [Any] = []
    for (name, body) in bodies {
      documents.append([
        "kind": "create_application_request", "name": name,
        "body": try JSONSerialization.jsonObject(with: body),
      ])
    }
    let input = try JSONSerialization.data(withJSONObject: documents)
    let result = try await ChildProcess.run(python, [PackageLocations.sdkCheckScript.path], input: input)
    try #require([0, 1].contains(result.status), "sdk_check.py failed: \(result.stderr)")
    return try JSONDecoder().decode([Result].self, from: result.stdout)
  }
}
