import Foundation

/// Runs the built `kombo-apply` binary with a private home directory and captures its output.
struct E2ECommand {
  /// What one run produced.
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// A fresh, private HOME with XDG directories inside it.
  let home: String
  /// Extra environment for every run.
  var environment: [String: String]

  init(server: E2EFakeKombo?) throws {
    home = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    environment = [
      "HOME": home, "PATH": "/usr/bin:/bin", "XDG_STATE_HOME": home + "/state",
      "XDG_CONFIG_HOME": home + "/config",
    ]
    if let server {
      environment["KOMBO_API_KEY"] = E2EFakeKombo.apiKey
      environment["KOMBO_INTEGRATION_ID"] = E2EFakeKombo.integration
      environment["KOMBO_BASE_URL"] = server.baseURL
    }
  }

  /// The built binary, next to the test bundle.
  static var binary: URL {
    let candidates = [
      Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    ]
    for directory in candidates {
      var url = directory
      for _ in 0..<3 {
        let binary = url.appendingPathComponent("kombo-apply")
        if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        url = url.deletingLastPathComponent()
      }
    }
    return candidates[0].appendingPathComponent("kombo-apply")
  }

  /// Starts the binary without waiting; its stderr goes to the returned file.
  func launch(_ arguments: [String]) throws -> (process: Process, stderrPath: String) {
    let errPath = home + "/stderr-\(UUID().uuidString)"
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = arguments
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    try process.run()
    return (process, errPath)
  }

  /// Runs the binary to completion, without blocking a concurrency thread (the loopback server in this
  /// process needs them to answer).
  func run(_ arguments: [String], extraEnvironment: [String: String] = [:]) async throws -> Result {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = arguments
    process.environment = environment.merging(extraEnvironment) { _, new in new }
    let outPath = home + "/stdout-\(UUID().uuidString)"
    let errPath = home + "/stderr-\(UUID().uuidString)"
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    _ = FileManager.default.createFile(atPath: errPath, contents: nil)
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
      process.terminationHandler = { _ in continuation.resume() }
      do {
        try process.run()
      } catch {
        process.terminationHandler = nil
        continuation.resume(throwing: error)
      }
    }
    try out.close()
    try err.close()
    return Result(
      status: process.terminationStatus,
      stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
  }

  /// Writes a file into the home directory and returns its path.
  func file(_ name: String, _ contents: Data) throws -> String {
    let path = home + "/" + name
    try contents.write(to: URL(fileURLWithPath: path))
    return path
  }
}
