public import TerminalUI

/// The job picker's action buttons, in order.
public enum JobPickerAction: CaseIterable, Hashable, Sendable {
  /// Apply by the ATS's job id.
  case remoteID
  /// Open jobs only, or all.
  case toggleAll
  /// Saved drafts.
  case drafts
  /// Submissions kept for retry.
  case outbox
  /// Past submissions.
  case history
  /// Many applications to the job under the cursor from a CSV or JSONL file.
  case importFile

  /// The button label.
  public func title(showsAll: Bool) -> String {
    switch self {
    case .remoteID: "Remote id"
    case .importFile: "Import file"
    case .toggleAll: showsAll ? "Open jobs only" : "All jobs"
    case .drafts: "Drafts"
    case .outbox: "Outbox"
    case .history: "History"
    }
  }

  /// The help line's words.
  public func shortTitle(showsAll: Bool) -> String {
    switch self {
    case .remoteID: "remote id"
    case .importFile: "import"
    case .toggleAll: showsAll ? "open only" : "all jobs"
    case .drafts: "drafts"
    case .outbox: "outbox"
    case .history: "history"
    }
  }

  /// The key that triggers it from anywhere on the screen.
  public var shortcut: KeyPress {
    switch self {
    case .remoteID: .control("r")
    case .importFile: .control("o")
    case .toggleAll: .control("t")
    case .drafts: KeyPress(.function(2))
    case .outbox: KeyPress(.function(3))
    case .history: KeyPress(.function(4))
    }
  }
}
