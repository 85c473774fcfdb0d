public import Foundation

/// Where the package and its test tools are, for tests that run scripts or the built binary.
public enum PackageLocations {
  /// The package root (this file is `Tests/TestHarness/PackageLocations.swift`).
  public static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The Python with Kombo's official SDK: `$KOMBO_APPLY_PYTHON`, else `<root>/.venv/bin/python` (both
  /// set up by `scripts/test`), or nil when neither exists.
  public static var python: URL? {
    let candidates = [
      ProcessInfo.processInfo.environment["KOMBO_APPLY_PYTHON"].map(URL.init(fileURLWithPath:)),
      root.appendingPathComponent(".venv/bin/python"),
    ].compactMap { $0 }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// The message for a test that needs `python` when it is missing.
  public static let pythonMissing = "no Python with the Kombo SDK: run scripts/test (it creates the venv)"

  /// `scripts/sdk_check.py`, which validates JSON documents with the SDK's pydantic models.
  public static var sdkCheckScript: URL { root.appendingPathComponent("scripts/sdk_check.py") }
}
