import Foundation
import KomboAPI
import Testing

/// Fixture files, encoding helpers and paths shared by the KomboAPI tests.
enum TestSupport {
  /// The package root, found from this file's path (Tests/KomboAPITests/Support/…).
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The fixture's bytes from the test bundle.
  static func fixture(_ name: String) throws -> Data {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
      "missing fixture \(name)")
    return try Data(contentsOf: url)
  }

  /// Where a fixture lives in the source tree (for re-recording golden files).
  static func sourceFixtureURL(_ name: String) -> URL {
    packageRoot.appendingPathComponent("Tests/KomboAPITests/Fixtures/\(name)")
  }

  /// Encodes with the module's encoder and returns the text.
  static func json(_ value: some Encodable) throws -> String {
    String(decoding: try KomboJSON.encoder().encode(value), as: UTF8.self)
  }

  /// Decodes `text` with the module's decoder.
  static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try KomboJSON.decoder().decode(type, from: Data(text.utf8))
  }

  /// Encodes and decodes `value` again.
  static func roundTrip<T: Codable>(_ value: T) throws -> T {
    try KomboJSON.decoder().decode(T.self, from: KomboJSON.encoder().encode(value))
  }

  /// The value parsed as a generic JSON tree, to inspect what was encoded.
  static func tree(_ value: some Encodable) throws -> JSONValue {
    try KomboJSON.decoder().decode(JSONValue.self, from: KomboJSON.encoder().encode(value))
  }

  /// A timestamp from ISO text that is known to be valid.
  static func timestamp(_ text: String) throws -> KomboTimestamp {
    try #require(KomboTimestamp(iso8601: text))
  }
}
