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

  private enum CodingKeys: String, CodingKey {
    case id, name, status, index
    case remoteID = "remote_id"
    case customFields = "custom_fields"
    case remoteData = "remote_data"
  }
}

/// Whether a stage is active in the ATS (closed enum). Inactive (archived, hidden) stages can still
/// be referenced by existing applications.
public enum StageStatus: String, CaseIterable, Hashable, Sendable, Codable {
  /// `ACTIVE`.
  case active = "ACTIVE"
  /// `INACTIVE`.
  case inactive = "INACTIVE"
}
