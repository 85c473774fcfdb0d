/// An application as listed inside a candidate of `GET /ats/candidates`.
public struct CandidateApplication: Hashable, Sendable, Codable, Identifiable {
  /// The Kombo id.
  public var id: String
  /// The ATS's own id.
  @ExplicitNull public var remoteID: String?
  /// The outcome so far.
  @ExplicitNull public var outcome: ApplicationOutcome?
  /// Why the application was rejected.
  @ExplicitNull public var rejectionReasonName: String?
  /// When the application was rejected.
  @ExplicitNull public var rejectedAt: KomboTimestamp?
  /// A link to the application in the ATS.
  @ExplicitNull public var remoteURL: String?
  /// When Kombo last saw the application change.
  public var changedAt: KomboTimestamp
  /// When the ATS created the application.
  @ExplicitNull public var remoteCreatedAt: KomboTimestamp?
  /// When the ATS last changed the application.
  @ExplicitNull public var remoteUpdatedAt: KomboTimestamp?
  /// The current stage.
  @ExplicitNull public var currentStage: ApplicationStage?
  /// The job applied to.
  @ExplicitNull public var job: ApplicationJob?

  /// An application summary; everything but the id and `changedAt` defaults to `nil`.
  public init(
    id: String, remoteID: String? = nil, outcome: ApplicationOutcome? = nil,
    rejectionReasonName: String? = nil,
    rejectedAt: KomboTimestamp? = nil, remoteURL: String? = nil, changedAt: KomboTimestamp,
    remoteCreatedAt: KomboTimestamp? = nil, remoteUpdatedAt: KomboTimestamp? = nil,
    currentStage: ApplicationStage? = nil, job: ApplicationJob? = nil
  ) {
    self.id = id
    self.remoteID = remoteID
    self.outcome = outcome
    self.rejectionReasonName = rejectionReasonName
    self.rejectedAt = rejectedAt
    self.remoteURL = remoteURL
    self.changedAt = changedAt
    self.remoteCreatedAt = remoteCreatedAt
    self.remoteUpdatedAt = remoteUpdatedAt
    self.currentStage = currentStage
    self.job = job
  }

  private enum CodingKeys: String, CodingKey {
    case id, outcome, job
    case remoteID = "remote_id"
    case rejectionReasonName = "rejection_reason_name"
    case rejectedAt = "rejected_at"
    case remoteURL = "remote_url"
    case changedAt = "changed_at"
    case remoteCreatedAt = "remote_created_at"
    case remoteUpdatedAt = "remote_updated_at"
    case currentStage = "current_stage"
  }
}
