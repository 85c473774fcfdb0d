import ApplyCore
import Foundation
import KomboAPI
import TerminalUI

/// The submitting screen's messages.
public enum SubmittingMsg: Sendable {
  /// The submission ended.
  case finished(SubmissionOutcome)
}

/// Validates and builds the request from the draft, sends it through the submitter, shows progress,
/// then hands over to the result screen.
public struct SubmittingScreen: RecruiterScreen {
  let services: RecruiterServices

  /// The screen for the draft in `flow`.
  public init(services: RecruiterServices, flow: Flow) {
    self.services = services
  }

  /// The submit step.
  public var step: FlowStep { .submit }
  /// Nothing to type.
  public var isTyping: Bool { false }
  /// No keys while sending.
  public var keyHelp: [KeyHelp] { [] }

  /// No keys while sending.
  public mutating func handle(_ event: InputEvent, flow: inout Flow) -> Transition<SubmittingMsg> { .none }

  /// The outcome goes to the result screen.
  public mutating func update(_ message: SubmittingMsg, flow: inout Flow) -> Transition<SubmittingMsg> {
    switch message {
    case .finished(let outcome): .navigate(.show(.result(ResultScreen(outcome: outcome, flow: flow))))
    }
  }

  /// Progress.
  public func view(flow: Flow, size: Size) -> Screen {
    var screen = Screen(size: size)
    screen.put("Sending…", at: Point(x: 2, y: 3), style: Style(.title, .bold))
    AppChrome.drawStatus(on: &screen, text: flow.statusText)
    return screen
  }
}
