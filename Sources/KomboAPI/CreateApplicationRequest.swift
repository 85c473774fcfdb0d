/// The body of `POST /ats/jobs/{job_id}/applications`.
///
/// Only ``candidate`` is required. Encoding leaves out every `nil` optional and empty list and
/// never writes `null`; encode with ``KomboJSON/encoder()`` so slashes are not escaped and keys
/// are in a stable order:
///
/// ```swift
/// let body = CreateApplicationRequest(
///   stageID: job.stages.first?.id,
///   candidate: NewCandidate(firstName: "Ada", lastName: "Lovelace", emailAddress: "ada@example.com"),
///   attachments: [Attachment(name: "cv.pdf", type: .cv, contentType: "application/pdf",
///                            content: .base64(pdfBase64))],
///   screeningQuestionAnswers: [ScreeningAnswer(questionID: question.id, answer: .boolean(true))])
/// let data = try KomboJSON.encoder().encode(body)
/// ```
public struct CreateApplicationRequest: Hashable, Sendable, Codable {
  /// The stage to place the application in (a ``JobStage/id``); `nil` means the job's default.
  public var stageID: String?
  /// The candidate; required.
  public var candidate: NewCandidate
  /// Files; the first `CV` becomes the resume where the ATS can preview it.
  public var attachments: [Attachment]
  /// Deprecated by Kombo (it writes the source automatically; manual sources need ATS setup).
  public var source: Source?
  /// Who sourced the candidate.
  public var sourcedBy: SourcedBy?
  /// Consent to process personal data, needed in some jurisdictions (CZ, SK).
  public var gdprConsent: GDPRConsent?
  /// Per-ATS pass-through fields.
  public var remoteFields: RemoteFields?
  /// Answers to the job's screening questions. Kombo validates them against the question formats
  /// and silently skips answer types the ATS cannot take.
  public var screeningQuestionAnswers: [ScreeningAnswer]

  /// A request; only the candidate is required.
  public init(
    stageID: String? = nil, candidate: NewCandidate, attachments: [Attachment] = [], source: Source? = nil,
    sourcedBy: SourcedBy? = nil, gdprConsent: GDPRConsent? = nil, remoteFields: RemoteFields? = nil,
    screeningQuestionAnswers: [ScreeningAnswer] = []
  ) {
    self.stageID = stageID
    self.candidate = candidate
    self.attachments = attachments
    self.source = source
    self.sourcedBy = sourcedBy
    self.gdprConsent = gdprConsent
    self.remoteFields = remoteFields
    self.screeningQuestionAnswers = screeningQuestionAnswers
  }

  /// Where the candidate came from (deprecated by Kombo).
  public struct Source: Hashable, Sendable, Codable {
    /// The source's name, e.g. "Example Job Board".
    public var name: String?
    /// Kombo's unified key of the source.
    public var unifiedKey: String?
    /// The source's id.
    public var id: String?

    /// A source; each part is optional.
    public init(name: String? = nil, unifiedKey: String? = nil, id: String? = nil) {
      self.name = name
      self.unifiedKey = unifiedKey
      self.id = id
    }

    private enum CodingKeys: String, CodingKey {
      case name, id
      case unifiedKey = "unified_key"
    }
  }

  /// The person who sourced the candidate.
  public struct SourcedBy: Hashable, Sendable, Codable {
    /// A Kombo user id, or the ATS's user id prefixed `remote:`.
    public var userID: String

    /// Sourced by `userID`.
    public init(userID: String) {
      self.userID = userID
    }

    private enum CodingKeys: String, CodingKey {
      case userID = "user_id"
    }
  }

  /// The candidate's consent to process personal data.
  public struct GDPRConsent: Hashable, Sendable, Codable {
    /// Until when the consent holds.
    public var expiresAt: KomboDateTime?
    /// Whether consent was given.
    public var given: Bool?

    /// A consent record; each part is optional.
    public init(expiresAt: KomboDateTime? = nil, given: Bool? = nil) {
      self.expiresAt = expiresAt
      self.given = given
    }

    private enum CodingKeys: String, CodingKey {
      case given
      case expiresAt = "expires_at"
    }
  }

  private enum CodingKeys: String, CodingKey {
    case candidate, attachments, source
    case stageID = "stage_id"
    case sourcedBy = "sourced_by"
    case gdprConsent = "gdpr_consent"
    case remoteFields = "remote_fields"
    case screeningQuestionAnswers = "screening_question_answers"
  }

  /// Decodes a body; missing lists decode as empty.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    stageID = try container.decodeIfPresent(String.self, forKey: .stageID)
    candidate = try container.decode(NewCandidate.self, forKey: .candidate)
    attachments = try container.decodeList(forKey: .attachments)
    source = try container.decodeIfPresent(Source.self, forKey: .source)
    sourcedBy = try container.decodeIfPresent(SourcedBy.self, forKey: .sourcedBy)
    gdprConsent = try container.decodeIfPresent(GDPRConsent.self, forKey: .gdprConsent)
    remoteFields = try container.decodeIfPresent(RemoteFields.self, forKey: .remoteFields)
    screeningQuestionAnswers = try container.decodeList(forKey: .screeningQuestionAnswers)
  }

  /// Encodes the set fields; `nil` optionals and empty lists are left out.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(stageID, forKey: .stageID)
    try container.encode(candidate, forKey: .candidate)
    try container.encodeList(attachments, forKey: .attachments)
    try container.encodeIfPresent(source, forKey: .source)
    try container.encodeIfPresent(sourcedBy, forKey: .sourcedBy)
    try container.encodeIfPresent(gdprConsent, forKey: .gdprConsent)
    try container.encodeIfPresent(remoteFields, forKey: .remoteFields)
    try container.encodeList(screeningQuestionAnswers, forKey: .screeningQuestionAnswers)
  }
}
