/// An application stage: an entry of a job's `stages`, and the `current_stage` of a
/// ``ListedApplication``. Every key is always encoded.
public struct JobStage: Hashable, Sendable, Codable, Identifiable {
  /// The Kombo id; send it as `stage_id`.
  public var id: String
  /// The ATS's own id.
  @ExplicitNull public var remoteID: String?
  /// The stage name, e.g. "Initial Screening".
  @ExplicitNull public var name: String?
  /// Whether the stage is part of the current workflow.
  @ExplicitNull public var status: StageStatus?
  /// Fields outside Kombo's schema.
  @ExplicitNull public var customFields: JSONObject?
  /// The stage's position, if the ATS orders stages.
  @ExplicitNull public var index: Int?
  /// The raw ATS data, when Kombo includes it; the key is left out when `nil`.
  public var remoteData: JSONObject?

  /// A stage; everything but the id defaults to `nil`.
  public init(
    id: String, remoteID: String? = nil, name: String? = nil, status: StageStatus? = nil,
    customFields: JSONObject? = nil, index: Int? = nil, remoteData: JSONObject? = nil
  ) {
    self.id = id
    self.remoteID = remoteID
    self.name = name
    self.status = status
    self.customFields = customFields
    self.index = index
    self.remoteData = remoteData
  }

  /// Decodes a stage; only `id` is required. An `index` that is not a whole number is rounded down,
  /// one out of `Int`'s range is `nil`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    remoteID = container.tolerant(forKey: .remoteID)
    name = container.tolerant(forKey: .name)
    status = container.tolerant(forKey: .status)
    customFields = container.tolerant(forKey: .customFields)
    index = container.tolerantWholeNumber(forKey: .index)
    remoteData = container.tolerant(forKey: .remoteData)
  }

  private enum CodingKeys: String, CodingKey {
    case id, name, status, index
    case remoteID = "remote_id"
    case customFields = "custom_fields"
    case remoteData = "remote_data"
  }
}

/// Whether a stage is active in the ATS. Inactive (archived, hidden) stages can still be referenced by
/// existing applications. Open: unknown values are kept (and the stage counts as usable).
public struct StageStatus: OpenEnum {
  /// The value on the wire.
  public let rawValue: String

  /// Any value, documented or not.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// `ACTIVE`.
  public static let active = Self(rawValue: "ACTIVE")
  /// `INACTIVE`.
  public static let inactive = Self(rawValue: "INACTIVE")

  /// The documented values.
  public static let knownValues: [Self] = [.active, .inactive]
}
