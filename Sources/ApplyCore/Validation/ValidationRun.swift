import Foundation
import KomboAPI
import TextSafety

/// One pass of the validator over a draft: collects issues and the local files to embed, and returns
/// the wire value of each part it checks (nil where the part has errors or is empty).
struct ValidationRun {
  let validator: Validator
  let job: Job?
  let today: KomboDateTime?
  var report = ValidationReport()
  var files: [PreparedFile] = []
  var totalFileBytes = 0

  init(validator: Validator, job: Job?, today: KomboDateTime?) {
    self.validator = validator
    self.job = job
    self.today = today
  }

  /// The job reference, the stage, and whether the job takes applications.
  mutating func checkJob(_ draft: ApplicationDraft) {
    if draft.job.kind == nil {
      let typed = draft.job.trimmed
      let hint =
        typed.isEmpty || typed.hasPrefix(KomboID.remotePrefix) ? "" : "; did you mean remote:\(typed)?"
      report.error(
        .job,
        "Job must be a Kombo job id (24 characters such as JobAAAAAAAAAAAAAAAAAAAA1) or the ATS's own id "
          + "prefixed with remote: (such as remote:4711)\(hint)",
        suggestion: hint.isEmpty ? nil : "remote:\(typed)")
    }
    if let job, let kind = draft.job.kind {
      let matches =
        switch kind {
        case .kombo(let id): id == job.id
        case .remote(let id): id == job.remoteID
        }
      if !matches {
        report.error(
          .job,
          "Job '\(draft.job.trimmed)' is not the job whose questions were loaded (\(job.id), "
            + "remote:\(job.remoteID)); load the job again")
      }
    }
    if let job, job.status == .closed || job.status == .archived, let status = job.status {
      report.warning(.job, "The job is \(status.rawValue); the ATS will probably reject the application")
    }
    guard let stageID = draft.stageID?.trimmingCharacters(in: .whitespacesAndNewlines), !stageID.isEmpty,
      let job
    else { return }
    let stages = job.stages.map { "\(QuestionText.clean($0.name ?? "unnamed")) (\($0.id))" }
    guard let stage = job.stages.first(where: { $0.id == stageID }) else {
      let choices =
        stages.isEmpty ? "the job lists no stages" : "choose one of: " + stages.joined(separator: ", ")
      report.error(
        .stageID,
        "Stage '\(QuestionText.clean(stageID))' is not a stage of this job; \(choices), or leave it empty "
          + "to let the ATS decide")
      return
    }
    if stage.status == .inactive {
      report.warning(.stageID, "Stage '\(QuestionText.clean(stage.name ?? stage.id))' is inactive in the ATS")
    }
  }

  /// GDPR consent: a real expiry date, with a warning when it lies before `today`.
  mutating func checkConsent(_ consent: ConsentDraft?) -> CreateApplicationRequest.GDPRConsent? {
    guard let consent else { return nil }
    let expiry = consent.expiresAt.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !expiry.isEmpty else { return .init(expiresAt: nil, given: consent.given) }
    guard let date = checkDate(expiry, at: .gdprExpiresAt, label: "Consent expiry date") else { return nil }
    if let today, date.isBefore(today) {
      report.warning(
        .gdprExpiresAt, "Consent expiry date \(expiry) is in the past; the consent has already expired")
    }
    return .init(expiresAt: date, given: consent.given)
  }

  /// The sourcing user: a Kombo user id or a `remote:` ATS user id.
  mutating func checkSourcedBy(_ userID: String) -> CreateApplicationRequest.SourcedBy? {
    let trimmed = userID.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return nil }
    let remote = trimmed.hasPrefix(KomboID.remotePrefix) && trimmed.count > KomboID.remotePrefix.count
    guard remote || KomboID.isValid(trimmed) else {
      report.error(
        .sourcedBy,
        "Sourced-by user must be a Kombo user id (24 characters) or the ATS's user id prefixed with "
          + "remote: (such as remote:42)")
      return nil
    }
    return .init(userID: trimmed)
  }

  /// The deprecated source name.
  mutating func checkSourceName(_ name: String) -> CreateApplicationRequest.Source? {
    guard let name = checkLine(name, at: .sourceName, label: "Source name") else { return nil }
    report.warning(
      .sourceName, "Source is deprecated by Kombo, which writes the source itself; some ATSs ignore it")
    return .init(name: name)
  }

  /// A real date in one of the accepted forms; records an error naming `label` otherwise.
  mutating func checkDate(_ text: String, at path: FieldPath, label: String) -> KomboDateTime? {
    do {
      return try KomboDateTime(text)
    } catch {
      report.error(path, "\(label): \(error.description)")
      return nil
    }
  }

  /// Optional single-line text, trimmed; nil when empty or invalid (with an error naming `label`).
  mutating func checkLine(_ text: String, at path: FieldPath, label: String) -> String? {
    checkOptional(text, at: path) { TextRules.lineProblem($0).map { ("\(label) \($0)", nil) } }
  }

  /// Optional text, trimmed: nil when empty, or when `problem` finds one (recorded as an error with
  /// its message and suggestion).
  mutating func checkOptional(
    _ text: String, at path: FieldPath, problem: (String) -> (message: String, suggestion: String?)?
  ) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return nil }
    if let found = problem(trimmed) {
      report.error(path, found.message, suggestion: found.suggestion)
      return nil
    }
    return trimmed
  }

  /// The total size of local files against the validator's cap.
  mutating func checkTotalFileSize() {
    guard totalFileBytes > validator.maxTotalFileBytes else { return }
    var total = ByteCount.format(totalFileBytes)
    var limit = ByteCount.format(validator.maxTotalFileBytes)
    if total == limit {
      // Just over: rounded, both would read "10.0 MB".
      total = "\(totalFileBytes) bytes"
      limit = "\(validator.maxTotalFileBytes) bytes (\(limit))"
    }
    report.error(
      .attachments,
      "Attachments and file answers total \(total); the limit is \(limit) (Kombo's guidance); remove or "
        + "shrink files, or send large ones by URL")
  }
}

extension KomboDateTime {
  /// Whether the calendar day of `self` is before that of `other`.
  func isBefore(_ other: KomboDateTime) -> Bool {
    (year, month, day) < (other.year, other.month, other.day)
  }
}
