public import ApplyCore
public import Foundation
import KomboAPI
public import TerminalUI

/// The outbox screen's messages.
public enum OutboxMsg: Sendable {
  /// The ledger was read.
  case listed(Result<[LedgerEntry], OutboxFailure>)
  /// A retry started; its progress and outcome follow as `retry` messages.
  case retryStarted(id: UUID, at: Date)
  /// Progress, the outcome or the refusal of the running retry.
  case retry(SubmittingMsg)
  /// A drop finished.
  case dropped(id: UUID, OutboxFailure?)
  /// A clock tick for the spinner.
  case tick(Date)
}

/// Why reading or changing the outbox failed.
public struct OutboxFailure: Error, Sendable, Equatable {
  /// What went wrong.
  public var message: String
}

/// The submissions kept in the ledger (failed but retryable, unknown outcome, rejected): their state,
/// attempts, job and reason. Retry one (an unclear one is looked up first and resent at most once),
/// or drop it after confirming (its data is deleted). Entries recorded for another integration are
/// marked and never retried through this one.
public struct OutboxScreen: RecruiterScreen {
  let services: RecruiterServices
  /// The entries, oldest first.
  public private(set) var entries: [LedgerEntry] = []
  /// Whether the ledger is being read.
  public private(set) var isLoading = true
  /// Cursor and scrolling.
  public private(set) var table: RecordTable
  /// The retry running: the entry, its progress and when it started.
  public private(set) var retrying: (id: UUID, progress: SubmissionProgress?, startedAt: Date)?
  /// The last retry's outcome, shown in the details pane until another entry is chosen.
  public private(set) var lastOutcome: SubmissionOutcome?
  /// Why the last operation failed.
  public private(set) var problem: String?
  /// The drop confirmation.
  public private(set) var dialog: Dialog?
  /// The spinner and elapsed time of a retry.
  public private(set) var spinner = SpinnerModel()

  /// The outbox, read when shown.
  public init(services: RecruiterServices, flow: Flow) {
    self.services = services
    table = RecordTable(count: 0, height: Self.tableHeight(flow.size))
  }

  static func tableHeight(_ size: Size) -> Int { max(1, min(8, AppChrome.contentRect(size).height - 13)) }

  /// Nothing is typed here.
  public var isTyping: Bool { false }

  /// The keys that apply to the selected entry.
  public var keyHelp: [KeyHelp] {
    if let dialog { return dialog.keyHelp }
    if retrying != nil { return [KeyHelp("ctrl+c", "quit (the entry stays in the outbox)")] }
    var keys = [KeyHelp("↑/↓", "move")]
    if let selected, Self.refusal(selected, current: services.backend.integrationID) == nil {
      keys.append(KeyHelp("r", "retry"))
    }
    if selected != nil { keys.append(KeyHelp("d", "drop")) }
    return keys + [KeyHelp("f5", "reload"), KeyHelp("esc", "back to jobs")]
  }

  /// The entry under the cursor.
  public var selected: LedgerEntry? { table.cursor.map { entries[$0] } }

  /// Reads the ledger.
  public mutating func appear(flow: inout Flow) -> Transition<OutboxMsg> {
    Transition([load()])
  }

  private func load() -> Effect<OutboxMsg> {
    let ledger = services.ledger
    return .run {
      do {
        return .listed(.success(try ledger.entries()))
      } catch {
        return .listed(.failure(OutboxFailure(message: "the outbox could not be read: \(error)")))
      }
    }
  }

  /// Why the entry cannot be retried here, or nil when it can.
  public static func refusal(_ entry: LedgerEntry, current: String?) -> String? {
    if let recorded = entry.integrationID, let current, recorded != current {
      return "It was recorded for integration \(recorded), not \(current) (the one in use now): it is never "
        + "sent through another integration. Connect to \(recorded) to retry it, or drop it."
    }
    if case .failed(let failure) = entry.state, !failure.retryable {
      return "It was rejected and must not be resent unchanged: \(failure.nextStep) Drop it once dealt with."
    }
    return nil
  }

  // MARK: - Messages

  /// Listing, retry progress and outcome, drops and ticks.
  public mutating func update(_ message: OutboxMsg, flow: inout Flow) -> Transition<OutboxMsg> {
    switch message {
    case .listed(.success(let listed)):
      isLoading = false
      entries = listed
      table.reset(count: listed.count)
      return .none
    case .listed(.failure(let failure)):
      isLoading = false
      problem = failure.message
      return .none
    case .retryStarted(let id, let date):
      retrying = (id, nil, date)
      return Transition([tick()])
    case .retry(let inner):
      return retryMessage(inner, flow: &flow)
    case .dropped(_, let failure):
      problem = failure?.message
      lastOutcome = nil
      return Transition([load()])
    case .tick(let now):
      flow.now = now
      guard let retrying else { return .none }
      spinner.tick(elapsed: .milliseconds(Int64(max(0, now.timeIntervalSince(retrying.startedAt)) * 1000)))
      return Transition([tick()])
    }
  }

  private mutating func retryMessage(_ message: SubmittingMsg, flow: inout Flow) -> Transition<OutboxMsg> {
    switch message {
    case .progress(let progress):
      retrying?.progress = progress
      return .none
    case .finished(let outcome):
      retrying = nil
      lastOutcome = outcome
      return Transition([.cancel(id: Self.tickID), load()])
    case .refused(let reason):
      retrying = nil
      problem = "The retry could not run: \(reason)"
      return Transition([.cancel(id: Self.tickID), load()])
    case .started, .invalid, .notBuilt, .tick:
      return .none
    }
  }

  static let tickID = "outbox.tick"

  private func tick() -> Effect<OutboxMsg> {
    let clock = services.clock
    return .after(.milliseconds(120), id: Self.tickID) { .tick(clock.now()) }
  }

  // MARK: - Keys

  /// Moves, retry, drop, reload and back; the dialog first; nothing but quitting while a retry runs.
  public mutating func handle(_ event: InputEvent, flow: inout Flow) -> Transition<OutboxMsg> {
    switch event {
    case .resize(let size):
      table.resize(height: Self.tableHeight(size))
      return .none
    case .key(let key):
      if dialog != nil { return answerDialog(key) }
      guard retrying == nil else { return .none }
      let before = table.cursor
      if table.handle(key) {
        if table.cursor != before { lastOutcome = nil }
        return .none
      }
      return command(key)
    default:
      return .none
    }
  }

  private mutating func command(_ key: KeyPress) -> Transition<OutboxMsg> {
    switch key {
    case .character("r"), .enter:
      guard let selected else { return .none }
      if let refusal = Self.refusal(selected, current: services.backend.integrationID) {
        problem = "Not retried. " + refusal
        return .none
      }
      return retry(selected)
    case .character("d"), KeyPress(.delete):
      guard let selected else { return .none }
      dialog = Dialog(
        id: Self.dropDialog + selected.id.uuidString, title: "Drop this submission?",
        message: Self.dropWarning(selected), kind: .confirm(yes: "Drop", no: "Keep"))
      return .none
    case KeyPress(.function(5)):
      problem = nil
      return Transition([load()])
    case .escape, .backTab:
      return .navigate(.go(.jobPicker))
    default:
      return .none
    }
  }

  static let dropDialog = "outbox.drop:"

  /// What dropping `entry` means, for the confirmation.
  static func dropWarning(_ entry: LedgerEntry) -> String {
    let base =
      "Nothing more is sent, and its data (the candidate's details and files) is deleted from this "
      + "machine."
    if case .unknown = entry.state {
      return base + " Its outcome is unknown: the application may exist in the ATS. Check there first."
    }
    return base
  }

  private mutating func retry(_ entry: LedgerEntry) -> Transition<OutboxMsg> {
    problem = nil
    lastOutcome = nil
    let submitter = services.submitter
    let clock = services.clock
    let id = entry.id
    return Transition([
      .stream(id: "outbox.retry", outlivesProgram: true) { send in
        send(.retryStarted(id: id, at: clock.now()))
        do throws(Submitter.Failure) {
          let outcome = try await submitter.retry(id) { send(.retry(.progress($0))) }
          send(.retry(.finished(outcome)))
        } catch {
          send(.retry(.refused(error.description)))
        }
      }
    ])
  }

  private mutating func answerDialog(_ key: KeyPress) -> Transition<OutboxMsg> {
    guard var shown = dialog else { return .none }
    guard let answer = shown.handle(key) else {
      dialog = shown
      return .none
    }
    dialog = nil
    guard answer == .yes, shown.id.hasPrefix(Self.dropDialog),
      let id = UUID(uuidString: String(shown.id.dropFirst(Self.dropDialog.count)))
    else { return .none }
    let ledger = services.ledger
    return Transition([
      .run {
        do {
          try ledger.remove(id)
          return .dropped(id: id, nil)
        } catch {
          return .dropped(id: id, OutboxFailure(message: "the submission could not be dropped: \(error)"))
        }
      }
    ])
  }
}

extension OutboxScreen {
  /// Embeds the outbox screen's messages.
  public static func wrap(_ message: OutboxMsg) -> AppMsg { .outbox(message) }
  /// The screen's own message in `message`, if it is one.
  public static func unwrap(_ message: AppMsg) -> OutboxMsg? {
    if case .outbox(let inner) = message { inner } else { nil }
  }
  /// Embeds the outbox screen.
  public static func wrap(_ screen: OutboxScreen) -> AppScreen { .outbox(screen) }
}
