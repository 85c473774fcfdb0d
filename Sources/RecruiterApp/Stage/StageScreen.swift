import ApplyCore
import KomboAPI
public import TerminalUI

/// The stage screen's messages: results of the form's field tasks.
public enum StageMsg: Sendable {
  /// A field task's result.
  case form(FormMessage)
}

/// Choosing the stage the application goes into: the job's active stages in order with the draft's
/// stage (for a new draft, the job's first active stage) preselected, or "let the ATS decide".
/// Enter chooses and goes on.
public struct StageScreen: RecruiterScreen {
  /// The field key: the draft path it edits.
  static let key = FieldPath.stageID.rawValue
  /// The stages offered.
  public let options: StageOptions
  /// The form with the one select.
  public private(set) var host: FormHost

  /// The screen for the draft in `flow`.
  public init(flow: Flow, arrival: Arrival) {
    options = StageOptions(job: flow.job)
    var notes = "Enter chooses and goes on."
    if !options.inactiveNames.isEmpty {
      notes += " Inactive stages are hidden: \(options.inactiveNames.joined(separator: ", "))."
    }
    if flow.job == nil {
      notes += " This job's stages are not known here (applying by remote id), so the ATS decides."
    }
    let select = SelectField(
      FieldInfo(key: Self.key, title: "Stage for \(flow.jobTitle)", description: notes),
      options: options.selectOptions, value: flow.draft.stageID ?? StageOptions.atsDecides,
      height: min(12, options.selectOptions.count))
    var form = Form(title: "Stage", groups: [FieldGroup(fields: [select])])
    form.submitLabel = "Next"
    host = FormHost(form, arrival: arrival == .backward ? .forward : arrival, size: flow.size)
  }

  /// The form's keys.
  public var keyHelp: [KeyHelp] { host.keyHelp }
  /// The select takes typing as a filter.
  public var isTyping: Bool { host.isTyping }

  /// The chosen stage id, nil for "let the ATS decide".
  public var chosenStageID: String? {
    guard case .choice(let value) = host.form[Self.key]?.value, value != StageOptions.atsDecides else {
      return nil
    }
    return value
  }

  /// Keys go to the form; the choice is written to the draft at once.
  public mutating func handle(_ event: InputEvent, flow: inout Flow) -> Transition<StageMsg> {
    let (effects, outcome) = host.handle(event)
    flow.draft.stageID = chosenStageID
    return Transition(effects.map { $0.map(StageMsg.form) }, navigation: Self.navigation(for: outcome))
  }

  /// Field task results.
  public mutating func update(_ message: StageMsg, flow: inout Flow) -> Transition<StageMsg> {
    switch message {
    case .form(let inner): Transition(host.receive(inner).map { $0.map(StageMsg.form) })
    }
  }

  /// The form.
  public func view(flow: Flow, size: Size) -> Screen {
    host.view(status: flow.statusText, size: size)
  }

  /// Submitted goes on; back from the first field goes back.
  static func navigation(for outcome: FormOutcome?) -> Navigation? {
    switch outcome {
    case .submitted: .next
    case .back: .back
    default: nil
    }
  }
}

extension StageScreen {
  /// Embeds the stage screen's messages.
  public static func wrap(_ message: StageMsg) -> AppMsg { .stage(message) }
  /// The screen's own message in `message`, if it is one.
  public static func unwrap(_ message: AppMsg) -> StageMsg? {
    if case .stage(let inner) = message { inner } else { nil }
  }
  /// Embeds the stage screen.
  public static func wrap(_ screen: StageScreen) -> AppScreen { .stage(screen) }
}
