import TerminalUI

/// Stands in for a screen another branch builds, until it is merged: says so, and lets the user go
/// on (Enter or Tab) or back (Esc or Shift-Tab).
public struct PlaceholderScreen: RecruiterScreen {
  /// The screen it stands in for.
  public let destination: Destination

  /// A placeholder for `destination`.
  public init(_ destination: Destination) {
    self.destination = destination
  }

  /// The step in the breadcrumb (the side screens count as the job step).
  public var step: FlowStep {
    switch destination {
    case .attachments: .attachments
    case .questions: .questions
    case .review: .review
    case .stage: .stage
    case .candidate: .candidate
    case .submitting: .submit
    case .jobPicker, .outbox, .history, .drafts: .job
    }
  }

  /// The screen's name.
  public var title: String {
    switch destination {
    case .attachments: "Attachments"
    case .questions: "Screening questions"
    case .review: "Review"
    case .outbox: "Outbox"
    case .history: "History"
    case .drafts: "Drafts"
    case .jobPicker: "Jobs"
    case .stage: "Stage"
    case .candidate: "Candidate"
    case .submitting: "Submit"
    }
  }

  /// Nothing to type.
  public var isTyping: Bool { false }

  /// On and back.
  public var keyHelp: [KeyHelp] {
    isFlowStep ? [KeyHelp("enter", "next"), KeyHelp("esc", "back")] : [KeyHelp("esc", "back to jobs")]
  }

  private var isFlowStep: Bool { Destination.flow.contains(destination) }

  /// Enter/Tab go on in the flow; Esc/Shift-Tab go back.
  public mutating func handle(_ event: InputEvent, flow: inout Flow) -> Transition<Never> {
    guard case .key(let key) = event else { return .none }
    switch key {
    case .enter, .tab: return isFlowStep ? .navigate(.next) : .none
    case .escape, .backTab: return .navigate(.back)
    default: return .none
    }
  }

  /// No messages.
  public mutating func update(_ message: Never, flow: inout Flow) -> Transition<Never> {}

  /// The title and a note.
  public func view(flow: Flow, size: Size) -> Screen {
    var screen = Screen(size: size)
    let area = AppChrome.contentRect(size)
    screen.put(title, at: Point(x: 2, y: area.minY + 1), style: Style(.title, .bold))
    screen.put("This screen is not built yet.", at: Point(x: 2, y: area.minY + 3), style: Style(.muted))
    AppChrome.drawStatus(on: &screen, text: flow.statusText)
    return screen
  }
}
