import Foundation
import KomboAPI
import Testing

/// Runs `scripts/sdk_check.py` with the Python that has Kombo's official SDK installed.
enum SDKCheck {
  /// A document for the script: what to validate it as, a name for messages, and the value.
  struct Document {
    let kind: String
    let name: String
    let body: JSONValue

    init(_ kind: String, _ name: String, _ value: some Encodable) throws {
      self.kind = kind
      self.name = name
      body = try TestSupport.tree(value)
    }
  }

  /// The script's verdict on one document.
  struct Result: Decodable {
    let name: String
    let kind: String
    let ok: Bool
    let errors: [String]
  }

  /// `$KOMBO_APPLY_PYTHON`, else the package's `.venv/bin/python`; records an issue if neither exists.
  static func python() throws -> URL {
    let candidates = [
      ProcessInfo.processInfo.environment["KOMBO_APPLY_PYTHON"].map(URL.init(fileURLWithPath:)),
      TestSupport.packageRoot.appendingPathComponent(".venv/bin/python"),
    ].compactMap { $0 }
    let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    return try #require(found, "no Python with the Kombo SDK: run scripts/test (it creates the venv)")
  }

  /// Validates `documents`; returns one result per document, in order.
  static func run(_ documents: [Document]) throws -> [Result] {
    let input = JSONValue.array(
      documents.map { ["kind": .string($0.kind), "name": .string($0.name), "body": $0.body] })
    let process = Process()
    process.executableURL = try python()
    process.arguments = [TestSupport.packageRoot.appendingPathComponent("scripts/sdk_check.py").path]
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    // The script reads all of stdin before writing, so writing first cannot deadlock.
    stdin.fileHandleForWriting.write(try KomboJSON.encoder().encode(input))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let diagnostics = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    try #require([0, 1].contains(process.terminationStatus), "sdk_check.py failed: \(diagnostics)")
    return try JSONDecoder().decode([Result].self, from: output)
  }
}
