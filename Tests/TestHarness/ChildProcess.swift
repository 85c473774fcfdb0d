public import Foundation

/// Runs a child process for a test without blocking a thread of Swift's cooperative pool.
///
/// On a 2-core machine the pool has two threads; a test that blocks one (`waitUntilExit`,
/// `readDataToEndOfFile`, `usleep`) for seconds starves every other test's async work. Output goes to
/// files (a pipe would fill and stall the child), and the end is awaited through `terminationHandler`.
public enum ChildProcess {
  /// What a finished child left behind.
  public struct Result: Sendable {
    /// The exit status (or the signal number when it was killed by one; see `reason`).
    public var status: Int32
    /// How it ended.
    public var reason: Process.TerminationReason
    /// Everything it wrote to stdout.
    public var stdout: Data
    /// Everything it wrote to stderr, as text.
    public var stderr: String

    /// Stdout as UTF-8 text.
    public var output: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// Runs `executable` with `arguments`, feeding it `input` on stdin, and returns when it has ended.
  public static func run(
    _ executable: URL, _ arguments: [String], input: Data = Data(), environment: [String: String]? = nil,
    currentDirectory: URL? = nil
  ) async throws -> Result {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("child-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let inURL = scratch.appendingPathComponent("stdin")
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    try input.write(to: inURL)
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let stdin = try FileHandle(forReadingFrom: inURL)
    let stdout = try FileHandle(forWritingTo: outURL)
    let stderr = try FileHandle(forWritingTo: errURL)
    defer {
      try? stdin.close()
      try? stdout.close()
      try? stderr.close()
    }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
      process.terminationHandler = { _ in continuation.resume() }
      do {
        try process.run()
      } catch {
        process.terminationHandler = nil
        continuation.resume(throwing: error)
      }
    }
    return Result(
      status: process.terminationStatus, reason: process.terminationReason,
      stdout: (try? Data(contentsOf: outURL)) ?? Data(),
      stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self))
  }
}
