/// The candidate in a create-application body (`candidate`).
///
/// Kombo creates the candidate or attaches the application to an existing matching one. Unset
/// optionals and empty lists are left out of the JSON.
public struct NewCandidate: Hashable, Sendable, Codable {
  /// Required.
  public var firstName: String
  /// Required.
  public var lastName: String
  /// The primary email address; required.
  public var emailAddress: String
  /// More email addresses.
  public var additionalEmailAddresses: [EmailAddress]
  /// The current employer.
  public var company: String?
  /// The current job title.
  public var title: String?
  /// The primary phone number, free form (`+1-541-754-3010`).
  public var phoneNumber: String?
  /// More phone numbers.
  public var additionalPhoneNumbers: [PhoneNumber]
  /// Where the candidate lives.
  public var location: Location?
  /// The candidate's gender.
  public var gender: Gender?
  /// When the candidate can start; a date is enough.
  public var availabilityDate: KomboDateTime?
  /// The salary the candidate expects.
  public var salaryExpectations: SalaryExpectations?
  /// Profile links; each must be a valid URL.
  public var socialLinks: [SocialLink]

  /// A candidate; only the names and the email address are required.
  public init(
    firstName: String, lastName: String, emailAddress: String,
    additionalEmailAddresses: [EmailAddress] = [], company: String? = nil, title: String? = nil,
    phoneNumber: String? = nil, additionalPhoneNumbers: [PhoneNumber] = [], location: Location? = nil,
    gender: Gender? = nil, availabilityDate: KomboDateTime? = nil,
    salaryExpectations: SalaryExpectations? = nil, socialLinks: [SocialLink] = []
  ) {
    self.firstName = firstName
    self.lastName = lastName
    self.emailAddress = emailAddress
    self.additionalEmailAddresses = additionalEmailAddresses
    self.company = company
    self.title = title
    self.phoneNumber = phoneNumber
    self.additionalPhoneNumbers = additionalPhoneNumbers
    self.location = location
    self.gender = gender
    self.availabilityDate = availabilityDate
    self.salaryExpectations = salaryExpectations
    self.socialLinks = socialLinks
  }

  /// An additional email address.
  public struct EmailAddress: Hashable, Sendable, Codable {
    /// Whose address it is.
    public var type: ContactType
    /// The address.
    public var emailAddress: String

    /// An email address of `type`.
    public init(type: ContactType, emailAddress: String) {
      self.type = type
      self.emailAddress = emailAddress
    }

    private enum CodingKeys: String, CodingKey {
      case type
      case emailAddress = "email_address"
    }
  }

  /// An additional phone number.
  public struct PhoneNumber: Hashable, Sendable, Codable {
    /// Whose number it is.
    public var type: ContactType
    /// The number, free form.
    public var phoneNumber: String

    /// A phone number of `type`.
    public init(type: ContactType, phoneNumber: String) {
      self.type = type
      self.phoneNumber = phoneNumber
    }

    private enum CodingKeys: String, CodingKey {
      case type
      case phoneNumber = "phone_number"
    }
  }

  /// Whether a contact detail is personal or for work (closed enum).
  public enum ContactType: String, CaseIterable, Hashable, Sendable, Codable {
    /// `PERSONAL`.
    case personal = "PERSONAL"
    /// `WORK`.
    case work = "WORK"
    /// `OTHER`.
    case other = "OTHER"
  }

  /// The candidate's location; `country` is required when a location is sent. Kombo's OpenAPI
  /// description has no street here (the SDK's `street_1` is not sent).
  public struct Location: Hashable, Sendable, Codable {
    /// Two uppercase letters, ISO 3166-1 alpha-2 (`DE`); Kombo converts it for the ATS.
    public var country: String
    /// The city.
    public var city: String?
    /// The state or region.
    public var state: String?
    /// The postal code.
    public var zipCode: String?

    /// A location in `country`.
    public init(
      country: String, city: String? = nil, state: String? = nil, zipCode: String? = nil
    ) {
      self.country = country
      self.city = city
      self.state = state
      self.zipCode = zipCode
    }

    private enum CodingKeys: String, CodingKey {
      case country, city, state
      case zipCode = "zip_code"
    }
  }

  /// The candidate's gender (closed enum).
  public enum Gender: String, CaseIterable, Hashable, Sendable, Codable {
    /// `MALE`.
    case male = "MALE"
    /// `FEMALE`.
    case female = "FEMALE"
    /// `OTHER`.
    case other = "OTHER"
  }

  /// The expected salary; Kombo converts the period to what the ATS uses.
  public struct SalaryExpectations: Hashable, Sendable, Codable {
    /// Per month or per year.
    public var period: Period
    /// The amount.
    public var amount: Double

    /// The period of a salary expectation (closed enum).
    public enum Period: String, CaseIterable, Hashable, Sendable, Codable {
      /// `MONTH`.
      case month = "MONTH"
      /// `YEAR`.
      case year = "YEAR"
    }

    /// `amount` per `period`.
    public init(period: Period, amount: Double) {
      self.period = period
      self.amount = amount
    }
  }

  /// A profile link.
  public struct SocialLink: Hashable, Sendable, Codable {
    /// The URL.
    public var url: String

    /// A link to `url`.
    public init(url: String) {
      self.url = url
    }
  }

  private enum CodingKeys: String, CodingKey {
    case company, title, location, gender
    case firstName = "first_name"
    case lastName = "last_name"
    case emailAddress = "email_address"
    case additionalEmailAddresses = "additional_email_addresses"
    case phoneNumber = "phone_number"
    case additionalPhoneNumbers = "additional_phone_numbers"
    case availabilityDate = "availability_date"
    case salaryExpectations = "salary_expectations"
    case socialLinks = "social_links"
  }

  /// Decodes the candidate; missing lists decode as empty.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    firstName = try container.decode(String.self, forKey: .firstName)
    lastName = try container.decode(String.self, forKey: .lastName)
    emailAddress = try container.decode(String.self, forKey: .emailAddress)
    additionalEmailAddresses = try container.decodeList(forKey: .additionalEmailAddresses)
    company = try container.decodeIfPresent(String.self, forKey: .company)
    title = try container.decodeIfPresent(String.self, forKey: .title)
    phoneNumber = try container.decodeIfPresent(String.self, forKey: .phoneNumber)
    additionalPhoneNumbers = try container.decodeList(forKey: .additionalPhoneNumbers)
    location = try container.decodeIfPresent(Location.self, forKey: .location)
    gender = try container.decodeIfPresent(Gender.self, forKey: .gender)
    availabilityDate = try container.decodeIfPresent(KomboDateTime.self, forKey: .availabilityDate)
    salaryExpectations = try container.decodeIfPresent(SalaryExpectations.self, forKey: .salaryExpectations)
    socialLinks = try container.decodeList(forKey: .socialLinks)
  }

  /// Encodes the set fields; `nil` optionals and empty lists are left out.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(firstName, forKey: .firstName)
    try container.encode(lastName, forKey: .lastName)
    try container.encode(emailAddress, forKey: .emailAddress)
    try container.encodeList(additionalEmailAddresses, forKey: .additionalEmailAddresses)
    try container.encodeIfPresent(company, forKey: .company)
    try container.encodeIfPresent(title, forKey: .title)
    try container.encodeIfPresent(phoneNumber, forKey: .phoneNumber)
    try container.encodeList(additionalPhoneNumbers, forKey: .additionalPhoneNumbers)
    try container.encodeIfPresent(location, forKey: .location)
    try container.encodeIfPresent(gender, forKey: .gender)
    try container.encodeIfPresent(availabilityDate, forKey: .availabilityDate)
    try container.encodeIfPresent(salaryExpectations, forKey: .salaryExpectations)
    try container.encodeList(socialLinks, forKey: .socialLinks)
  }
}
