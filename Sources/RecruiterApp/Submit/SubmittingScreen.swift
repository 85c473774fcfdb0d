public import ApplyCore
public import Foundation
import KomboAPI
public import TerminalUI
import TextSafety

/// The submitting screen's messages.
public enum SubmittingMsg: Sendable {
  /// The draft passed validation; its request of `bytes` is being sent.
  case started(bytes: Int, files: Int, at: Date)
  /// The draft has problems; nothing was sent.
  case invalid(ValidationReport)
  /// The request could not be built (a file changed or vanished); nothing was sent.
  case notBuilt(String)
  /// What the submitter is doing.
  case progress(SubmissionProgress)
  /// The submission ended.
  case finished(SubmissionOutcome)
  /// The submitter could not run (the ledger could not be written); nothing was sent.
  case refused(String)
  /// A clock tick for the spinner and the elapsed time.
  case tick(Date)
}

/// Validates the draft, builds the request and sends it through the submitter (ledger first), showing
/// each step, the bytes, the attempt and the elapsed time; then hands over to the result screen. When
/// the draft has problems nothing is sent and Enter jumps to the first one.
public struct SubmittingScreen: RecruiterScreen {
  /// Where the submission is.
  public enum Phase: Sendable, Equatable {
    /// Checking the draft and building the body.
    case preparing
    /// The body is recorded and being sent.
    case sending(SubmissionProgress?)
    /// The draft has problems.
    case invalid(ValidationReport)
    /// Building or recording failed.
    case failed(String)
  }

  let services: RecruiterServices
  /// Where the submission is.
  public private(set) var phase = Phase.preparing
  /// The body's size and the files in it, once built.
  public private(set) var body: (bytes: Int, files: Int)?
  /// When sending started.
  public private(set) var startedAt: Date?
  /// The spinner and the elapsed time.
  public private(set) var spinner = SpinnerModel()

  /// The screen for the draft in `flow`.
  public init(services: RecruiterServices, flow: Flow) {
    self.services = services
  }

  /// Nothing to type.
  public var isTyping: Bool { false }

  /// Keys while blocked; none while sending.
  public var keyHelp: [KeyHelp] {
    switch phase {
    case .invalid: [KeyHelp("enter", "fix the first problem"), KeyHelp("esc", "back")]
    case .failed: [KeyHelp("esc", "back")]
    case .preparing, .sending: [KeyHelp("ctrl+c", "quit (the submission stays in the outbox)")]
    }
  }

  /// Validates, builds and starts sending.
  public mutating func appear(flow: inout Flow) -> Transition<SubmittingMsg> {
    Transition([prepare(flow), tick()])
  }

  /// Enter jumps to the first problem; Esc goes back; nothing while sending.
  public mutating func handle(_ event: InputEvent, flow: inout Flow) -> Transition<SubmittingMsg> {
    guard case .key(let key) = event else { return .none }
    switch (phase, key) {
    case (.invalid(let report), .enter):
      return report.errors.first.map { .navigate(.edit($0.path)) } ?? .navigate(.back)
    case (.invalid, .escape), (.failed, .escape), (.invalid, .backTab), (.failed, .backTab):
      return .navigate(.back)
    default:
      return .none
    }
  }

  /// Progress, the outcome and ticks.
  public mutating func update(_ message: SubmittingMsg, flow: inout Flow) -> Transition<SubmittingMsg> {
    switch message {
    case .started(let bytes, let files, let date):
      body = (bytes, files)
      startedAt = date
      phase = .sending(nil)
      return .none
    case .invalid(let report):
      phase = .invalid(report)
      return Transition([.cancel(id: Self.tickID)])
    case .notBuilt(let reason), .refused(let reason):
      phase = .failed(reason)
      return Transition([.cancel(id: Self.tickID)])
    case .progress(let progress):
      phase = .sending(progress)
      return .none
    case .finished(let outcome):
      // The submitter deleted the draft when it recorded the submission: no "draft saved" any more.
      flow.draftSavedAt = nil
      let details = ResultScreen.Details(flow: flow, bytes: body?.bytes, elapsed: elapsed(at: flow.now))
      return Transition(
        [.cancel(id: Self.tickID)],
        navigation: .show(.result(ResultScreen(outcome: outcome, details: details, services: services))))
    case .tick(let now):
      flow.now = now
      spinner.tick(elapsed: elapsed(at: now))
      return Transition([tick()])
    }
  }

  /// Time since sending started.
  func elapsed(at now: Date) -> Duration {
    startedAt.map { .milliseconds(Int64(max(0, now.timeIntervalSince($0)) * 1000)) } ?? .zero
  }

  static let tickID = "submitting.tick"
  static let sendID = "submitting.send"

  private func tick() -> Effect<SubmittingMsg> {
    let clock = services.clock
    return .after(.milliseconds(120), id: Self.tickID) { .tick(clock.now()) }
  }

  /// Checks the draft, builds the body and sends it, streaming the submitter's progress and outcome.
  /// The work outlives the program: after Ctrl-C the submission is still recorded in the ledger as
  /// far as it got, and the next start finds it in the outbox.
  private func prepare(_ flow: Flow) -> Effect<SubmittingMsg> {
    let services = services
    let (draft, job, draftID) = (flow.draft, flow.job, flow.draftID)
    let jobName = flow.job?.name.map { Sanitizer.clean($0) }
    let today = flow.dayForRules
    let rules = flow.attachmentRules
    return .stream(id: Self.sendID, outlivesProgram: true) { send in
      let built: BuiltRequest
      do throws(RequestBuildError) {
        built = try RequestBuilder(fileSystem: services.fileSystem, attachmentRules: rules).build(
          draft, job: job, today: today)
      } catch .invalid(let report) {
        return send(.invalid(report))
      } catch {
        return send(.notBuilt(error.description))
      }
      let request = SubmissionRequest(
        built, jobName: jobName, integrationID: services.backend.integrationID, draftID: draftID)
      send(.started(bytes: built.body.count, files: built.prepared.files.count, at: services.clock.now()))
      do throws(Submitter.Failure) {
        let outcome = try await services.submitter.submit(request) { send(.progress($0)) }
        send(.finished(outcome))
      } catch {
        send(.refused(error.description))
      }
    }
  }
}

extension SubmittingScreen {
  /// Embeds the submitting screen's messages.
  public static func wrap(_ message: SubmittingMsg) -> AppMsg { .submitting(message) }
  /// The screen's own message in `message`, if it is one.
  public static func unwrap(_ message: AppMsg) -> SubmittingMsg? {
    if case .submitting(let inner) = message { inner } else { nil }
  }
  /// Embeds the submitting screen.
  public static func wrap(_ screen: SubmittingScreen) -> AppScreen { .submitting(screen) }
}
