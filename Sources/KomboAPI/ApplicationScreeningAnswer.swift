/// A screening answer as the ATS recorded it, in an application response
/// (`screening_question_answers[]`): `{"question":{remote_id,title,type},"answer":{…}}`.
///
/// The answer's shape follows the question type: `{content}` TEXT, `{choice}` SINGLE_SELECT,
/// `{choices}` MULTI_SELECT, `{checked}` BOOLEAN, `{number}` NUMBER, `{date}` DATE and `{raw}`
/// UNKNOWN. A type this code does not know, or an answer that does not fit its type, decodes as
/// ``Answer/unrecognized(type:answer:)`` and encodes back unchanged.
public struct ApplicationScreeningAnswer: Hashable, Sendable, Codable {
  /// The ATS's id of the question.
  public var questionRemoteID: String?
  /// The question text.
  public var questionTitle: String
  /// The recorded answer; it determines the question `type` on the wire.
  public var answer: Answer

  /// A recorded answer.
  public init(questionRemoteID: String? = nil, questionTitle: String, answer: Answer) {
    self.questionRemoteID = questionRemoteID
    self.questionTitle = questionTitle
    self.answer = answer
  }

  /// The recorded value, by question type.
  public enum Answer: Hashable, Sendable {
    /// `TEXT`: `{content}`.
    case text(String?)
    /// `SINGLE_SELECT`: `{choice}`, the chosen option as the ATS names it.
    case singleSelect(String?)
    /// `MULTI_SELECT`: `{choices}`.
    case multiSelect([String]?)
    /// `BOOLEAN`: `{checked}`.
    case boolean(Bool?)
    /// `NUMBER`: `{number}`.
    case number(Double?)
    /// `DATE`: `{date}`.
    case date(KomboTimestamp?)
    /// `UNKNOWN`: `{raw}`, the ATS's data.
    case unknown(JSONValue?)
    /// A question type this code does not know, with the `answer` JSON as received.
    case unrecognized(type: String, answer: JSONValue)

    /// The question `type` on the wire.
    public var questionType: String {
      switch self {
      case .text: "TEXT"
      case .singleSelect: "SINGLE_SELECT"
      case .multiSelect: "MULTI_SELECT"
      case .boolean: "BOOLEAN"
      case .number: "NUMBER"
      case .date: "DATE"
      case .unknown: "UNKNOWN"
      case .unrecognized(let type, _): type
      }
    }
  }

  private enum CodingKeys: String, CodingKey {
    case question, answer
  }

  private enum QuestionKeys: String, CodingKey {
    case title, type
    case remoteID = "remote_id"
  }

  private enum AnswerKeys: String, CodingKey {
    case content, choice, choices, checked, number, date, raw
  }

  /// Decodes the question and, by its type, the answer.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let question = try container.nestedContainer(keyedBy: QuestionKeys.self, forKey: .question)
    questionRemoteID = try question.decodeIfPresent(String.self, forKey: .remoteID)
    questionTitle = try question.decode(String.self, forKey: .title)
    let type = try question.decode(String.self, forKey: .type)
    do {
      let answer = try container.nestedContainer(keyedBy: AnswerKeys.self, forKey: .answer)
      switch type {
      case "TEXT": self.answer = .text(try answer.decodeIfPresent(String.self, forKey: .content))
      case "SINGLE_SELECT":
        self.answer = .singleSelect(try answer.decodeIfPresent(String.self, forKey: .choice))
      case "MULTI_SELECT":
        self.answer = .multiSelect(try answer.decodeIfPresent([String].self, forKey: .choices))
      case "BOOLEAN": self.answer = .boolean(try answer.decodeIfPresent(Bool.self, forKey: .checked))
      case "NUMBER": self.answer = .number(try answer.decodeIfPresent(Double.self, forKey: .number))
      case "DATE": self.answer = .date(try answer.decodeIfPresent(KomboTimestamp.self, forKey: .date))
      case "UNKNOWN":
        self.answer = .unknown(
          try answer.decodeIfPresent(JSONValue.self, forKey: .raw).flatMap { $0.isNull ? nil : $0 })
      default: throw DecodingError.typeMismatch(Answer.self, .init(codingPath: [], debugDescription: type))
      }
    } catch {
      answer = .unrecognized(type: type, answer: try container.decode(JSONValue.self, forKey: .answer))
    }
  }

  /// Encodes the question with its type and the answer object (its one key always present).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    var question = container.nestedContainer(keyedBy: QuestionKeys.self, forKey: .question)
    try question.encode(questionRemoteID, forKey: .remoteID)
    try question.encode(questionTitle, forKey: .title)
    try question.encode(answer.questionType, forKey: .type)
    if case .unrecognized(_, let raw) = answer {
      try container.encode(raw, forKey: .answer)
      return
    }
    var body = container.nestedContainer(keyedBy: AnswerKeys.self, forKey: .answer)
    switch answer {
    case .text(let content): try body.encode(content, forKey: .content)
    case .singleSelect(let choice): try body.encode(choice, forKey: .choice)
    case .multiSelect(let choices): try body.encode(choices, forKey: .choices)
    case .boolean(let checked): try body.encode(checked, forKey: .checked)
    case .number(let number): try body.encode(number, forKey: .number)
    case .date(let date): try body.encode(date, forKey: .date)
    case .unknown(let raw): try body.encode(raw ?? .null, forKey: .raw)
    case .unrecognized: break
    }
  }
}
