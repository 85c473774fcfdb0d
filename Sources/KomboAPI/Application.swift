/// The application Kombo created: `data` of the `POST /ats/jobs/{job_id}/applications` response
/// (decode the whole body as ``CreateApplicationResponse``).
///
/// Every key the Python SDK requires is always encoded, `null` where unset.
public struct Application: Hashable, Sendable, Codable, Identifiable {
  /// The Kombo id of the application.
  public var id: String
  /// The ATS's own id.
  @ExplicitNull public var remoteID: String?
  /// The outcome so far.
  @ExplicitNull public var outcome: ApplicationOutcome?
  /// Why the application was rejected, if it was.
  @ExplicitNull public var rejectionReasonName: String?
  /// When the application was rejected.
  @ExplicitNull public var rejectedAt: KomboTimestamp?
  /// The Kombo id of the current stage.
  @ExplicitNull public var currentStageID: String?
  /// The Kombo id of the job.
  @ExplicitNull public var jobID: String?
  /// The Kombo id of the candidate.
  @ExplicitNull public var candidateID: String?
  /// Fields outside Kombo's schema.
  @ExplicitNull public var customFields: JSONObject?
  /// A link to the application in the ATS.
  @ExplicitNull public var remoteURL: String?
  /// When Kombo last saw the application change.
  public var changedAt: KomboTimestamp
  /// When the application was deleted in the ATS.
  @ExplicitNull public var remoteDeletedAt: KomboTimestamp?
  /// When the ATS created the application.
  @ExplicitNull public var remoteCreatedAt: KomboTimestamp?
  /// When the ATS last changed the application.
  @ExplicitNull public var remoteUpdatedAt: KomboTimestamp?
  /// The current stage.
  @ExplicitNull public var currentStage: ApplicationStage?
  /// The job applied to.
  @ExplicitNull public var job: ApplicationJob?
  /// The candidate.
  @ExplicitNull public var candidate: Candidate?
  /// The answers as the ATS recorded them (`FILE` answers are not returned).
  @ExplicitNull public var screeningQuestionAnswers: [ApplicationScreeningAnswer]?
  /// Integration fields from Kombo's OpenAPI description; the key is left out when `nil`.
  public var integrationFields: [IntegrationField]?
  /// The raw ATS data, when included; the key is left out when `nil`.
  public var remoteData: JSONObject?

  /// An application; everything but the id and `changedAt` defaults to empty.
  public init(
    id: String, remoteID: String? = nil, outcome: ApplicationOutcome? = nil,
    rejectionReasonName: String? = nil,
    rejectedAt: KomboTimestamp? = nil, currentStageID: String? = nil, jobID: String? = nil,
    candidateID: String? = nil, customFields: JSONObject? = nil, remoteURL: String? = nil,
    changedAt: KomboTimestamp, remoteDeletedAt: KomboTimestamp? = nil, remoteCreatedAt: KomboTimestamp? = nil,
    remoteUpdatedAt: KomboTimestamp? = nil, currentStage: ApplicationStage? = nil, job: ApplicationJob? = nil,
    candidate: Candidate? = nil, screeningQuestionAnswers: [ApplicationScreeningAnswer]? = nil,
    integrationFields: [IntegrationField]? = nil, remoteData: JSONObject? = nil
  ) {
    self.id = id
    self.remoteID = remoteID
    self.outcome = outcome
    self.rejectionReasonName = rejectionReasonName
    self.rejectedAt = rejectedAt
    self.currentStageID = currentStageID
    self.jobID = jobID
    self.candidateID = candidateID
    self.customFields = customFields
    self.remoteURL = remoteURL
    self.changedAt = changedAt
    self.remoteDeletedAt = remoteDeletedAt
    self.remoteCreatedAt = remoteCreatedAt
    self.remoteUpdatedAt = remoteUpdatedAt
    self.currentStage = currentStage
    self.job = job
    self.candidate = candidate
    self.screeningQuestionAnswers = screeningQuestionAnswers
    self.integrationFields = integrationFields
    self.remoteData = remoteData
  }

  private enum CodingKeys: String, CodingKey {
    case id, outcome, job, candidate
    case remoteID = "remote_id"
    case rejectionReasonName = "rejection_reason_name"
    case rejectedAt = "rejected_at"
    case currentStageID = "current_stage_id"
    case jobID = "job_id"
    case candidateID = "candidate_id"
    case customFields = "custom_fields"
    case remoteURL = "remote_url"
    case changedAt = "changed_at"
    case remoteDeletedAt = "remote_deleted_at"
    case remoteCreatedAt = "remote_created_at"
    case remoteUpdatedAt = "remote_updated_at"
    case currentStage = "current_stage"
    case screeningQuestionAnswers = "screening_question_answers"
    case integrationFields = "integration_fields"
    case remoteData = "remote_data"
  }
}

/// Where an application ended up. Open: a value Kombo does not document (e.g. `ON_HOLD`) is kept, so a
/// create answer or a listing carrying one still reads.
public struct ApplicationOutcome: OpenEnum {
  /// The value on the wire.
  public let rawValue: String

  /// Any value, documented or not.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// `PENDING`: still in process.
  public static let pending = Self(rawValue: "PENDING")
  /// `HIRED`.
  public static let hired = Self(rawValue: "HIRED")
  /// `DECLINED`.
  public static let declined = Self(rawValue: "DECLINED")

  /// The documented values.
  public static let knownValues: [Self] = [.pending, .hired, .declined]
}

/// The job an application belongs to, as embedded in applications.
public struct ApplicationJob: Hashable, Sendable, Codable, Identifiable {
  /// The Kombo id.
  public var id: String
  /// The job title.
  @ExplicitNull public var name: String?
  /// The ATS's own id.
  public var remoteID: String

  /// A job reference.
  public init(id: String, name: String? = nil, remoteID: String) {
    self.id = id
    self.name = name
    self.remoteID = remoteID
  }

  private enum CodingKeys: String, CodingKey {
    case id, name
    case remoteID = "remote_id"
  }
}
