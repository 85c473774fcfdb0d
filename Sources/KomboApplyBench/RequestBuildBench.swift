import ApplyCore
import Foundation
import KomboAPI

/// Building the create-application body for a draft with one 10 MB attachment: time per build (target
/// ≤ 40 ms) and peak memory growth relative to the file size (target ≤ about 3×), next to the plain
/// JSONEncoder path for comparison.
enum RequestBuildBench {
  static let benchmark = Benchmark(name: "request-build") { try run() }

  static let fileSize = 10 << 20
  static let iterations = 30

  static func run() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kombo-bench-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("cv.pdf").path
    try writeRandomPDF(at: path)

    var draft = ApplicationDraft(job: "JobAAAAAAAAAAAAAAAAAAAA1")
    draft.candidate = CandidateDraft(firstName: "Ada", lastName: "Lovelace", emailAddress: "ada@example.com")
    draft.attachments = [AttachmentDraft(path: path, type: .cv)]
    let validation = Validator(fileSystem: LocalFileSystem()).validate(draft, job: nil)
    guard let prepared = validation.prepared else {
      print("draft invalid: \(validation.report.issues)")
      return
    }
    let builder = RequestBuilder(fileSystem: LocalFileSystem())
    let fileMB = Double(fileSize) / 1_048_576

    let fastMemory = try peakGrowthMegabytes { _ = try builder.build(prepared).body.count }
    var bodySize = 0
    let fast = try Measure.samples(iterations: iterations) {
      bodySize = try builder.build(prepared).body.count
    }
    print(Measure.summary("fast path (\(bodySize) byte body)", fast))
    print(
      String(
        format: "fast path peak memory growth: %.1f MB = %.2f× the file", fastMemory, fastMemory / fileMB))

    let plainMemory = try peakGrowthMegabytes { _ = try plainBody(prepared, path: path).count }
    let plain = try Measure.samples(iterations: 10) { _ = try plainBody(prepared, path: path) }
    print(Measure.summary("plain JSONEncoder path, for comparison", plain))
    print(
      String(
        format: "plain path peak memory growth: %.1f MB = %.2f× the file", plainMemory, plainMemory / fileMB))
  }

  /// A `%PDF-` header followed by random bytes, written in 1 MB pieces so the benchmark's own setup
  /// does not raise the process's peak memory.
  private static func writeRandomPDF(at path: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: nil) else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
    }
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    var generator = SystemRandomNumberGenerator()
    var written = 0
    while written < fileSize {
      var chunk = [UInt8](repeating: 0, count: min(1 << 20, fileSize - written))
      for index in chunk.indices { chunk[index] = generator.next() }
      if written == 0 { chunk.replaceSubrange(0..<8, with: Array("%PDF-1.7".utf8)) }
      try handle.write(contentsOf: chunk)
      written += chunk.count
    }
  }

  /// The body the simple way: the whole file in memory, Foundation's base64, then JSONEncoder.
  private static func plainBody(_ prepared: PreparedApplication, path: String) throws -> Data {
    var request = prepared.request
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    request.attachments[0].content = .base64(data.base64EncodedString())
    return try KomboJSON.encoder().encode(request)
  }

  /// How far the process's peak resident memory rises above its current size while `body` runs, in MB.
  /// Resets the kernel's high-water mark first (`/proc/self/clear_refs`).
  private static func peakGrowthMegabytes(_ body: () throws -> Void) throws -> Double {
    try "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    let before = currentRSSMegabytes()
    try body()
    return Measure.peakRSSMegabytes() - before
  }

  /// Current resident set size in megabytes (VmRSS).
  private static func currentRSSMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
      return (line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0) / 1024
    }
    return 0
  }
}
