import ApplyCore
import Foundation
import KomboAPI
import Synchronization
import TerminalUI
import TextSafety

extension AccessibleApplication {
  /// Checks the draft as the submitter will; re-asks each field with a problem until there is none,
  /// then says what will be sent and asks to confirm. False at the end of input, when a problem
  /// cannot be fixed here, or when the user does not confirm.
  mutating func review() async -> Bool {
    while true {
      let validation = validate()
      guard let issue = validation.report.errors.first else {
        guard let prepared = validation.prepared else { return false }
        describe(prepared)
        switch prompter.confirm("Submit this application to \(flow.atsLabel)?", default: false) {
        case true?: return true
        case false?:
          prompter.say("Not sent. The draft is saved; resume it next time.")
          return false
        case nil: return false
        }
      }
      prompter.say("")
      let count = validation.report.errors.count
      prompter.say("Review: \(count) problem\(count == 1 ? "" : "s") to fix")
      for problem in validation.report.errors { prompter.say("  • \(problem.message)") }
      guard let (section, key) = Self.field(for: issue.path, flow: flow, services: services) else {
        prompter.say(
          "! \(issue.path.rawValue) cannot be changed in this mode; use the full-screen mode to fix it.")
        return false
      }
      var form = section.make(flow, services)
      guard ask(&form, section, only: [key]) else { return false }
    }
  }

  /// The validator's verdict on the draft, files read as the submitter will read them.
  func validate() -> Validation {
    Validator(fileSystem: services.fileSystem, attachmentRules: flow.attachmentRules).validate(
      flow.draft, job: flow.job, today: flow.dayForRules)
  }

  /// The section and field key that edit `path` (or the closest field containing it).
  static func field(for path: FieldPath, flow: Flow, services: RecruiterServices) -> (
    AccessibleSection, String
  )? {
    for section in AccessibleSection.all {
      let form = section.make(flow, services)
      var candidate = path.rawValue
      while !candidate.isEmpty {
        if form.path(of: candidate) != nil { return (section, candidate) }
        guard let cut = candidate.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
        candidate = String(candidate[..<cut])
      }
    }
    return nil
  }

  /// What will be sent, every resolved value read back: job, stage, the candidate's details (the
  /// country by name, dates as dates), files with sizes, each answer under its question.
  mutating func describe(_ prepared: PreparedApplication) {
    prompter.say("")
    prompter.say("Review: no problems. This will be sent:")
    prompter.say("  Job: \(flow.jobTitle)")
    let stage = flow.draft.stageID.flatMap { id in flow.job?.stages.first { $0.id == id }?.name ?? id }
    prompter.say("  Stage: \(stage ?? "chosen by the ATS")")
    for (index, attachment) in prepared.request.attachments.enumerated() {
      let embedded = prepared.files.first { $0.slot == .attachment(index) }
      let source = embedded.map { ByteCount.format(Int64($0.size)) } ?? "downloaded by Kombo from its address"
      prompter.say("  File: \(Sanitizer.clean(attachment.name)) (\(attachment.type.rawValue)), \(source)")
    }
    let check = ReviewCheck.run(
      draft: flow.draft, job: flow.job, today: flow.dayForRules,
      fileSystem: services.fileSystem, attachmentRules: flow.attachmentRules)
    var rows = ReviewLines(width: 76)
    ReviewCandidate.add(flow.draft, into: &rows)
    if let country = Countries.country(forCode: flow.draft.candidate.location.country) {
      rows.entry("Country", "\(country.code) (\(country.displayName))")
    }
    if !(flow.job?.screeningQuestions.isEmpty ?? flow.draft.answers.isEmpty) {
      ReviewAnswers.add(flow, sizes: check.sizes, into: &rows)
    }
    for line in rows.lines where !line.text.isEmpty || line.label?.isEmpty == false {
      let label = line.label.map { $0.isEmpty ? "  " : "\($0): " } ?? ""
      prompter.say(String(repeating: " ", count: line.indent) + label + line.text)
    }
  }

  /// Builds the body and sends it through the submitter (which deletes the draft when it records the
  /// submission), saying what it does; returns the outcome, or nil when nothing could be sent.
  mutating func submit() async -> SubmissionOutcome? {
    let builder = RequestBuilder(fileSystem: services.fileSystem, attachmentRules: flow.attachmentRules)
    let built: BuiltRequest
    do throws(RequestBuildError) {
      built = try builder.build(flow.draft, job: flow.job, today: flow.dayForRules)
    } catch .invalid {
      return nil
    } catch {
      prompter.say("! Not sent: the request could not be built (\(error)). The draft is kept.")
      return nil
    }
    let request = SubmissionRequest(
      built, jobName: flow.job?.name.map { Sanitizer.clean($0) },
      integrationID: services.backend.integrationID,
      draftID: flow.draftID)
    prompter.say("Sending \(ByteCount.format(Int64(built.body.count))) to \(flow.atsLabel)…")
    let relay = ProgressLines()
    let outcome: SubmissionOutcome
    do throws(Submitter.Failure) {
      outcome = try await services.submitter.submit(request) { relay.record($0) }
    } catch {
      for line in relay.take() { prompter.say(line) }
      prompter.say("! Not sent: \(error.description)")
      return nil
    }
    for line in relay.take() { prompter.say(line) }
    report(outcome)
    return outcome
  }

  /// The outcome in plain words, with the ids, the error explained, the log link and whether retrying is safe.
  mutating func report(_ outcome: SubmissionOutcome) {
    prompter.say("")
    prompter.say(ResultScreen.headline(outcome).0)
    switch outcome.status {
    case .succeeded(let receipt):
      prompter.say("Application id: \(receipt.applicationID ?? "not returned")")
      prompter.say("Candidate id: \(receipt.candidateID ?? "not returned")")
      for warning in receipt.warnings { prompter.say("Warning: \(warning)") }
    case .failed, .unknown:
      prompter.say(outcome.explanation)
      prompter.say("What to do: \(outcome.nextStep)")
      if let log = outcome.logURL { prompter.say("Log: \(log)") }
      prompter.say(
        outcome.retrySafe
          ? "Retrying is safe; it is kept in the outbox (kombo-apply outbox retry)."
          : "Sending the same request again would be refused the same way.")
    }
  }
}

/// The submitter's progress, collected while it sends and said afterwards (line mode writes from one
/// place only).
final class ProgressLines: Sendable {
  private let lines = Mutex<[String]>([])

  /// Notes one progress step.
  func record(_ progress: SubmissionProgress) {
    let line: String =
      switch progress {
      case .recorded: "Recorded in the outbox first, so nothing is lost."
      case .sending(let attempt): "Sending, attempt \(attempt)…"
      case .waiting(let wait, let reason):
        "Waiting \(ElapsedTime.format(wait)) before trying again (\(reason))…"
      case .reconciling: "The answer was unclear: looking the candidate up before any resend…"
      }
    lines.withLock { $0.append(line) }
  }

  /// The lines so far, emptied.
  func take() -> [String] {
    lines.withLock { lines in
      defer { lines.removeAll() }
      return lines
    }
  }
}
