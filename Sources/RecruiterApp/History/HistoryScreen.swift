public import ApplyCore
import Foundation
public import TerminalUI
import TextSafety

/// The history screen's messages.
public enum HistoryMsg: Sendable {
  /// The history was read (or could not be, with the reason).
  case listed(Result<[HistoryEntry], OutboxFailure>)
}

/// The applications created from this machine, newest first: when, the application and candidate
/// ids, the job; the selected one's integration, warnings and whether it was confirmed by a lookup.
/// The history keeps ids only, never candidate data.
public struct HistoryScreen: RecruiterScreen {
  let history: HistoryStore
  /// The entries, newest first.
  public private(set) var entries: [HistoryEntry] = []
  /// Whether the history is being read.
  public private(set) var isLoading = true
  /// Cursor and scrolling.
  public private(set) var table: RecordTable
  /// Why reading failed.
  public private(set) var problem: String?

  /// The history, read when shown.
  public init(services: RecruiterServices, flow: Flow) {
    history = services.history
    table = RecordTable(count: 0, height: Self.tableHeight(flow.size))
  }

  static func tableHeight(_ size: Size) -> Int { max(1, AppChrome.contentRect(size).height - 12) }

  /// Nothing is typed here.
  public var isTyping: Bool { false }
  /// Moving and going back.
  public var keyHelp: [KeyHelp] { [KeyHelp("↑/↓", "move"), KeyHelp("esc", "back to jobs")] }

  /// The entry under the cursor.
  public var selected: HistoryEntry? { table.cursor.map { entries[$0] } }

  /// Reads the history.
  public mutating func appear(flow: inout Flow) -> Transition<HistoryMsg> {
    let history = history
    return Transition([
      .run {
        do {
          return .listed(.success(try history.entries()))
        } catch {
          return .listed(.failure(OutboxFailure(message: "the history could not be read: \(error)")))
        }
      }
    ])
  }

  /// The entries arrived.
  public mutating func update(_ message: HistoryMsg, flow: inout Flow) -> Transition<HistoryMsg> {
    switch message {
    case .listed(.success(let listed)):
      entries = listed
      table.reset(count: listed.count)
    case .listed(.failure(let failure)):
      problem = failure.message
    }
    isLoading = false
    return .none
  }

  /// Moves and back.
  public mutating func handle(_ event: InputEvent, flow: inout Flow) -> Transition<HistoryMsg> {
    switch event {
    case .resize(let size):
      table.resize(height: Self.tableHeight(size))
    case .key(let key):
      if table.handle(key) { return .none }
      if key == .escape || key == .backTab || key == .enter { return .navigate(.go(.jobPicker)) }
    default:
      break
    }
    return .none
  }

  /// The table and the selected entry's details.
  public func view(flow: Flow, size: Size) -> Screen {
    var screen = Screen(size: size)
    let area = AppChrome.contentRect(size).inset(top: 1, left: 2, bottom: 0, right: 2)
    screen.put(
      isLoading ? "History" : "History (\(entries.count))", at: area.origin, style: Style(.title, .bold),
      clip: area)
    if let problem {
      screen.put(
        problem.truncated(toWidth: area.width), at: Point(x: area.minX, y: area.minY + 2),
        style: Style(.error, .bold))
    } else if entries.isEmpty && !isLoading {
      screen.put(
        "No applications created yet from this machine.", at: Point(x: area.minX, y: area.minY + 2),
        style: Style(.muted), clip: area)
    } else if !entries.isEmpty {
      // The table takes only the rows it needs, leaving the rest to the selected entry's details.
      let tableRect = Rect(
        x: area.minX - 2, y: area.minY + 2, width: area.width + 2,
        height: min(Self.tableHeight(size), max(1, entries.count)) + 1)
      // Below 100 columns the candidate id moves to the details pane, so the job's name stays readable.
      let wide = size.width >= 100
      var columns = [RecordTable.Column("CREATED", width: 12), RecordTable.Column("APPLICATION", width: 24)]
      if wide { columns.append(RecordTable.Column("CANDIDATE", width: 24)) }
      columns.append(RecordTable.Column("JOB"))
      let rows = entries.map { entry in
        [
          RecordTable.Cell(ClockTime.stamp(entry.submittedAt, now: flow.now, in: flow.timeZone), .muted),
          RecordTable.Cell(entry.applicationID ?? "(no id returned)", .code),
        ] + (wide ? [RecordTable.Cell(entry.candidateID ?? "", .code)] : []) + [
          RecordTable.Cell(entry.jobName ?? entry.jobID)
        ]
      }
      table.draw(on: &screen, in: tableRect, columns: columns, rows: rows)
      let pane = Rect(
        x: area.minX, y: tableRect.maxY + 1, width: area.width, height: area.maxY - tableRect.maxY - 1)
      drawDetails(on: &screen, pane, flow: flow)
    }
    AppChrome.drawStatus(on: &screen, text: flow.statusText)
    return screen
  }

  private func drawDetails(on screen: inout Screen, _ pane: Rect, flow: Flow) {
    guard let entry = selected else { return }
    var facts = [
      ("Job", (entry.jobName.map { $0 + " · " } ?? "") + entry.jobID),
      ("Candidate id", entry.candidateID ?? "not returned"),
      ("Created", ClockTime.dateTime(entry.submittedAt, in: flow.timeZone)),
      ("Submission", entry.submissionID.uuidString.lowercased()),
      ("Integration", entry.integrationID ?? "not recorded"),
    ]
    if entry.reconciled { facts.append(("Confirmed", "by looking it up after an unclear answer")) }
    if !entry.warnings.isEmpty { facts.append(("Warnings", entry.warnings.joined(separator: " · "))) }
    var y = pane.minY
    for (label, value) in facts where y < pane.maxY {
      screen.put(label, at: Point(x: pane.minX, y: y), style: Style(.muted), clip: pane)
      for part in Sanitizer.clean(value).wrapped(toWidth: pane.width - 14) where y < pane.maxY {
        screen.put(
          part, at: Point(x: pane.minX + 14, y: y), style: label == "Warnings" ? Style(.warning) : .plain,
          clip: pane)
        y += 1
      }
    }
  }
}

extension HistoryScreen {
  /// Embeds the history screen's messages.
  public static func wrap(_ message: HistoryMsg) -> AppMsg { .history(message) }
  /// The screen's own message in `message`, if it is one.
  public static func unwrap(_ message: AppMsg) -> HistoryMsg? {
    if case .history(let inner) = message { inner } else { nil }
  }
  /// Embeds the history screen.
  public static func wrap(_ screen: HistoryScreen) -> AppScreen { .history(screen) }
}
