/// An interview of a ``ListedApplication``.
public struct Interview: Hashable, Sendable, Codable, Identifiable {
  /// The Kombo id.
  public var id: String
  /// The ATS's own id.
  @ExplicitNull public var remoteID: String?
  /// The interview's title.
  @ExplicitNull public var title: String?
  /// When it starts.
  @ExplicitNull public var startingAt: KomboTimestamp?
  /// When it ends.
  @ExplicitNull public var endingAt: KomboTimestamp?
  /// Whether it was cancelled.
  @ExplicitNull public var canceled: Bool?
  /// Where it takes place.
  @ExplicitNull public var location: KomboLocation?

  /// An interview; everything but the id defaults to `nil`.
  public init(
    id: String, remoteID: String? = nil, title: String? = nil, startingAt: KomboTimestamp? = nil,
    endingAt: KomboTimestamp? = nil, canceled: Bool? = nil, location: KomboLocation? = nil
  ) {
    self.id = id
    self.remoteID = remoteID
    self.title = title
    self.startingAt = startingAt
    self.endingAt = endingAt
    self.canceled = canceled
    self.location = location
  }

  private enum CodingKeys: String, CodingKey {
    case id, title, canceled, location
    case remoteID = "remote_id"
    case startingAt = "starting_at"
    case endingAt = "ending_at"
  }
}
