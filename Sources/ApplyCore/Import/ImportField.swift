import Foundation

/// What a column of an import file fills in: a candidate field, the attachments, consent, or the answer
/// to one screening question.
///
/// Column headers name fields by the names `submit` uses (`first_name`, `email`, `attach`, …),
/// case-, space-, hyphen- and underscore-insensitive, so `First Name` and `first-name` both mean
/// `first_name`; `answer:<question id or exact title>` names an answer.
public enum ImportField: Hashable, Sendable, CustomStringConvertible {
  case firstName, lastName, email, phone, company, title, country, city, state, zip, street, gender
  case availableFrom, salary, link, attach, gdprConsent, gdprUntil, source
  /// The answer to a screening question, by its id or exact title as written in the header.
  case answer(String)

  /// The fields with a fixed name, in the order the README lists them.
  public static let fixed: [ImportField] = [
    .firstName, .lastName, .email, .phone, .company, .title, .country, .city, .state, .zip, .street,
    .gender, .availableFrom, .salary, .link, .attach, .gdprConsent, .gdprUntil, .source,
  ]

  /// The prefix of an answer column's header.
  public static let answerPrefix = "answer:"

  /// The canonical name: `first_name`, …, `answer:<question>`.
  public var description: String {
    switch self {
    case .firstName: "first_name"
    case .lastName: "last_name"
    case .email: "email"
    case .phone: "phone"
    case .company: "company"
    case .title: "title"
    case .country: "country"
    case .city: "city"
    case .state: "state"
    case .zip: "zip"
    case .street: "street"
    case .gender: "gender"
    case .availableFrom: "available_from"
    case .salary: "salary"
    case .link: "link"
    case .attach: "attach"
    case .gdprConsent: "gdpr_consent"
    case .gdprUntil: "gdpr_until"
    case .source: "source"
    case .answer(let question): Self.answerPrefix + question
    }
  }

  /// The field a header or `--map` target names, or `nil` when it names none.
  public init?(name: String) {
    let trimmed = name.trimmingCharacters(in: .whitespaces)
    if trimmed.lowercased().hasPrefix(Self.answerPrefix) {
      let question = trimmed.dropFirst(Self.answerPrefix.count).trimmingCharacters(in: .whitespaces)
      guard !question.isEmpty else { return nil }
      self = .answer(question)
      return
    }
    let key = Self.folded(trimmed)
    guard let field = Self.fixed.first(where: { Self.folded($0.description) == key }) else { return nil }
    self = field
  }

  /// `name` lowercased without spaces, hyphens and underscores: the form headers are compared in.
  static func folded(_ name: String) -> String {
    String(name.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" })
  }
}
