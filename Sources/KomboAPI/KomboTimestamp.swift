public import Foundation

/// An instant in a Kombo **response** (`changed_at`, `remote_created_at`, …), to the millisecond.
///
/// Decodes ISO 8601 text with or without a fraction, with `Z`, a numeric offset or no zone (read
/// as UTC), and date-only text (midnight UTC). Encodes as Kombo does: UTC with exactly three
/// fraction digits, `2022-08-07T14:01:29.196Z`. Stored as whole milliseconds, so a decoded value
/// re-encodes to the same instant without floating-point drift.
public struct KomboTimestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// Milliseconds since 1970-01-01T00:00:00Z.
  public var millisecondsSince1970: Int64

  /// The instant `millisecondsSince1970` after the Unix epoch.
  public init(millisecondsSince1970: Int64) {
    self.millisecondsSince1970 = millisecondsSince1970
  }

  /// The instant of `date`, rounded to the nearest millisecond (clamped to ±10^16 ms, beyond any date
  /// ISO 8601 text can hold, so no date traps).
  public init(_ date: Date) {
    let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
    millisecondsSince1970 = milliseconds.isNaN ? 0 : Int64(max(-1e16, min(1e16, milliseconds)))
  }

  /// Parses ISO 8601 text as described on the type; `nil` if it is not a real date-time.
  public init?(iso8601 text: String) {
    guard let fields = try? ISO8601Fields(parsing: text, allowOffsets: true) else { return nil }
    millisecondsSince1970 = fields.millisecondsSince1970
  }

  /// The instant as a `Date`.
  public var date: Date {
    Date(timeIntervalSince1970: Double(millisecondsSince1970) / 1000)
  }

  /// The text Kombo sends: `YYYY-MM-DDTHH:MM:SS.sssZ`, in UTC.
  public var iso8601: String {
    ISO8601Fields(millisecondsSince1970: millisecondsSince1970).text
  }

  /// Same as ``iso8601``.
  public var description: String { iso8601 }

  /// Earlier instants sort first.
  public static func < (lhs: KomboTimestamp, rhs: KomboTimestamp) -> Bool {
    lhs.millisecondsSince1970 < rhs.millisecondsSince1970
  }

  /// Decodes ISO 8601 text; throws `DecodingError.dataCorrupted` naming the text otherwise.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = KomboTimestamp(iso8601: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "\(text.debugDescription) is not an ISO 8601 date-time")
    }
    self = value
  }

  /// Encodes ``iso8601``.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso8601)
  }
}
