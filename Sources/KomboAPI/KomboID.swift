/// Kombo's id format: 24 characters of the base58 alphabet `[1-9A-HJ-NP-Za-km-z]`.
///
/// Ids are unique per model, not across models. Fields holding ids are plain `String`s in this
/// module (remote ids and `remote:`-prefixed ids share those fields); use this type to check or
/// generate them.
public enum KomboID {
  /// The 58 characters an id is made of: digits without `0`, letters without `I`, `O` and `l`.
  public static let alphabet: [Character] = Array(
    "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")

  /// The length of every id.
  public static let length = 24

  /// Whether `text` is a well-formed Kombo id.
  public static func isValid(_ text: some StringProtocol) -> Bool {
    text.count == length && text.allSatisfy(alphabet.contains)
  }

  /// A new random id drawn from `generator` (seed it for reproducible sandbox data).
  public static func random(using generator: inout some RandomNumberGenerator) -> String {
    String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "1" })
  }

  /// A new id from the system's random source.
  public static func random() -> String {
    var generator = SystemRandomNumberGenerator()
    return random(using: &generator)
  }

  /// The prefix that marks an ATS's own id where a Kombo id is expected (`remote:4711`).
  public static let remotePrefix = "remote:"
}

/// An integration id, `<tool slug>:<24-char Kombo id>`, as sent in `X-Integration-Id`.
///
/// ```swift
/// let id = IntegrationID("factorial:8d1hpPsbjxUkoCoa1veLZGe5")  // tool "factorial"
/// ```
public struct IntegrationID: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The tool slug, e.g. `greenhouse` (see ``ATSTool``).
  public let tool: String
  /// The 24-character Kombo id after the colon.
  public let id: String

  /// Parses `text`; `nil` unless it is a lowercase-alphanumeric slug, `:`, and a Kombo id.
  public init?(_ text: String) {
    guard let colon = text.firstIndex(of: ":") else { return nil }
    self.init(tool: String(text[..<colon]), id: String(text[text.index(after: colon)...]))
  }

  /// Combines a tool slug and an id; `nil` if either is malformed.
  public init?(tool: String, id: String) {
    let slugCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789")
    guard !tool.isEmpty, tool.allSatisfy(slugCharacters.contains), KomboID.isValid(id) else { return nil }
    self.tool = tool
    self.id = id
  }

  /// The wire form, `tool:id`.
  public var description: String { "\(tool):\(id)" }

  /// Decodes the wire form; throws `DecodingError.dataCorrupted` if it is malformed.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = IntegrationID(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "\(text.debugDescription) is not <tool slug>:<24-character id>")
    }
    self = value
  }

  /// Encodes the wire form.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
