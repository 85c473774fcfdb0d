import ApplyCore
import KomboAPI
import TerminalUI

/// The candidate screen's messages: results of the form's field tasks.
public enum CandidateMsg: Sendable {
  /// A field task's result.
  case form(FormMessage)
}

/// The candidate's details: every candidate field of the API in groups, checked while typing with
/// the core's rules. Every change is written to the draft at once; the form is rebuilt from the
/// draft when the screen is entered.
public struct CandidateScreen: RecruiterScreen {
  /// The form.
  public private(set) var host: FormHost

  /// The screen for the draft in `flow`.
  public init(flow: Flow, arrival: Arrival) {
    host = FormHost(CandidateForm.make(flow: flow), arrival: arrival, size: flow.size)
  }

  /// The candidate step.
  public var step: FlowStep { .candidate }
  /// The form's keys.
  public var keyHelp: [KeyHelp] { host.keyHelp }
  /// Fields take typing.
  public var isTyping: Bool { host.isTyping }

  /// Keys go to the form; values are written to the draft.
  public mutating func handle(_ event: InputEvent, flow: inout Flow) -> Transition<CandidateMsg> {
    let (effects, outcome) = host.handle(event)
    CandidateMapping.apply(host.form, to: &flow.draft)
    return Transition(effects.map { $0.map(CandidateMsg.form) }, navigation: StageScreen.navigation(for: outcome))
  }

  /// Field task results.
  public mutating func update(_ message: CandidateMsg, flow: inout Flow) -> Transition<CandidateMsg> {
    switch message {
    case .form(let inner):
      let effects = host.receive(inner)
      CandidateMapping.apply(host.form, to: &flow.draft)
      return Transition(effects.map { $0.map(CandidateMsg.form) })
    }
  }

  /// The form.
  public func view(flow: Flow, size: Size) -> Screen {
    host.view(status: flow.statusText, size: size)
  }
}
