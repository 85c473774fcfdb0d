import ApplyCore
public import TerminalUI

/// One screen of the app: its own model, messages, pure update and view.
///
/// The program routes terminal events to `handle` and the screen's own messages (effect results) to
/// `update`; both get the shared `Flow` to read and change (the draft lives there). The view draws the
/// whole screen at `size`; the program then draws the header (rows 0–1) and the help line (the row
/// above the status bar) over it, so a screen draws its content between them and its status bar.
/// See `AppRouting.swift` for how a screen is plugged in.
public protocol RecruiterScreen: Sendable {
  /// The screen's own messages (results of its effects).
  associatedtype Msg: Sendable

  /// Keys for the help line and the help overlay, most specific first.
  var keyHelp: [KeyHelp] { get }
  /// Whether printable keys go into a text field now (then `?` is typed; F1 still opens the help).
  var isTyping: Bool { get }

  /// Work to start when the screen is shown.
  mutating func appear(flow: inout Flow) -> Transition<Msg>
  /// Handles a terminal event (keys, pastes, resizes; signals and Ctrl-C are the app's).
  mutating func handle(_ event: InputEvent, flow: inout Flow) -> Transition<Msg>
  /// Handles one of the screen's own messages.
  mutating func update(_ message: Msg, flow: inout Flow) -> Transition<Msg>
  /// Draws the screen at `size`.
  func view(flow: Flow, size: Size) -> Screen

  /// Embeds a screen of this type in `AppScreen`.
  static func wrap(_ screen: Self) -> AppScreen
  /// Embeds one of its messages in `AppMsg`.
  static func wrap(_ message: Msg) -> AppMsg
  /// Its own message in `message`, if it is one.
  static func unwrap(_ message: AppMsg) -> Msg?
}

extension RecruiterScreen {
  /// Nothing to start by default.
  public mutating func appear(flow: inout Flow) -> Transition<Msg> { .none }
  /// Printable keys are typed by default, so `?` does not open the help.
  public var isTyping: Bool { true }
}

/// The steps of an application, as the breadcrumb shows them.
public enum FlowStep: Int, CaseIterable, Sendable, Comparable {
  /// Choosing the job.
  case job
  /// Choosing the stage.
  case stage
  /// The candidate's details.
  case candidate
  /// Files.
  case attachments
  /// Screening questions.
  case questions
  /// Review.
  case review
  /// Sending and the result.
  case submit

  /// The breadcrumb label.
  public var title: String {
    switch self {
    case .job: "Job"
    case .stage: "Stage"
    case .candidate: "Candidate"
    case .attachments: "Attachments"
    case .questions: "Questions"
    case .review: "Review"
    case .submit: "Submit"
    }
  }

  /// Earlier steps first.
  public static func < (lhs: FlowStep, rhs: FlowStep) -> Bool { lhs.rawValue < rhs.rawValue }
}
