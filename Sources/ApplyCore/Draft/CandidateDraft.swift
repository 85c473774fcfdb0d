public import KomboAPI

/// The candidate's details as the user typed them. Every value is kept verbatim, valid or not;
/// an empty string means "not given".
public struct CandidateDraft: Hashable, Sendable, Codable {
  /// First name (required).
  public var firstName: String
  /// Last name (required).
  public var lastName: String
  /// Primary email address (required).
  public var emailAddress: String
  /// More email addresses, each with its type.
  public var additionalEmailAddresses: [ContactDraft]
  /// Primary phone number.
  public var phoneNumber: String
  /// More phone numbers, each with its type.
  public var additionalPhoneNumbers: [ContactDraft]
  /// Current employer.
  public var company: String
  /// Current job title.
  public var title: String
  /// Where the candidate lives.
  public var location: LocationDraft
  /// Gender as typed (`MALE`, `female`, …).
  public var gender: String
  /// When the candidate can start, as typed (`2026-03-01`).
  public var availabilityDate: String
  /// Expected salary amount, as typed (`70000`, `70,000`).
  public var salaryAmount: String
  /// Period of the expected salary, as typed (`YEAR`, `month`).
  public var salaryPeriod: String
  /// Profile links, as typed.
  public var socialLinks: [String]

  /// A candidate draft; everything defaults to empty.
  public init(
    firstName: String = "", lastName: String = "", emailAddress: String = "",
    additionalEmailAddresses: [ContactDraft] = [], phoneNumber: String = "",
    additionalPhoneNumbers: [ContactDraft] = [], company: String = "", title: String = "",
    location: LocationDraft = LocationDraft(), gender: String = "", availabilityDate: String = "",
    salaryAmount: String = "", salaryPeriod: String = "", socialLinks: [String] = []
  ) {
    self.firstName = firstName
    self.lastName = lastName
    self.emailAddress = emailAddress
    self.additionalEmailAddresses = additionalEmailAddresses
    self.phoneNumber = phoneNumber
    self.additionalPhoneNumbers = additionalPhoneNumbers
    self.company = company
    self.title = title
    self.location = location
    self.gender = gender
    self.availabilityDate = availabilityDate
    self.salaryAmount = salaryAmount
    self.salaryPeriod = salaryPeriod
    self.socialLinks = socialLinks
  }

  private enum CodingKeys: String, CodingKey {
    case firstName, lastName, emailAddress, additionalEmailAddresses, phoneNumber
    case additionalPhoneNumbers, company, title, location, gender, availabilityDate
    case salaryAmount, salaryPeriod, socialLinks
  }

  /// Decodes a saved draft; missing keys take their defaults, so older drafts still load.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      firstName: try container.value(.firstName, or: ""),
      lastName: try container.value(.lastName, or: ""),
      emailAddress: try container.value(.emailAddress, or: ""),
      additionalEmailAddresses: try container.value(.additionalEmailAddresses, or: []),
      phoneNumber: try container.value(.phoneNumber, or: ""),
      additionalPhoneNumbers: try container.value(.additionalPhoneNumbers, or: []),
      company: try container.value(.company, or: ""),
      title: try container.value(.title, or: ""),
      location: try container.value(.location, or: LocationDraft()),
      gender: try container.value(.gender, or: ""),
      availabilityDate: try container.value(.availabilityDate, or: ""),
      salaryAmount: try container.value(.salaryAmount, or: ""),
      salaryPeriod: try container.value(.salaryPeriod, or: ""),
      socialLinks: try container.value(.socialLinks, or: []))
  }
}

/// An additional email address or phone number: its type and the value as typed.
public struct ContactDraft: Hashable, Sendable, Codable {
  /// Personal, work or other.
  public var type: NewCandidate.ContactType
  /// The address or number as typed.
  public var value: String

  /// A contact detail of `type`.
  public init(type: NewCandidate.ContactType, value: String) {
    self.type = type
    self.value = value
  }
}

/// The candidate's location as typed; all empty means "no location".
public struct LocationDraft: Hashable, Sendable, Codable {
  /// Country as typed: ideally an ISO 3166-1 alpha-2 code (`DE`, `de`); a name gets a suggestion.
  public var country: String
  /// City.
  public var city: String
  /// State or region.
  public var state: String
  /// Street and number (`street_1`).
  public var street: String
  /// Postal code.
  public var zipCode: String

  /// A location; everything defaults to empty.
  public init(
    country: String = "", city: String = "", state: String = "", street: String = "", zipCode: String = ""
  ) {
    self.country = country
    self.city = city
    self.state = state
    self.street = street
    self.zipCode = zipCode
  }

  private enum CodingKeys: String, CodingKey {
    case country, city, state, street, zipCode
  }

  /// Decodes a saved location; missing keys are empty.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      country: try container.value(.country, or: ""), city: try container.value(.city, or: ""),
      state: try container.value(.state, or: ""), street: try container.value(.street, or: ""),
      zipCode: try container.value(.zipCode, or: ""))
  }
}

extension KeyedDecodingContainer {
  /// The value for `key`, or `fallback` when the key is missing or null.
  func value<T: Decodable>(_ key: Key, or fallback: T) throws -> T {
    try decodeIfPresent(T.self, forKey: key) ?? fallback
  }
}
