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

  /// A posting's status (closed enum).
  public enum Status: String, CaseIterable, Hashable, Sendable, Codable {
    /// `ACTIVE`.
    case active = "ACTIVE"
    /// `INACTIVE`.
    case inactive = "INACTIVE"
    /// `DRAFT`.
    case draft = "DRAFT"
  }

  /// A posting's visibility (closed enum).
  public enum Visibility: String, CaseIterable, Hashable, Sendable, Codable {
    /// `PUBLIC`.
    case `public` = "PUBLIC"
    /// `INTERNAL`.
    case `internal` = "INTERNAL"
    /// `UNLISTED`.
    case unlisted = "UNLISTED"
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
