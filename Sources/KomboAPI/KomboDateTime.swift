/// A date or date-time **sent to** Kombo (`availability_date`, `gdpr_consent.expires_at`, DATE
/// answers), kept exactly as written.
///
/// Kombo accepts text matching `^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?)?Z?$`:
/// `2026-01-02`, `2026-01-02T03:04:05`, `2026-01-02T03:04:05.123`, each optionally ending in `Z`.
/// This type accepts exactly those forms, rejects days and times the calendar does not have
/// (`2026-02-30`, `T24:00:00`, year `0000`), and encodes the original ``text`` unchanged.
///
/// ```swift
/// let date = try KomboDateTime("2026-03-01")
/// let consentUntil = KomboDateTime(KomboTimestamp(Date()))  // "2026-…T…Z"
/// ```
public struct KomboDateTime: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The text as given; this is what is sent.
  public let text: String
  private let fields: ISO8601Fields

  /// The calendar year.
  public var year: Int { fields.year }
  /// The month, 1–12.
  public var month: Int { fields.month }
  /// The day of the month, 1–31.
  public var day: Int { fields.day }
  /// Whether the text ends in `Z`.
  public var isUTC: Bool { fields.zone == .utc }
  /// Whether there is no time part.
  public var isDateOnly: Bool { !fields.hasTime }

  /// The time of day, or `nil` for a date-only value.
  public var time: TimeOfDay? {
    guard fields.hasTime else { return nil }
    return TimeOfDay(
      hour: fields.hour, minute: fields.minute, second: fields.second, fraction: fields.fraction)
  }

  /// A time of day as written.
  public struct TimeOfDay: Hashable, Sendable {
    /// 0–23.
    public let hour: Int
    /// 0–59.
    public let minute: Int
    /// 0–59.
    public let second: Int
    /// The digits after the decimal point, if any (`"123"` for `.123`).
    public let fraction: String?
  }

  /// Why a text is not an accepted date-time; ``description`` is a message for the user.
  public enum ParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not of the form `YYYY-MM-DD[THH:MM:SS[.fff]][Z]`.
    case malformed(String)
    /// The form is right but the calendar has no such date or time.
    case impossibleDate(String)

    /// A sentence for the user naming the text and what is allowed.
    public var description: String {
      switch self {
      case .malformed(let text):
        "\(text.debugDescription) is not a date: use YYYY-MM-DD, optionally followed by a time "
          + "THH:MM:SS, a fraction of a second such as .123, and Z for UTC"
      case .impossibleDate(let text):
        "\(text.debugDescription) is not a real date or time of day"
      }
    }
  }

  /// Parses and validates `text`.
  public init(_ text: String) throws(ParseError) {
    do {
      fields = try ISO8601Fields(parsing: text, allowOffsets: false)
    } catch .malformed {
      throw .malformed(text)
    } catch {
      throw .impossibleDate(text)
    }
    self.text = text
  }

  /// A date-only value, `YYYY-MM-DD`.
  public init(year: Int, month: Int, day: Int) throws(ParseError) {
    try self.init("\(ISO8601Fields.pad(year, 4))-\(ISO8601Fields.pad(month, 2))-\(ISO8601Fields.pad(day, 2))")
  }

  /// The instant `timestamp` as `YYYY-MM-DDTHH:MM:SS.sssZ`.
  public init(_ timestamp: KomboTimestamp) {
    fields = ISO8601Fields(millisecondsSince1970: timestamp.millisecondsSince1970)
    text = fields.text
  }

  /// The instant this text names, reading a date-only or zone-less value as UTC.
  public var timestamp: KomboTimestamp {
    KomboTimestamp(millisecondsSince1970: fields.millisecondsSince1970)
  }

  /// The original text.
  public var description: String { text }

  /// Decodes and validates the text; throws `DecodingError.dataCorrupted` with the reason.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    do {
      try self.init(text)
    } catch {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
    }
  }

  /// Encodes ``text``.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(text)
  }
}
