public import ApplyCore
public import TerminalUI

/// A `Form` as the body of a screen: focus placed by how the screen was entered, Enter on the last
/// field goes on (huh's behaviour), ctrl+s goes on from anywhere (stopping at the first problem),
/// and the form's outcome turned into navigation.
///
/// Field keys are the `ApplyCore.FieldPath` strings of the draft fields they edit, so `Arrival.field`
/// focuses the right one.
public struct FormHost: Sendable {
  /// The form.
  public var form: Form

  /// Hosts `form` at `size`, focused according to `arrival`.
  public init(_ form: Form, arrival: Arrival, size: Size) {
    self.form = form
    _ = self.form.update(.event(.resize(size)))
    switch arrival {
    case .forward: break
    case .backward:
      if let last = self.form.visiblePaths.last(where: { self.form.field(at: $0).isFocusable }) {
        self.form.focus(key: self.form.field(at: last).key)
      }
    case .field(let path): focus(path)
    }
  }

  /// Focuses the field editing `path`, or the closest field containing it (`candidate.location` for
  /// `candidate.location.city` when there is no city field).
  public mutating func focus(_ path: FieldPath) {
    var candidate = path.rawValue
    while !candidate.isEmpty {
      if form.path(of: candidate) != nil {
        form.focus(key: candidate)
        return
      }
      guard let cut = candidate.lastIndex(where: { $0 == "." || $0 == "[" }) else { return }
      candidate = String(candidate[..<cut])
    }
  }

  /// The keys of the focused field and the form, plus ctrl+s.
  public var keyHelp: [KeyHelp] {
    var keys = form.keyHelp.filter { $0.keys != "ctrl+c" }
    if form.dialog == nil {
      keys.insert(KeyHelp("ctrl+s", form.submitLabel.lowercased()), at: min(keys.count, 1))
    }
    return keys
  }

  /// Whether a field has focus (printable keys are typed or filter there).
  public var isTyping: Bool { form.focus != .submit }

  /// Handles a terminal event: returns the form's work and its outcome, if it ended.
  public mutating func handle(_ event: InputEvent) -> (effects: [Effect<FormMessage>], outcome: FormOutcome?)
  {
    if case .key(.control("s")) = event, form.dialog == nil { return submit() }
    let wasOnField = form.focus != .submit
    var effects = form.update(.event(event))
    if case .key(.enter) = event, wasOnField, form.focus == .submit, form.outcome == nil {
      effects += form.update(.event(.key(.enter)))
    }
    return (effects, takeOutcome())
  }

  /// Feeds a field task's result back to its field.
  public mutating func receive(_ message: FormMessage) -> [Effect<FormMessage>] {
    form.update(message)
  }

  /// Goes through the remaining fields to the Submit button and presses it; stops at the first field
  /// with a problem, whose message then shows.
  public mutating func submit() -> (effects: [Effect<FormMessage>], outcome: FormOutcome?) {
    var effects: [Effect<FormMessage>] = []
    for _ in 0...form.visiblePaths.count where form.focus != .submit {
      let before = form.focus
      effects += form.update(.event(.key(.tab)))
      if form.focus == before { return (effects, takeOutcome()) }
    }
    effects += form.update(.event(.key(.enter)))
    return (effects, takeOutcome())
  }

  private mutating func takeOutcome() -> FormOutcome? {
    defer { form.outcome = nil }
    return form.outcome
  }

  /// The form drawn at `size` with `status` on its status bar.
  public func view(status: String, size: Size) -> Screen {
    var shown = form
    shown.status = status
    return shown.view(size: size)
  }
}
