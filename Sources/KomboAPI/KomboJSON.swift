public import Foundation

/// Factories for the JSON coders every user of these types should use.
///
/// The types in this module do their own key naming, date formatting and null handling, so they
/// do not depend on coder strategies, with two exceptions that only the encoder can provide:
/// - `.withoutEscapingSlashes`: Foundation otherwise writes `/` as `\/` (valid JSON, but it
///   differs from what Kombo's SDKs send and breaks byte-level comparisons of `data_url`s).
/// - `.sortedKeys`: Foundation otherwise writes object keys in a random order per process; sorted
///   keys make request bodies reproducible byte for byte.
///
/// Numbers are written by Foundation: integral values without a fraction (`70000`, not
/// `70000.0`), others in the shortest form that round-trips (`0.1`, `1e+21`). JSON has no NaN or
/// infinity: encoding a non-finite number throws `EncodingError.invalidValue`.
public enum KomboJSON {
  /// A `JSONEncoder` with sorted keys and unescaped slashes.
  public static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// A `JSONEncoder` like ``encoder()`` that also indents, for files people read.
  public static func prettyEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
    return encoder
  }

  /// A plain `JSONDecoder`; provided so callers need not know that nothing is configured.
  public static func decoder() -> JSONDecoder {
    JSONDecoder()
  }

  /// Decodes `data` with ``decoder()``, and once more with ``JSONSyntax/readable(_:)`` if Foundation
  /// refused it as a whole: valid numbers such as `-0.0E+2` are read. Explain a failure with
  /// `DecodingError.summary(reading:)`.
  public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
    do {
      return try decoder().decode(type, from: data)
    } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
      let readable = JSONSyntax.readable(data)
      guard readable != data else { throw DecodingError.dataCorrupted(context) }
      return try decoder().decode(type, from: readable)
    }
  }
}
