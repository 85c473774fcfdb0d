import Foundation
import Testing

/// Runs `scripts/sdk_check.py` (Kombo's official Python SDK models) on request bodies.
///
/// The interpreter is `$KOMBO_APPLY_PYTHON`, else `<package root>/.venv/bin/python` (both set up by
/// `scripts/test`); a test using it fails when neither exists, so the cross-check cannot go missing.
enum RequestSDKCheck {
  /// The package root, from this file's path (Tests/ApplyCoreTests/…).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The Python interpreter with the pinned `kombo` package, if one is set up.
  static let python: String? = {
    let candidates: [String?] = [
      ProcessInfo.processInfo.environment["KOMBO_APPLY_PYTHON"],
      packageRoot.appendingPathComponent(".venv/bin/python").path,
    ]
    return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }()

  /// One checked document's outcome.
  struct Result: Decodable {
    let name: String
    let ok: Bool
    let errors: [String]
  }

  /// Checks each named body as a `create_application_request`.
  static func checkRequests(_ bodies: [(name: String, body: Data)]) throws -> [Result] {
    let python = try #require(python, "no Python with the kombo SDK; run scripts/test")
    var documents: [Any] = []
    for (name, body) in bodies {
      documents.append([
        "kind": "create_application_request", "name": name,
        "body": try JSONSerialization.jsonObject(with: body),
      ])
    }
    let input = try JSONSerialization.data(withJSONObject: documents)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [packageRoot.appendingPathComponent("scripts/sdk_check.py").path]
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    // The script reads all of stdin before it writes, so writing first cannot deadlock.
    stdin.fileHandleForWriting.write(input)
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let diagnostics = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    try #require([0, 1].contains(process.terminationStatus), "sdk_check.py failed: \(diagnostics)")
    return try JSONDecoder().decode([Result].self, from: output)
  }
}
