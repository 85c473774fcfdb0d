/// A posting of a job (`job_postings[]`). Every key is always encoded.
public struct JobPosting: Hashable, Sendable, Codable, Identifiable {
  /// The Kombo id.
  public var id: String
  /// The ATS's own id.
  @ExplicitNull public var remoteID: String?
  /// The posting's title.
  @ExplicitNull public var title: String?
  /// The posting text as HTML.
  @ExplicitNull public var descriptionHTML: String?
  /// Whether the posting is live.
  @ExplicitNull public var status: Status?
  /// Who can see the posting.
  @ExplicitNull public var visibility: Visibility?
  /// Where the posting is published.
  @ExplicitNull public var url: String?
  /// The raw ATS data, when Kombo includes it; the key is left out when `nil`.
  public var remoteData: JSONObject?

  /// A posting's status. Open: unknown values are kept.
  public struct Status: OpenEnum {
    /// The value on the wire.
    public let rawValue: String

    /// Any value, documented or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `ACTIVE`.
    public static let active = Self(rawValue: "ACTIVE")
    /// `INACTIVE`.
    public static let inactive = Self(rawValue: "INACTIVE")
    /// `DRAFT`.
    public static let draft = Self(rawValue: "DRAFT")

    /// The documented values.
    public static let knownValues: [Self] = [.active, .inactive, .draft]
  }

  /// A posting's visibility. Open: unknown values are kept.
  public struct Visibility: OpenEnum {
    /// The value on the wire.
    public let rawValue: String

    /// Any value, documented or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `PUBLIC`.
    public static let `public` = Self(rawValue: "PUBLIC")
    /// `INTERNAL`.
    public static let `internal` = Self(rawValue: "INTERNAL")
    /// `UNLISTED`.
    public static let unlisted = Self(rawValue: "UNLISTED")

    /// The documented values.
    public static let knownValues: [Self] = [.public, .internal, .unlisted]
  }

  /// A posting; everything but the id defaults to `nil`.
  public init(
    id: String, remoteID: String? = nil, title: String? = nil, descriptionHTML: String? = nil,
    status: Status? = nil, visibility: Visibility? = nil, url: String? = nil, remoteData: JSONObject? = nil
  ) {
    self.id = id
    self.remoteID = remoteID
    self.title = title
    self.descriptionHTML = descriptionHTML
    self.status = status
    self.visibility = visibility
    self.url = url
    self.remoteData = remoteData
  }

  private enum CodingKeys: String, CodingKey {
    case id, title, status, visibility, url
    case remoteID = "remote_id"
    case descriptionHTML = "description_html"
    case remoteData = "remote_data"
  }
}
