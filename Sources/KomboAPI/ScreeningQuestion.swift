/// A question on a job's application form (`screening_questions[]`).
///
/// Answer it with a ``ScreeningAnswer`` whose value matches ``format``. A question with a
/// ``preconditionQuestionID`` is shown only when that question's answer is one of
/// ``preconditionOptions``.
public struct ScreeningQuestion: Hashable, Sendable, Codable, Identifiable {
  /// The Kombo id; send it as `question_id`.
  public var id: String
  /// The ATS's own id.
  @ExplicitNull public var remoteID: String?
  /// The question text.
  @ExplicitNull public var title: String?
  /// Extra text, possibly HTML and long (EEO statements); sanitise before display.
  @ExplicitNull public var description: String?
  /// Whether the question collects equal-opportunity or demographic data.
  @ExplicitNull public var category: QuestionCategory?
  /// Whether the ATS requires an answer.
  @ExplicitNull public var required: Bool?
  /// What kind of answer the question takes; `nil` when Kombo sends none.
  @ExplicitNull public var format: QuestionFormat?
  /// The display position (advisory).
  @ExplicitNull public var index: Int?
  /// The question whose answer decides whether this one is shown.
  @ExplicitNull public var preconditionQuestionID: String?
  /// The answers to ``preconditionQuestionID`` that show this question.
  @ExplicitNull public var preconditionOptions: PreconditionOptions?

  /// A question; everything but the id defaults to `nil`.
  public init(
    id: String, remoteID: String? = nil, title: String? = nil, description: String? = nil,
    category: QuestionCategory? = nil, required: Bool? = nil, format: QuestionFormat? = nil,
    index: Int? = nil, preconditionQuestionID: String? = nil, preconditionOptions: PreconditionOptions? = nil
  ) {
    self.id = id
    self.remoteID = remoteID
    self.title = title
    self.description = description
    self.category = category
    self.required = required
    self.format = format
    self.index = index
    self.preconditionQuestionID = preconditionQuestionID
    self.preconditionOptions = preconditionOptions
  }

  /// Decodes a question. What the app acts on is strict: `id`, `required`, `format` (see
  /// ``QuestionFormat``) and the precondition; the rest is tolerant, and an `index` that is not a
  /// whole number is rounded down (`nil` out of `Int`'s range).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    remoteID = container.tolerant(forKey: .remoteID)
    title = container.tolerant(forKey: .title)
    description = container.tolerant(forKey: .description)
    category = container.tolerant(forKey: .category)
    required = try container.decodeIfPresent(Bool.self, forKey: .required)
    format = try container.decodeIfPresent(QuestionFormat.self, forKey: .format)
    index = container.tolerantWholeNumber(forKey: .index)
    preconditionQuestionID = try container.decodeIfPresent(String.self, forKey: .preconditionQuestionID)
    preconditionOptions = try container.decodeIfPresent(
      PreconditionOptions.self, forKey: .preconditionOptions)
  }

  private enum CodingKeys: String, CodingKey {
    case id, title, description, category, required, format, index
    case remoteID = "remote_id"
    case preconditionQuestionID = "precondition_question_id"
    case preconditionOptions = "precondition_options"
  }
}

/// The special kind of data a question collects. Open: unknown values are kept.
public struct QuestionCategory: OpenEnum {
  /// The value on the wire.
  public let rawValue: String

  /// Any value, documented or not.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// `EEO`: equal employment opportunity.
  public static let eeo = Self(rawValue: "EEO")
  /// `DEMOGRAPHIC`.
  public static let demographic = Self(rawValue: "DEMOGRAPHIC")

  /// The documented values.
  public static let knownValues: [Self] = [.eeo, .demographic]
}

/// The answers to a parent question that make a conditional question appear.
public enum PreconditionOptions: Hashable, Sendable, Codable {
  /// Option ids of a single- or multi-select parent.
  case options([String])
  /// Values of a Boolean parent.
  case booleans([Bool])

  /// Whether `answer` to the parent question satisfies the precondition: a selected option id (or
  /// any of several) is listed, or the Boolean is listed.
  public func isSatisfied(by answer: ScreeningAnswer.Value) -> Bool {
    switch (self, answer) {
    case (.options(let ids), .singleSelect(let id)), (.options(let ids), .text(let id)): ids.contains(id)
    case (.options(let ids), .multiSelect(let selected)): selected.contains(where: ids.contains)
    case (.booleans(let values), .boolean(let value)): values.contains(value)
    default: false
    }
  }

  /// Decodes an array of strings or of Booleans; an empty array decodes as `.options([])`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let ids = try? container.decode([String].self) {
      self = .options(ids)
    } else {
      self = .booleans(try container.decode([Bool].self))
    }
  }

  /// Encodes the array.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .options(let ids): try container.encode(ids)
    case .booleans(let values): try container.encode(values)
    }
  }
}
