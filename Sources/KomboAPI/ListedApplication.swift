/// An application as listed by `GET /ats/applications` (`KomboPage<ListedApplication>`).
///
/// Differs from a created ``Application``: the candidate is a summary, and interviews and offers
/// are included. Every key the Python SDK requires is always encoded, `null` where unset.
public struct ListedApplication: Hashable, Sendable, Codable, Identifiable {
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
  /// A summary of the candidate; strict (``StrictNull``): duplicate lookups compare its emails.
  @StrictNull public var candidate: ApplicationCandidate?
  /// The current stage.
  @ExplicitNull public var currentStage: JobStage?
  /// The job applied to.
  @ExplicitNull public var job: ApplicationJob?
  /// Interviews scheduled for the application.
  public var interviews: [Interview]
  /// Offers made.
  public var offers: [Offer]
  /// The answers as the ATS recorded them.
  @ExplicitNull public var screeningQuestionAnswers: [ApplicationScreeningAnswer]?
  /// Integration fields from Kombo's OpenAPI description; the key is left out when `nil`.
  public var integrationFields: [IntegrationField]?
  /// The raw ATS data, when Kombo includes it; the key is left out when `nil`.
  public var remoteData: JSONObject?

  /// A listed application; everything but the id and `changedAt` defaults to empty.
  public init(
    id: String, remoteID: String? = nil, outcome: ApplicationOutcome? = nil,
    rejectionReasonName: String? = nil,
    rejectedAt: KomboTimestamp? = nil, currentStageID: String? = nil, jobID: String? = nil,
    candidateID: String? = nil, customFields: JSONObject? = nil, remoteURL: String? = nil,
    changedAt: KomboTimestamp, remoteDeletedAt: KomboTimestamp? = nil, remoteCreatedAt: KomboTimestamp? = nil,
    remoteUpdatedAt: KomboTimestamp? = nil, candidate: ApplicationCandidate? = nil,
    currentStage: JobStage? = nil, job: ApplicationJob? = nil, interviews: [Interview] = [],
    offers: [Offer] = [], screeningQuestionAnswers: [ApplicationScreeningAnswer]? = nil,
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
    self.candidate = candidate
    self.currentStage = currentStage
    self.job = job
    self.interviews = interviews
    self.offers = offers
    self.screeningQuestionAnswers = screeningQuestionAnswers
    self.integrationFields = integrationFields
    self.remoteData = remoteData
  }

  private enum CodingKeys: String, CodingKey {
    case id, outcome, job, candidate, interviews, offers
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

/// The candidate summary inside a ``ListedApplication``.
public struct ApplicationCandidate: Hashable, Sendable, Codable, Identifiable {
  /// The Kombo id.
  public var id: String
  /// The ATS's own id.
  public var remoteID: String
  /// The first name.
  @ExplicitNull public var firstName: String?
  /// The last name.
  @ExplicitNull public var lastName: String?
  /// Where the candidate came from.
  @ExplicitNull public var source: String?
  /// A link to the candidate in the ATS.
  @ExplicitNull public var remoteURL: String?
  /// Tags on the candidate.
  public var tags: [Candidate.Tag]
  /// Email addresses; strict (``StrictNull``): duplicate lookups compare them.
  @StrictNull public var emailAddresses: [Candidate.EmailAddress]?
  /// Phone numbers.
  @ExplicitNull public var phoneNumbers: [Candidate.PhoneNumber]?
  /// Social media profiles.
  @ExplicitNull public var socialMedia: [Candidate.SocialMedia]?

  /// A candidate summary; everything but the ids defaults to empty.
  public init(
    id: String, remoteID: String, firstName: String? = nil, lastName: String? = nil, source: String? = nil,
    remoteURL: String? = nil, tags: [Candidate.Tag] = [], emailAddresses: [Candidate.EmailAddress]? = nil,
    phoneNumbers: [Candidate.PhoneNumber]? = nil, socialMedia: [Candidate.SocialMedia]? = nil
  ) {
    self.id = id
    self.remoteID = remoteID
    self.firstName = firstName
    self.lastName = lastName
    self.source = source
    self.remoteURL = remoteURL
    self.tags = tags
    self.emailAddresses = emailAddresses
    self.phoneNumbers = phoneNumbers
    self.socialMedia = socialMedia
  }

  private enum CodingKeys: String, CodingKey {
    case id, source, tags
    case remoteID = "remote_id"
    case firstName = "first_name"
    case lastName = "last_name"
    case remoteURL = "remote_url"
    case emailAddresses = "email_addresses"
    case phoneNumbers = "phone_numbers"
    case socialMedia = "social_media"
  }
}
