import Foundation
public import KomboAPI

/// Checks a draft against Kombo's rules and the job's questions, reporting every problem at once, and
/// turns a valid draft into its wire form (``PreparedApplication``).
///
/// Pure: file contents come through ``fileSystem``, and the current date, when a rule needs it, is
/// passed in as `today`.
///
/// ```swift
/// let validation = Validator(fileSystem: LocalFileSystem()).validate(draft, job: job)
/// for issue in validation.report.issues { print(issue) }
/// if let prepared = validation.prepared { let body = try RequestBuilder().build(prepared) }
/// ```
public struct Validator: Sendable {
  /// Kombo's guidance for the sum of all attachments: about 10 MB.
  public static let defaultMaxTotalFileBytes = 10 << 20

  /// Where attachment and FILE-answer files are read from.
  public var fileSystem: any FileSystem
  /// The largest total size of all local files (attachments and FILE answers) in one application.
  public var maxTotalFileBytes: Int
  /// What the integration accepts as attachments (from `GET /ats/actions/ats_create_application`);
  /// ``AttachmentRules/unknown`` checks only the total above.
  public var attachmentRules: AttachmentRules

  /// A validator reading files through `fileSystem` with a total file size cap and the integration's
  /// attachment rules.
  public init(
    fileSystem: any FileSystem = LocalFileSystem(), maxTotalFileBytes: Int = defaultMaxTotalFileBytes,
    attachmentRules: AttachmentRules = .unknown
  ) {
    self.fileSystem = fileSystem
    self.maxTotalFileBytes = maxTotalFileBytes
    self.attachmentRules = attachmentRules
  }

  /// Checks `draft` for `job` (nil when the job is not known, e.g. applying by `remote:` id: answers are
  /// then checked only by their own type). `today` enables the rules about dates in the past.
  public func validate(_ draft: ApplicationDraft, job: Job?, today: KomboDateTime? = nil) -> Validation {
    var run = ValidationRun(validator: self, job: job, today: today)
    run.checkJob(draft)
    let candidate = run.checkCandidate(draft.candidate)
    let attachments = run.checkAttachments(draft.attachments)
    let answers = run.checkAnswers(draft.answers)
    let consent = run.checkConsent(draft.gdprConsent)
    let sourcedBy = run.checkSourcedBy(draft.sourcedByUserID)
    let source = run.checkSourceName(draft.sourceName)
    run.checkTotalFileSize()
    guard run.report.isValid, let candidate else { return Validation(report: run.report, prepared: nil) }
    let stageID = draft.stageID?.trimmingCharacters(in: .whitespacesAndNewlines)
    let request = CreateApplicationRequest(
      stageID: stageID?.isEmpty == false ? stageID : nil, candidate: candidate, attachments: attachments,
      source: source, sourcedBy: sourcedBy, gdprConsent: consent,
      remoteFields: draft.remoteFields == RemoteFields() ? nil : draft.remoteFields,
      screeningQuestionAnswers: answers)
    let prepared = PreparedApplication(job: draft.job, request: request, files: run.files)
    return Validation(report: run.report, prepared: prepared)
  }
}

/// The outcome of validating a draft: every issue, and the wire form when there is no error.
public struct Validation: Hashable, Sendable {
  /// Every problem found, errors and warnings.
  public let report: ValidationReport
  /// The draft in wire form; nil when the report has errors.
  public let prepared: PreparedApplication?
}

/// A draft that passed validation, in wire form. Local files are not read yet: their payloads in
/// ``request`` are empty until ``RequestBuilder`` reads them into the body.
public struct PreparedApplication: Hashable, Sendable {
  /// The job applied to.
  public let job: JobReference
  /// The body to send, with empty `data` where ``files`` will be read.
  public let request: CreateApplicationRequest
  /// The local files the body embeds, in body order.
  public let files: [PreparedFile]

  /// The `{job_id}` path segment.
  public var jobPathSegment: String { job.pathSegment }
}

/// A local file that the body embeds as base64.
public struct PreparedFile: Hashable, Sendable {
  /// Where in the body the file goes.
  public enum Slot: Hashable, Sendable {
    /// `attachments[i]`.
    case attachment(Int)
    /// `screening_question_answers[i].answer` (a FILE answer).
    case answer(Int)
  }

  /// Where in the body the file goes.
  public let slot: Slot
  /// The path to read.
  public let path: String
  /// The size seen during validation.
  public let size: Int
  /// The detected content type.
  public let contentType: ContentType
}
