public import ApplyCore
import Foundation
import KomboAPI
public import TerminalUI
import TextSafety

/// The result screen's messages.
public enum ResultMsg: Sendable {
  /// A retry from the result screen ended (or could not run, with the reason).
  case retried(Result<SubmissionOutcome, ResultFailure>)
}

/// Why a retry could not run.
public struct ResultFailure: Error, Sendable, Equatable {
  /// What went wrong.
  public var message: String
}

/// How the submission ended, in plain words, and what to do next: another candidate for the same
/// job, the same candidate for another job, the job list, quit; after a failure, retry (when safe)
/// or edit.
public struct ResultScreen: RecruiterScreen {
  /// What the result screen shows besides the outcome, captured when it ended.
  public struct Details: Sendable, Equatable {
    /// The candidate's name and email.
    public var candidate: String
    /// The job's title.
    public var job: String
    /// The stage's name, or "chosen by the ATS".
    public var stage: String
    /// Where the job lives in the ATS, if known.
    public var links: [String]
    /// The body's size.
    public var bytes: Int?
    /// Time from sending to the answer.
    public var elapsed: Duration

    /// The details for the draft in `flow`.
    public init(flow: Flow, bytes: Int?, elapsed: Duration) {
      let email = Sanitizer.clean(flow.draft.candidate.emailAddress)
      candidate = [flow.candidateName, email.isEmpty ? nil : "<\(email)>"].compactMap { $0 }.joined(
        separator: " ")
      job = flow.jobTitle
      let stageName = flow.draft.stageID.flatMap { id in flow.job?.stages.first { $0.id == id }?.name ?? id }
      stage = stageName.map { Sanitizer.clean($0) } ?? "chosen by the ATS"
      links = [flow.job?.remoteURL, flow.job?.postURL].compactMap { $0 }.map { Sanitizer.clean($0) }
      self.bytes = bytes
      self.elapsed = elapsed
    }
  }

  /// The outcome shown.
  public private(set) var outcome: SubmissionOutcome
  /// The context of the submission.
  public let details: Details
  /// The actions offered, in order.
  public private(set) var actions: [ResultAction]
  /// The focused action.
  public private(set) var focused = 0
  /// Whether a retry is running.
  public private(set) var isRetrying = false
  /// Why the last retry could not run.
  public private(set) var retryProblem: String?
  let services: RecruiterServices?

  /// The result of `outcome`; `services` are needed to retry from here.
  public init(outcome: SubmissionOutcome, details: Details, services: RecruiterServices? = nil) {
    self.outcome = outcome
    self.details = details
    self.services = services
    actions = ResultAction.offered(for: outcome)
  }

  /// Nothing to type.
  public var isTyping: Bool { false }

  /// The actions' keys.
  public var keyHelp: [KeyHelp] {
    [KeyHelp("←/→", "choose"), KeyHelp("enter", "do")]
      + actions.map { KeyHelp(String($0.key), $0.shortTitle) }
  }

  /// Arrows and Tab choose, Enter does, letters are shortcuts.
  public mutating func handle(_ event: InputEvent, flow: inout Flow) -> Transition<ResultMsg> {
    guard case .key(let key) = event, !isRetrying else { return .none }
    switch key {
    case .tab, KeyPress(.right), KeyPress(.down):
      focused = (focused + 1) % actions.count
    case .backTab, KeyPress(.left), KeyPress(.up):
      focused = (focused + actions.count - 1) % actions.count
    case .enter, .character(" "):
      return perform(actions[focused], flow: &flow)
    default:
      if let character = key.plainCharacter, let action = actions.first(where: { $0.key == character }) {
        return perform(action, flow: &flow)
      }
    }
    return .none
  }

  /// A retry's outcome replaces the one shown.
  public mutating func update(_ message: ResultMsg, flow: inout Flow) -> Transition<ResultMsg> {
    switch message {
    case .retried(.success(let outcome)):
      isRetrying = false
      retryProblem = nil
      self.outcome = outcome
      actions = ResultAction.offered(for: outcome)
      focused = 0
    case .retried(.failure(let failure)):
      isRetrying = false
      retryProblem = failure.message
    }
    return .none
  }

  private mutating func perform(_ action: ResultAction, flow: inout Flow) -> Transition<ResultMsg> {
    switch action {
    case .anotherCandidate:
      flow.startNewDraft { ApplicationDraft(job: $0.job, stageID: $0.stageID) }
      return .navigate(.go(.candidate))
    case .sameCandidate:
      flow.startNewDraft { old in
        ApplicationDraft(
          job: JobReference(""), candidate: old.candidate, attachments: old.attachments,
          gdprConsent: old.gdprConsent,
          sourcedByUserID: old.sourcedByUserID, sourceName: old.sourceName)
      }
      flow.job = nil
      return .navigate(.go(.jobPicker))
    case .jobList:
      flow.startNewDraft { _ in ApplicationDraft(job: JobReference("")) }
      flow.job = nil
      return .navigate(.go(.jobPicker))
    case .edit:
      return .navigate(Self.fieldPath(in: outcome).map(Navigation.edit) ?? .go(.review))
    case .retry:
      guard let services else { return .none }
      isRetrying = true
      let id = outcome.submissionID
      return Transition([
        .run(id: "result.retry") { () async -> ResultMsg? in
          do throws(Submitter.Failure) {
            return .retried(.success(try await services.submitter.retry(id)))
          } catch {
            return .retried(.failure(ResultFailure(message: error.description)))
          }
        }
      ])
    case .quit:
      return .navigate(.quit)
    }
  }

  /// The draft field a rejection names (Kombo's validation messages start with the path, as in
  /// `candidate.email_address: …`), if any.
  static func fieldPath(in outcome: SubmissionOutcome) -> FieldPath? {
    guard case .failed(let failure) = outcome.status,
      let colon = failure.message.firstIndex(of: ":")
    else { return nil }
    let head = failure.message[..<colon]
    let known = [
      "candidate", "attachments", "screening_question_answers", "stage_id", "gdpr_consent", "sourced_by",
      "source", "remote_fields",
    ]
    guard !head.contains(" "), known.contains(where: { head.hasPrefix($0) }) else { return nil }
    return FieldPath(String(head))
  }
}

/// What the result screen offers.
public enum ResultAction: Hashable, Sendable {
  /// A new application for the same job (and stage).
  case anotherCandidate
  /// The same candidate (details, files, consent) for another job.
  case sameCandidate
  /// Back to the job list with an empty draft.
  case jobList
  /// Back to the application to change it.
  case edit
  /// Send again now (safe: looked up first when unclear).
  case retry
  /// Quit.
  case quit

  /// The actions for `outcome`, the likeliest first.
  static func offered(for outcome: SubmissionOutcome) -> [ResultAction] {
    switch outcome.status {
    case .succeeded: [.anotherCandidate, .sameCandidate, .jobList, .quit]
    case .failed(let failure) where failure.retryable: [.retry, .edit, .jobList, .quit]
    case .failed(let failure) where failure.komboCode == .atsApplicationAlreadyExists:
      [.anotherCandidate, .sameCandidate, .edit, .jobList, .quit]
    case .failed: [.edit, .jobList, .quit]
    case .unknown: [.retry, .jobList, .quit]
    }
  }

  /// The button label.
  public var title: String {
    switch self {
    case .anotherCandidate: "Another candidate, same job"
    case .sameCandidate: "Same candidate, another job"
    case .jobList: "Job list"
    case .edit: "Edit the application"
    case .retry: "Retry now"
    case .quit: "Quit"
    }
  }

  /// The help line's words.
  public var shortTitle: String {
    switch self {
    case .anotherCandidate: "next candidate"
    case .sameCandidate: "other job"
    case .jobList: "jobs"
    case .edit: "edit"
    case .retry: "retry"
    case .quit: "quit"
    }
  }

  /// The shortcut letter.
  public var key: Character {
    switch self {
    case .anotherCandidate: "n"
    case .sameCandidate: "o"
    case .jobList: "j"
    case .edit: "e"
    case .retry: "r"
    case .quit: "q"
    }
  }
}

extension ResultScreen {
  /// Embeds the result screen's messages.
  public static func wrap(_ message: ResultMsg) -> AppMsg { .result(message) }
  /// The screen's own message in `message`, if it is one.
  public static func unwrap(_ message: AppMsg) -> ResultMsg? {
    if case .result(let inner) = message { inner } else { nil }
  }
  /// Embeds the result screen.
  public static func wrap(_ screen: ResultScreen) -> AppScreen { .result(screen) }
}
