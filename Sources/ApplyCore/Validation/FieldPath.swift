/// Where in a draft a problem is, written like the wire body's keys: `candidate.first_name`,
/// `candidate.additional_email_addresses[0].email_address`, `attachments[1]`, `answers.<question id>`.
///
/// Front ends map paths to their own inputs (a form field, a command-line flag).
public struct FieldPath: Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The path as text.
  public let rawValue: String

  /// A path from its text.
  public init(_ rawValue: String) {
    self.rawValue = rawValue
  }

  /// A path from a string literal.
  public init(stringLiteral value: String) {
    self.init(value)
  }

  /// This path followed by `.key`.
  public func appending(_ key: String) -> FieldPath {
    FieldPath(rawValue.isEmpty ? key : "\(rawValue).\(key)")
  }

  /// This path followed by `[index]`.
  public subscript(index: Int) -> FieldPath {
    FieldPath("\(rawValue)[\(index)]")
  }

  /// Whether this path is `other` or lies inside it (`candidate.location.city` is inside
  /// `candidate.location`, and `attachments[1]` inside `attachments`).
  public func isWithin(_ other: FieldPath) -> Bool {
    rawValue == other.rawValue || rawValue.hasPrefix(other.rawValue + ".")
      || rawValue.hasPrefix(other.rawValue + "[")
  }

  /// The path as text.
  public var description: String { rawValue }

  /// Orders paths by their text.
  public static func < (lhs: FieldPath, rhs: FieldPath) -> Bool {
    lhs.rawValue < rhs.rawValue
  }

  /// Encodes the text.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// Decodes the text.
  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }
}

extension FieldPath {
  /// `job`: the job reference.
  public static let job: FieldPath = "job"
  /// `stage_id`.
  public static let stageID: FieldPath = "stage_id"
  /// `candidate`.
  public static let candidate: FieldPath = "candidate"
  /// `candidate.first_name`.
  public static let firstName = candidate.appending("first_name")
  /// `candidate.last_name`.
  public static let lastName = candidate.appending("last_name")
  /// `candidate.email_address`.
  public static let emailAddress = candidate.appending("email_address")
  /// `candidate.additional_email_addresses`.
  public static let additionalEmailAddresses = candidate.appending("additional_email_addresses")
  /// `candidate.phone_number`.
  public static let phoneNumber = candidate.appending("phone_number")
  /// `candidate.additional_phone_numbers`.
  public static let additionalPhoneNumbers = candidate.appending("additional_phone_numbers")
  /// `candidate.company`.
  public static let company = candidate.appending("company")
  /// `candidate.title`.
  public static let title = candidate.appending("title")
  /// `candidate.location`.
  public static let location = candidate.appending("location")
  /// `candidate.location.country`.
  public static let country = location.appending("country")
  /// `candidate.location.city`.
  public static let city = location.appending("city")
  /// `candidate.location.state`.
  public static let state = location.appending("state")
  /// `candidate.location.street_1`.
  public static let street = location.appending("street_1")
  /// `candidate.location.zip_code`.
  public static let zipCode = location.appending("zip_code")
  /// `candidate.gender`.
  public static let gender = candidate.appending("gender")
  /// `candidate.availability_date`.
  public static let availabilityDate = candidate.appending("availability_date")
  /// `candidate.salary_expectations`.
  public static let salaryExpectations = candidate.appending("salary_expectations")
  /// `candidate.salary_expectations.amount`.
  public static let salaryAmount = salaryExpectations.appending("amount")
  /// `candidate.salary_expectations.period`.
  public static let salaryPeriod = salaryExpectations.appending("period")
  /// `candidate.social_links`.
  public static let socialLinks = candidate.appending("social_links")
  /// `attachments`.
  public static let attachments: FieldPath = "attachments"
  /// `answers`: the screening answers, one path per question id below it.
  public static let answers: FieldPath = "answers"
  /// `gdpr_consent`.
  public static let gdprConsent: FieldPath = "gdpr_consent"
  /// `gdpr_consent.expires_at`.
  public static let gdprExpiresAt = gdprConsent.appending("expires_at")
  /// `sourced_by.user_id`.
  public static let sourcedBy: FieldPath = "sourced_by.user_id"
  /// `source.name`.
  public static let sourceName: FieldPath = "source.name"
  /// `remote_fields`.
  public static let remoteFields: FieldPath = "remote_fields"

  /// `answers.<question id>`.
  public static func answer(_ questionID: String) -> FieldPath {
    answers.appending(questionID)
  }
}
