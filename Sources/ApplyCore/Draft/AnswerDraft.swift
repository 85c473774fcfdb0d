/// An answer to one screening question as the user gave it. Text-like values are kept as typed (a
/// number or date that does not parse is not lost); the validator checks them against the question.
///
/// Coded as `{"type": "text", "value": …}`.
public enum AnswerDraft: Hashable, Sendable, Codable {
  /// A TEXT answer.
  case text(String)
  /// A NUMBER answer as typed (`42`, `3.5`).
  case number(String)
  /// A BOOLEAN answer.
  case boolean(Bool)
  /// A DATE answer as typed (`2026-03-01`).
  case date(String)
  /// A SINGLE_SELECT answer: the chosen option's id.
  case option(String)
  /// A MULTI_SELECT answer: the chosen options' ids, in the order chosen.
  case options([String])
  /// A FILE answer.
  case file(FileReference)

  /// The kind of answer, as stored: `text`, `number`, `boolean`, `date`, `option`, `options`, `file`.
  public var kind: String {
    switch self {
    case .text: "text"
    case .number: "number"
    case .boolean: "boolean"
    case .date: "date"
    case .option: "option"
    case .options: "options"
    case .file: "file"
    }
  }

  private enum CodingKeys: String, CodingKey {
    case type, value
  }

  /// Decodes `{"type": …, "value": …}`; an unknown type throws.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let kind = try container.decode(String.self, forKey: .type)
    switch kind {
    case "text": self = .text(try container.decode(String.self, forKey: .value))
    case "number": self = .number(try container.decode(String.self, forKey: .value))
    case "boolean": self = .boolean(try container.decode(Bool.self, forKey: .value))
    case "date": self = .date(try container.decode(String.self, forKey: .value))
    case "option": self = .option(try container.decode(String.self, forKey: .value))
    case "options": self = .options(try container.decode([String].self, forKey: .value))
    case "file": self = .file(try container.decode(FileReference.self, forKey: .value))
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container, debugDescription: "unknown answer type \(kind.debugDescription)")
    }
  }

  /// Encodes `{"type": …, "value": …}`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .type)
    switch self {
    case .text(let value), .number(let value), .date(let value), .option(let value):
      try container.encode(value, forKey: .value)
    case .boolean(let value): try container.encode(value, forKey: .value)
    case .options(let value): try container.encode(value, forKey: .value)
    case .file(let value): try container.encode(value, forKey: .value)
    }
  }
}
