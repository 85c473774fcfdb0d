import ApplyCore
import Foundation
import KomboAPI
import TerminalUI

/// The result screen's messages.
public enum ResultMsg: Sendable {
  /// A retry from the result screen ended.
  case retried(SubmissionOutcome)
}

/// How the submission ended and what to do next.
public struct ResultScreen: RecruiterScreen {
  /// The outcome shown.
  public let outcome: SubmissionOutcome

  /// The result of `outcome` for the draft in `flow`.
  public init(outcome: SubmissionOutcome, flow: Flow) {
    self.outcome = outcome
  }

  /// The submit step.
  public var step: FlowStep { .submit }
  /// Nothing to type.
  public var isTyping: Bool { false }
  /// Quit.
  public var keyHelp: [KeyHelp] { [KeyHelp("q", "quit")] }

  /// q quits.
  public mutating func handle(_ event: InputEvent, flow: inout Flow) -> Transition<ResultMsg> {
    event == .key(.character("q")) ? .navigate(.quit) : .none
  }

  /// A retry's outcome replaces the one shown.
  public mutating func update(_ message: ResultMsg, flow: inout Flow) -> Transition<ResultMsg> {
    switch message {
    case .retried(let outcome): .navigate(.show(.result(ResultScreen(outcome: outcome, flow: flow))))
    }
  }

  /// The outcome.
  public func view(flow: Flow, size: Size) -> Screen {
    var screen = Screen(size: size)
    screen.put(outcome.explanation, at: Point(x: 2, y: 3), style: Style(.title, .bold))
    AppChrome.drawStatus(on: &screen, text: flow.statusText)
    return screen
  }
}
