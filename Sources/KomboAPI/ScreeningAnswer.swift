/// An answer to a screening question in the create-application body
/// (`screening_question_answers[]`).
///
/// ```swift
/// ScreeningAnswer(questionID: question.id, answer: .singleSelect(optionID: option.id))
/// ```
public struct ScreeningAnswer: Hashable, Sendable, Codable {
  /// The question's Kombo id.
  public var questionID: String
  /// The answer; its shape must match the question's ``QuestionFormat``.
  public var answer: Value

  /// An answer to the question `questionID`.
  public init(questionID: String, answer: Value) {
    self.questionID = questionID
    self.answer = answer
  }

  private enum CodingKeys: String, CodingKey {
    case answer
    case questionID = "question_id"
  }

  /// The JSON value sent as `answer`, one shape per question format.
  ///
  /// On the wire `TEXT`, `SINGLE_SELECT` and `DATE` answers are all strings, so a decoded string
  /// is always ``text(_:)``; ``reading(as:)`` re-types it once the question is known.
  public enum Value: Hashable, Sendable, Codable {
    /// `TEXT`: the text.
    case text(String)
    /// `SINGLE_SELECT`: the chosen option's id.
    case singleSelect(optionID: String)
    /// `MULTI_SELECT`: the chosen options' ids.
    case multiSelect(optionIDs: [String])
    /// `BOOLEAN`.
    case boolean(Bool)
    /// `NUMBER`.
    case number(Double)
    /// `DATE`: sent as its text.
    case date(KomboDateTime)
    /// `FILE`: an object like an attachment, without `type`.
    case file(FileAnswer)

    /// The question `type` this shape answers: `TEXT`, `SINGLE_SELECT`, ….
    public var questionType: String {
      switch self {
      case .text: "TEXT"
      case .singleSelect: "SINGLE_SELECT"
      case .multiSelect: "MULTI_SELECT"
      case .boolean: "BOOLEAN"
      case .number: "NUMBER"
      case .date: "DATE"
      case .file: "FILE"
      }
    }

    /// The value re-typed for a question of `format`: a string becomes a single-select option id
    /// or (if it is a valid date) a date. Anything else is returned unchanged, so a mismatch
    /// stays visible to a validator through ``questionType``.
    public func reading(as format: QuestionFormat) -> Value {
      guard case .text(let text) = self else { return self }
      switch format {
      case .singleSelect: return .singleSelect(optionID: text)
      case .date: return (try? KomboDateTime(text)).map(Value.date) ?? self
      default: return self
      }
    }

    /// Decodes by JSON shape: Boolean, number, string (as ``text(_:)``), array of strings,
    /// or file object. Anything else throws.
    public init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let value = try? container.decode(Bool.self) {
        self = .boolean(value)
      } else if let value = try? container.decode(Double.self) {
        self = .number(value)
      } else if let value = try? container.decode(String.self) {
        self = .text(value)
      } else if let value = try? container.decode([String].self) {
        self = .multiSelect(optionIDs: value)
      } else if let value = try? container.decode(FileAnswer.self) {
        self = .file(value)
      } else {
        throw DecodingError.dataCorruptedError(
          in: container,
          debugDescription: "an answer is a string, number, true/false, array of option ids or file object")
      }
    }

    /// Encodes the bare JSON value.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .text(let text): try container.encode(text)
      case .singleSelect(let optionID): try container.encode(optionID)
      case .multiSelect(let optionIDs): try container.encode(optionIDs)
      case .boolean(let value): try container.encode(value)
      case .number(let value): try container.encode(value)
      case .date(let date): try container.encode(date)
      case .file(let file): try container.encode(file)
      }
    }
  }

  /// A file answering a `FILE` question: like an ``Attachment`` without `type`.
  public struct FileAnswer: Hashable, Sendable, Codable {
    /// The file name with extension.
    public var name: String
    /// The MIME type; required with ``FileContent/base64(_:)``.
    public var contentType: String?
    /// The bytes or where to fetch them.
    public var content: FileContent

    /// A file answer.
    public init(name: String, contentType: String? = nil, content: FileContent) {
      self.name = name
      self.contentType = contentType
      self.content = content
    }

    private enum CodingKeys: String, CodingKey {
      case name
      case contentType = "content_type"
    }

    /// Decodes `name`, `content_type` and exactly one of `data`/`data_url`.
    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      name = try container.decode(String.self, forKey: .name)
      contentType = try container.decodeIfPresent(String.self, forKey: .contentType)
      content = try FileContent(fromEnclosing: decoder)
    }

    /// Encodes the set keys; `content_type` is left out when `nil`.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(name, forKey: .name)
      try container.encodeIfPresent(contentType, forKey: .contentType)
      try content.encode(intoEnclosing: encoder)
    }
  }
}
