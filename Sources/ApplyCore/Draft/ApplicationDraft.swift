public import KomboAPI

/// Everything a recruiter entered for one application, independent of any screen or flag: the job,
/// the stage, the candidate, attachments, screening answers, consent and pass-through fields.
///
/// Values are kept as typed, valid or not, so nothing is lost; ``Validator`` judges them and
/// ``RequestBuilder`` turns a valid draft into the wire body. Saved as JSON (autosave, SQLite):
/// decoding fills in missing keys with defaults, so drafts saved by older versions still load, and
/// refuses drafts written by a newer format version rather than silently dropping what it does not know.
///
/// ```swift
/// var draft = ApplicationDraft(job: "remote:4711")
/// draft.candidate.firstName = "Ada"
/// draft.attachments.append(AttachmentDraft(path: "/home/ada/cv.pdf", type: .cv))
/// draft.answers["QboAAAAAAAAAAAAAAAAAAAA1"] = .boolean(true)
/// ```
public struct ApplicationDraft: Hashable, Sendable, Codable {
  /// The version of the saved JSON layout; bumped when a change would lose data in older readers.
  public static let formatVersion = 1

  /// The job applied to.
  public var job: JobReference
  /// The stage to place the application in (a Kombo stage id); nil lets the ATS decide.
  public var stageID: String?
  /// The candidate's details.
  public var candidate: CandidateDraft
  /// Files to send, in order (the first CV becomes the resume where the ATS supports it).
  public var attachments: [AttachmentDraft]
  /// Screening answers keyed by question id.
  public var answers: [String: AnswerDraft]
  /// GDPR consent, when collected.
  public var gdprConsent: ConsentDraft?
  /// Per-ATS pass-through fields, sent unchanged.
  public var remoteFields: RemoteFields?
  /// Who sourced the candidate: a Kombo user id or `remote:`-prefixed ATS user id; empty for nobody.
  public var sourcedByUserID: String
  /// The deprecated source name (Kombo writes the source itself); empty for none.
  public var sourceName: String

  /// A draft for `job`; everything else starts empty.
  public init(
    job: JobReference, stageID: String? = nil, candidate: CandidateDraft = CandidateDraft(),
    attachments: [AttachmentDraft] = [], answers: [String: AnswerDraft] = [:],
    gdprConsent: ConsentDraft? = nil,
    remoteFields: RemoteFields? = nil, sourcedByUserID: String = "", sourceName: String = ""
  ) {
    self.job = job
    self.stageID = stageID
    self.candidate = candidate
    self.attachments = attachments
    self.answers = answers
    self.gdprConsent = gdprConsent
    self.remoteFields = remoteFields
    self.sourcedByUserID = sourcedByUserID
    self.sourceName = sourceName
  }

  private enum CodingKeys: String, CodingKey {
    case version, job, stageID, candidate, attachments, answers, gdprConsent, remoteFields
    case sourcedByUserID, sourceName
  }

  /// Decodes a saved draft. Missing keys take their defaults; a draft from a newer format version
  /// throws `DecodingError.dataCorrupted` naming both versions.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let version = try container.value(.version, or: Self.formatVersion)
    guard version <= Self.formatVersion else {
      throw DecodingError.dataCorruptedError(
        forKey: .version, in: container,
        debugDescription: "this draft was saved by a newer kombo-apply (format \(version)); "
          + "this version reads format \(Self.formatVersion) and older")
    }
    self.init(
      job: try container.value(.job, or: JobReference("")),
      stageID: try container.decodeIfPresent(String.self, forKey: .stageID),
      candidate: try container.value(.candidate, or: CandidateDraft()),
      attachments: try container.value(.attachments, or: []),
      answers: try container.value(.answers, or: [:]),
      gdprConsent: try container.decodeIfPresent(ConsentDraft.self, forKey: .gdprConsent),
      remoteFields: try container.decodeIfPresent(RemoteFields.self, forKey: .remoteFields),
      sourcedByUserID: try container.value(.sourcedByUserID, or: ""),
      sourceName: try container.value(.sourceName, or: ""))
  }

  /// Encodes the draft with its format version.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(Self.formatVersion, forKey: .version)
    try container.encode(job, forKey: .job)
    try container.encodeIfPresent(stageID, forKey: .stageID)
    try container.encode(candidate, forKey: .candidate)
    try container.encode(attachments, forKey: .attachments)
    try container.encode(answers, forKey: .answers)
    try container.encodeIfPresent(gdprConsent, forKey: .gdprConsent)
    try container.encodeIfPresent(remoteFields, forKey: .remoteFields)
    try container.encode(sourcedByUserID, forKey: .sourcedByUserID)
    try container.encode(sourceName, forKey: .sourceName)
  }
}
