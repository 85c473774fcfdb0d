/// The answer format of a screening question, discriminated on the wire by `type`.
///
/// Decoding never fails on a JSON object: a `type` this code does not know, a missing `type`, or
/// fields that do not fit a known type decode as ``unrecognized(type:raw:)`` carrying the whole
/// object, which encodes back unchanged. An unknown `display_type` decodes as `nil` (show the
/// default control).
public enum QuestionFormat: Hashable, Sendable, Codable {
  /// `TEXT`: a string answer.
  case text(Text)
  /// `NUMBER`: a numeric answer.
  case number(Number)
  /// `FILE`: a file answer.
  case file(File)
  /// `SINGLE_SELECT`: one option id.
  case singleSelect(SingleSelect)
  /// `MULTI_SELECT`: several option ids.
  case multiSelect(MultiSelect)
  /// `BOOLEAN`: `true` or `false`.
  case boolean
  /// `DATE`: a date string.
  case date
  /// `INFORMATION`: static text, no answer.
  case information
  /// `UNKNOWN`: Kombo could not map the ATS's question type; `raw_question` is the ATS's data.
  /// Not answerable through Kombo.
  case unknown(rawQuestion: JSONValue?)
  /// A format this code does not understand; `raw` is the whole `format` object as received.
  case unrecognized(type: String?, raw: JSONObject)

  /// `TEXT` details.
  public struct Text: Hashable, Sendable, Codable {
    /// How to present the field; `nil` means a single line. `EMAIL` and `URL` imply validation.
    @ExplicitNull public var displayType: DisplayType?
    /// The longest answer allowed, in characters; `nil` means no limit.
    @ExplicitNull public var maxLength: Int?

    /// Presentation of a text question (closed enum).
    public enum DisplayType: String, CaseIterable, Hashable, Sendable, Codable {
      /// `SINGLE_LINE`.
      case singleLine = "SINGLE_LINE"
      /// `MULTI_LINE`.
      case multiLine = "MULTI_LINE"
      /// `EMAIL`: the answer must be an email address.
      case email = "EMAIL"
      /// `URL`: the answer must be a URL.
      case url = "URL"
    }

    /// Text details.
    public init(displayType: DisplayType? = nil, maxLength: Int? = nil) {
      self.displayType = displayType
      self.maxLength = maxLength
    }

    /// Decodes the details; an unknown display type becomes `nil`.
    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      displayType = container.tolerant(forKey: .displayType)
      maxLength = container.tolerantWholeNumber(forKey: .maxLength)
    }

    private enum CodingKeys: String, CodingKey {
      case displayType = "display_type", maxLength = "max_length"
    }
  }

  /// `NUMBER` details.
  public struct Number: Hashable, Sendable, Codable {
    /// How to present the field; `nil` means a plain field.
    @ExplicitNull public var displayType: DisplayType?
    /// The smallest answer allowed.
    @ExplicitNull public var min: Double?
    /// The largest answer allowed.
    @ExplicitNull public var max: Double?

    /// Presentation of a number question (closed enum).
    public enum DisplayType: String, CaseIterable, Hashable, Sendable, Codable {
      /// `SLIDER`.
      case slider = "SLIDER"
      /// `FIELD`.
      case field = "FIELD"
    }

    /// Number details.
    public init(displayType: DisplayType? = nil, min: Double? = nil, max: Double? = nil) {
      self.displayType = displayType
      self.min = min
      self.max = max
    }

    /// Decodes the details; an unknown display type becomes `nil`.
    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      displayType = try? container.decodeIfPresent(DisplayType.self, forKey: .displayType)
      min = try container.decodeIfPresent(Double.self, forKey: .min)
      max = try container.decodeIfPresent(Double.self, forKey: .max)
    }

    private enum CodingKeys: String, CodingKey {
      case min, max, displayType = "display_type"
    }
  }

  /// `FILE` details.
  public struct File: Hashable, Sendable, Codable {
    /// The MIME types accepted; `nil` means any.
    @ExplicitNull public var acceptedMimeTypes: [String]?
    /// The largest file accepted, in bytes; `nil` means no stated limit (also for a limit beyond
    /// `Int`'s range).
    @ExplicitNull public var maxFileSizeBytes: Int?

    /// File details.
    public init(acceptedMimeTypes: [String]? = nil, maxFileSizeBytes: Int? = nil) {
      self.acceptedMimeTypes = acceptedMimeTypes
      self.maxFileSizeBytes = maxFileSizeBytes
    }

    /// Decodes the details; a size that is not a whole number is rounded down.
    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      acceptedMimeTypes = try container.decodeIfPresent([String].self, forKey: .acceptedMimeTypes)
      maxFileSizeBytes = container.tolerantWholeNumber(forKey: .maxFileSizeBytes)
    }

    private enum CodingKeys: String, CodingKey {
      case acceptedMimeTypes = "accepted_mime_types", maxFileSizeBytes = "max_file_size_bytes"
    }
  }

  /// `SINGLE_SELECT` details.
  public struct SingleSelect: Hashable, Sendable, Codable {
    /// How to present the choice; `nil` means the front end decides.
    @ExplicitNull public var displayType: DisplayType?
    /// The choices.
    public var options: [SelectOption]

    /// Presentation of a single-select question (closed enum).
    public enum DisplayType: String, CaseIterable, Hashable, Sendable, Codable {
      /// `DROPDOWN`.
      case dropdown = "DROPDOWN"
      /// `RADIO`.
      case radio = "RADIO"
    }

    /// Single-select details.
    public init(displayType: DisplayType? = nil, options: [SelectOption]) {
      self.displayType = displayType
      self.options = options
    }

    /// Decodes the details; an unknown display type becomes `nil`.
    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      displayType = try? container.decodeIfPresent(DisplayType.self, forKey: .displayType)
      options = try container.decode([SelectOption].self, forKey: .options)
    }

    private enum CodingKeys: String, CodingKey {
      case options, displayType = "display_type"
    }
  }

  /// `MULTI_SELECT` details.
  public struct MultiSelect: Hashable, Sendable, Codable {
    /// The choices.
    public var options: [SelectOption]

    /// Multi-select details.
    public init(options: [SelectOption]) {
      self.options = options
    }
  }

  /// The wire `type`: `TEXT`, `NUMBER`, …, or the unrecognized type as received (`""` if none).
  public var type: String {
    switch self {
    case .text: "TEXT"
    case .number: "NUMBER"
    case .file: "FILE"
    case .singleSelect: "SINGLE_SELECT"
    case .multiSelect: "MULTI_SELECT"
    case .boolean: "BOOLEAN"
    case .date: "DATE"
    case .information: "INFORMATION"
    case .unknown: "UNKNOWN"
    case .unrecognized(let type, _): type ?? ""
    }
  }

  /// Whether an answer can be sent through Kombo (not for `INFORMATION`, `UNKNOWN` or formats
  /// this code does not know).
  public var isAnswerable: Bool {
    switch self {
    case .information, .unknown, .unrecognized: false
    default: true
    }
  }

  /// The choices of a select question; empty for other formats.
  public var options: [SelectOption] {
    switch self {
    case .singleSelect(let format): format.options
    case .multiSelect(let format): format.options
    default: []
    }
  }

  private enum TypeKey: String, CodingKey {
    case type, rawQuestion = "raw_question"
  }

  /// Decodes by `type`, falling back to ``unrecognized(type:raw:)`` as described on the type.
  public init(from decoder: any Decoder) throws {
    let raw = try JSONObject(from: decoder)
    guard let type = raw["type"]?.stringValue else {
      self = .unrecognized(type: nil, raw: raw)
      return
    }
    do {
      switch type {
      case "TEXT": self = .text(try Text(from: decoder))
      case "NUMBER": self = .number(try Number(from: decoder))
      case "FILE": self = .file(try File(from: decoder))
      case "SINGLE_SELECT": self = .singleSelect(try SingleSelect(from: decoder))
      case "MULTI_SELECT": self = .multiSelect(try MultiSelect(from: decoder))
      case "BOOLEAN": self = .boolean
      case "DATE": self = .date
      case "INFORMATION": self = .information
      case "UNKNOWN": self = .unknown(rawQuestion: raw["raw_question"].flatMap { $0.isNull ? nil : $0 })
      default: self = .unrecognized(type: type, raw: raw)
      }
    } catch {
      self = .unrecognized(type: type, raw: raw)
    }
  }

  /// Encodes `type` and the details; an unrecognized format encodes its raw object.
  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .text(let details): try details.encode(to: encoder)
    case .number(let details): try details.encode(to: encoder)
    case .file(let details): try details.encode(to: encoder)
    case .singleSelect(let details): try details.encode(to: encoder)
    case .multiSelect(let details): try details.encode(to: encoder)
    case .unknown(let rawQuestion):
      var container = encoder.container(keyedBy: TypeKey.self)
      try container.encode(rawQuestion ?? .null, forKey: .rawQuestion)
    case .unrecognized(_, let raw):
      try raw.encode(to: encoder)
      return
    case .boolean, .date, .information: break
    }
    var container = encoder.container(keyedBy: TypeKey.self)
    try container.encode(type, forKey: .type)
  }
}

/// A choice of a select question.
public struct SelectOption: Hashable, Sendable, Codable, Identifiable {
  /// The Kombo id; this is what an answer sends.
  public var id: String
  /// The ATS's own id.
  @ExplicitNull public var remoteID: String?
  /// The label shown to the candidate.
  public var name: String

  /// An option.
  public init(id: String, remoteID: String? = nil, name: String) {
    self.id = id
    self.remoteID = remoteID
    self.name = name
  }

  private enum CodingKeys: String, CodingKey {
    case id, name
    case remoteID = "remote_id"
  }
}
