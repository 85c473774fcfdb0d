/// An offer of a ``ListedApplication``.
public struct Offer: Hashable, Sendable, Codable, Identifiable {
  /// The Kombo id.
  public var id: String
  /// The ATS's own id.
  @ExplicitNull public var remoteID: String?
  /// Where the offer stands.
  @ExplicitNull public var status: Status?

  /// The status of an offer (closed enum).
  public enum Status: String, CaseIterable, Hashable, Sendable, Codable {
    /// `ACCEPTED`.
    case accepted = "ACCEPTED"
    /// `DECLINED`.
    case declined = "DECLINED"
    /// `SENT`.
    case sent = "SENT"
    /// `APPROVED`.
    case approved = "APPROVED"
    /// `DRAFT`.
    case draft = "DRAFT"
    /// `ABANDONED`.
    case abandoned = "ABANDONED"
  }

  /// An offer.
  public init(id: String, remoteID: String? = nil, status: Status? = nil) {
    self.id = id
    self.remoteID = remoteID
    self.status = status
  }

  private enum CodingKeys: String, CodingKey {
    case id, status
    case remoteID = "remote_id"
  }
}
