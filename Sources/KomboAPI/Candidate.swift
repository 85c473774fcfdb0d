/// A candidate as Kombo returns it: an item of `GET /ats/candidates` (`KomboPage<Candidate>`) and
/// the `candidate` of a created ``Application``.
///
/// Every key the Python SDK requires is always encoded, `null` where unset.
public struct Candidate: Hashable, Sendable, Codable, Identifiable {
  /// The Kombo id.
  public var id: String
  /// The ATS's own id.
  public var remoteID: String
  /// The first name.
  @ExplicitNull public var firstName: String?
  /// The last name.
  @ExplicitNull public var lastName: String?
  /// The current employer.
  @ExplicitNull public var company: String?
  /// The current job title.
  @ExplicitNull public var title: String?
  /// Whether the ATS marks the candidate confidential.
  @ExplicitNull public var confidential: Bool?
  /// Where the candidate came from.
  @ExplicitNull public var source: String?
  /// Fields outside Kombo's schema.
  @ExplicitNull public var customFields: JSONObject?
  /// A link to the candidate in the ATS.
  @ExplicitNull public var remoteURL: String?
  /// When the ATS created the candidate.
  @ExplicitNull public var remoteCreatedAt: KomboTimestamp?
  /// When the ATS last changed the candidate.
  @ExplicitNull public var remoteUpdatedAt: KomboTimestamp?
  /// When Kombo last saw the candidate change.
  public var changedAt: KomboTimestamp
  /// When the candidate was deleted in the ATS.
  @ExplicitNull public var remoteDeletedAt: KomboTimestamp?
  /// Tags on the candidate.
  public var tags: [Tag]
  /// Phone numbers.
  @ExplicitNull public var phoneNumbers: [PhoneNumber]?
  /// Email addresses.
  @ExplicitNull public var emailAddresses: [EmailAddress]?
  /// Social media profiles.
  @ExplicitNull public var socialMedia: [SocialMedia]?
  /// Where the candidate lives.
  @ExplicitNull public var location: KomboLocation?
  /// The candidate's applications: present in `GET /ats/candidates` (where the SDK requires it),
  /// absent from the create-application response. The key is left out when `nil`.
  public var applications: [CandidateApplication]?
  /// Integration fields from Kombo's OpenAPI description; the key is left out when `nil`.
  public var integrationFields: [IntegrationField]?
  /// The raw ATS data, when included; the key is left out when `nil`.
  public var remoteData: JSONObject?

  /// A candidate; everything but the ids and `changedAt` defaults to empty.
  public init(
    id: String, remoteID: String, firstName: String? = nil, lastName: String? = nil, company: String? = nil,
    title: String? = nil, confidential: Bool? = nil, source: String? = nil, customFields: JSONObject? = nil,
    remoteURL: String? = nil, remoteCreatedAt: KomboTimestamp? = nil, remoteUpdatedAt: KomboTimestamp? = nil,
    changedAt: KomboTimestamp, remoteDeletedAt: KomboTimestamp? = nil, tags: [Tag] = [],
    phoneNumbers: [PhoneNumber]? = nil, emailAddresses: [EmailAddress]? = nil,
    socialMedia: [SocialMedia]? = nil, location: KomboLocation? = nil,
    applications: [CandidateApplication]? = nil, integrationFields: [IntegrationField]? = nil,
    remoteData: JSONObject? = nil
  ) {
    self.id = id
    self.remoteID = remoteID
    self.firstName = firstName
    self.lastName = lastName
    self.company = company
    self.title = title
    self.confidential = confidential
    self.source = source
    self.customFields = customFields
    self.remoteURL = remoteURL
    self.remoteCreatedAt = remoteCreatedAt
    self.remoteUpdatedAt = remoteUpdatedAt
    self.changedAt = changedAt
    self.remoteDeletedAt = remoteDeletedAt
    self.tags = tags
    self.phoneNumbers = phoneNumbers
    self.emailAddresses = emailAddresses
    self.socialMedia = socialMedia
    self.location = location
    self.applications = applications
    self.integrationFields = integrationFields
    self.remoteData = remoteData
  }

  private enum CodingKeys: String, CodingKey {
    case id, company, title, confidential, source, tags, location, applications
    case remoteID = "remote_id"
    case firstName = "first_name"
    case lastName = "last_name"
    case customFields = "custom_fields"
    case remoteURL = "remote_url"
    case remoteCreatedAt = "remote_created_at"
    case remoteUpdatedAt = "remote_updated_at"
    case changedAt = "changed_at"
    case remoteDeletedAt = "remote_deleted_at"
    case phoneNumbers = "phone_numbers"
    case emailAddresses = "email_addresses"
    case socialMedia = "social_media"
    case integrationFields = "integration_fields"
    case remoteData = "remote_data"
  }

  /// A tag on a candidate.
  public struct Tag: Hashable, Sendable, Codable, Identifiable {
    /// The Kombo id.
    public var id: String
    /// The tag's name, e.g. "High Potential".
    @ExplicitNull public var name: String?
    /// The ATS's own id.
    @ExplicitNull public var remoteID: String?

    /// A tag.
    public init(id: String, name: String? = nil, remoteID: String? = nil) {
      self.id = id
      self.name = name
      self.remoteID = remoteID
    }

    private enum CodingKeys: String, CodingKey {
      case id, name
      case remoteID = "remote_id"
    }
  }

  /// A phone number as the ATS stores it.
  public struct PhoneNumber: Hashable, Sendable, Codable {
    /// The number.
    public var phoneNumber: String
    /// The ATS's kind of number, free text.
    @ExplicitNull public var type: String?

    /// A phone number.
    public init(phoneNumber: String, type: String? = nil) {
      self.phoneNumber = phoneNumber
      self.type = type
    }

    private enum CodingKeys: String, CodingKey {
      case type
      case phoneNumber = "phone_number"
    }
  }

  /// An email address as the ATS stores it.
  public struct EmailAddress: Hashable, Sendable, Codable {
    /// The address.
    @StrictNull public var emailAddress: String?
    /// The ATS's kind of address, free text.
    @ExplicitNull public var type: String?

    /// An email address.
    public init(emailAddress: String?, type: String? = nil) {
      self.emailAddress = emailAddress
      self.type = type
    }

    private enum CodingKeys: String, CodingKey {
      case type
      case emailAddress = "email_address"
    }
  }

  /// A social media profile.
  public struct SocialMedia: Hashable, Sendable, Codable {
    /// The profile URL.
    @ExplicitNull public var link: String?
    /// The network, free text.
    @ExplicitNull public var type: String?
    /// The user name.
    @ExplicitNull public var username: String?

    /// A profile.
    public init(link: String? = nil, type: String? = nil, username: String? = nil) {
      self.link = link
      self.type = type
      self.username = username
    }
  }
}
