import Foundation
import KomboAPI
import TestHarness
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

  /// Validates `documents`; returns one result per document, in order.
  static func run(_ documents: [Document]) async throws -> [Result] {
    let python = try #require(PackageLocations.python, Comment(rawValue: PackageLocations.pythonMissing))
    let input = JSONValue.array(
      documents.map { ["kind": .string($0.kind), "name": .string($0.name), "body": $0.body] })
    let result = try await ChildProcess.run(
      python, [PackageLocations.sdkCheckScript.path], input: try KomboJSON.encoder().encode(input))
    try #require([0, 1].contains(result.status), "sdk_check.py failed: \(result.stderr)")
    return try JSONDecoder().decode([Result].self, from: result.stdout)
  }
}
