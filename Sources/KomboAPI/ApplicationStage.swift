/// The stage an application is in, as embedded in a created ``Application`` and in a candidate's
/// ``CandidateApplication``s. (A ``ListedApplication`` carries the fuller ``JobStage``.)
public struct ApplicationStage: Hashable, Sendable, Codable, Identifiable {
  /// The Kombo id of the stage (one of the job's ``Job/stages``).
  public var id: String
  /// The stage name.
  @ExplicitNull public var name: String?
  /// The ATS's own id.
  @ExplicitNull public var remoteID: String?
  /// The stage's position, if the ATS orders stages.
  @ExplicitNull public var index: Int?

  /// A stage reference; everything but the id defaults to `nil`.
  public init(id: String, name: String? = nil, remoteID: String? = nil, index: Int? = nil) {
    self.id = id
    self.name = name
    self.remoteID = remoteID
    self.index = index
  }

  /// The reference to a job's stage.
  public init(_ stage: JobStage) {
    self.init(id: stage.id, name: stage.name, remoteID: stage.remoteID, index: stage.index)
  }

  private enum CodingKeys: String, CodingKey {
    case id, name, index
    case remoteID = "remote_id"
  }
}
