import ApplyCore
import KomboAPI
public import TerminalUI

/// The candidate screen's messages: results of the form's field tasks.
public enum CandidateMsg: Sendable {
  /// A field task's result.
  case form(FormMessage)
}

/// The candidate's details: every candidate field of the API in groups, checked while typing with
/// the core's rules; fields the connected ATS ignores are marked. Every change is written to the draft
/// at once; the form is rebuilt from the draft when the screen is entered and when a row is added
/// or removed.
public struct CandidateScreen: RecruiterScreen {
  /// The form.
  public private(set) var host: FormHost

  /// The screen for the draft in `flow`.
  public init(flow: Flow, arrival: Arrival) {
    let advanced = CandidateAdvanced.hasValues(flow.draft) || Self.isAdvanced(arrival)
    host = FormHost(
      CandidateForm.make(flow: flow, showsAdvanced: advanced), arrival: arrival, size: flow.size)
  }

  private static func isAdvanced(_ arrival: Arrival) -> Bool {
    guard case .field(let path) = arrival else { return false }
    return [FieldPath.sourcedBy, .sourceName, .remoteFields].contains { path.isWithin($0) }
  }

  /// The form's keys.
  public var keyHelp: [KeyHelp] { host.keyHelp }
  /// Fields take typing.
  public var isTyping: Bool { host.isTyping }

  private var showsAdvanced: Bool { host.form[CandidateForm.advancedKey]?.value == .bool(true) }

  /// Keys go to the form; values are written to the draft; Enter on "+ Add" adds a row, ctrl+x in a
  /// row removes it.
  public mutating func handle(_ event: InputEvent, flow: inout Flow) -> Transition<CandidateMsg> {
    if case .key(.enter) = event, host.form.dialog == nil,
      let button = host.form.focusedField as? AddRowButton
    {
      addRow(to: FieldPath(button.list), flow: &flow)
      return .none
    }
    let (effects, outcome) = host.handle(event)
    CandidateMapping.apply(host.form, to: &flow.draft, slug: flow.toolSlug)
    if let row = host.form.groups.flatMap(\.fields).compactMap({ $0 as? RowField }).first(
      where: \.removeRequested)
    {
      removeRow(row.key, flow: &flow)
      return .none
    }
    return Transition(
      effects.map { $0.map(CandidateMsg.form) }, navigation: StageScreen.navigation(for: outcome))
  }

  /// Field task results.
  public mutating func update(_ message: CandidateMsg, flow: inout Flow) -> Transition<CandidateMsg> {
    switch message {
    case .form(let inner):
      let effects = host.receive(inner)
      CandidateMapping.apply(host.form, to: &flow.draft, slug: flow.toolSlug)
      return Transition(effects.map { $0.map(CandidateMsg.form) })
    }
  }

  /// The form.
  public func view(flow: Flow, size: Size) -> Screen {
    host.view(status: flow.statusText, size: size)
  }

  private mutating func addRow(to list: FieldPath, flow: inout Flow) {
    let key: FieldPath
    switch list {
    case .additionalEmailAddresses:
      flow.draft.candidate.additionalEmailAddresses.append(ContactDraft(type: .personal, value: ""))
      key = list[flow.draft.candidate.additionalEmailAddresses.count - 1].appending("email_address")
    case .additionalPhoneNumbers:
      flow.draft.candidate.additionalPhoneNumbers.append(ContactDraft(type: .personal, value: ""))
      key = list[flow.draft.candidate.additionalPhoneNumbers.count - 1].appending("phone_number")
    default:
      flow.draft.candidate.socialLinks.append("")
      key = list[flow.draft.candidate.socialLinks.count - 1]
    }
    rebuild(focusing: key, flow: flow)
  }

  private mutating func removeRow(_ key: String, flow: inout Flow) {
    guard let index = CandidateMapping.rowIndex(key) else { return }
    let path = FieldPath(key)
    let list: FieldPath
    let remaining: Int
    if path.isWithin(.additionalEmailAddresses) {
      list = .additionalEmailAddresses
      flow.draft.candidate.additionalEmailAddresses.remove(at: index)
      remaining = flow.draft.candidate.additionalEmailAddresses.count
    } else if path.isWithin(.additionalPhoneNumbers) {
      list = .additionalPhoneNumbers
      flow.draft.candidate.additionalPhoneNumbers.remove(at: index)
      remaining = flow.draft.candidate.additionalPhoneNumbers.count
    } else {
      list = .socialLinks
      flow.draft.candidate.socialLinks.remove(at: index)
      remaining = flow.draft.candidate.socialLinks.count
    }
    let focus = index < remaining ? FieldPath(key) : FieldPath(list.rawValue + ".add")
    rebuild(focusing: focus, flow: flow)
  }

  private mutating func rebuild(focusing key: FieldPath, flow: Flow) {
    host = FormHost(
      CandidateForm.make(flow: flow, showsAdvanced: showsAdvanced), arrival: .field(key), size: flow.size)
  }
}

extension CandidateScreen {
  /// Embeds the candidate screen's messages.
  public static func wrap(_ message: CandidateMsg) -> AppMsg { .candidate(message) }
  /// The screen's own message in `message`, if it is one.
  public static func unwrap(_ message: AppMsg) -> CandidateMsg? {
    if case .candidate(let inner) = message { inner } else { nil }
  }
  /// Embeds the candidate screen.
  public static func wrap(_ screen: CandidateScreen) -> AppScreen { .candidate(screen) }
}
