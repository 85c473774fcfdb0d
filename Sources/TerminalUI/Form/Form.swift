/// Where a field sits in a form: group index and field index within the group.
public struct FormPosition: Hashable, Sendable, Comparable {
  /// Group index.
  public var group: Int
  /// Field index in the group.
  public var field: Int

  /// A path.
  public init(group: Int, field: Int) {
    self.group = group
    self.field = field
  }

  /// Form order.
  public static func < (lhs: FormPosition, rhs: FormPosition) -> Bool {
    (lhs.group, lhs.field) < (rhs.group, rhs.field)
  }
}

/// Where focus is: on a field, or on the Submit button after the last field.
public enum FormFocus: Hashable, Sendable {
  /// A field.
  case field(FormPosition)
  /// The Submit button.
  case submit
}

/// How a form ended, or what it needs its owner to act on.
public enum FormOutcome: Hashable, Sendable {
  /// Submit passed validation; the values of the visible fields.
  case submitted(FormValues)
  /// Back from the first field (Shift-Tab or Esc): the owner shows the previous step.
  case back
  /// The user quit (Ctrl-C, after confirming when something was typed).
  case cancelled
  /// A signal or the end of input: save what there is and exit (no drawing after a hang-up).
  case signal(TerminalSignal)
  /// The owner's dialog was answered.
  case dialogAnswered(id: String, confirmed: Bool)
}

/// A message for a form: a terminal event, or a result of a field's task.
public enum FormMessage: Sendable {
  /// A terminal event.
  case event(InputEvent)
  /// The result of a task started by the field with `key`.
  case fieldResult(key: String, result: (any Sendable)?)
}

/// A form: groups of fields on one scrollable page, with focus navigation, live visibility,
/// validation messages under fields, a contextual help line, a status bar and modal dialogs.
///
/// Navigation: Tab, Enter or ↓ go to the next field (blocked while the field holds something wrong,
/// whose message then shows; an empty required field is passed and caught on submit); Shift-Tab, Esc or ↑ go back and are never blocked; Back from the first field
/// ends with `.back`. Submit validates every visible field and moves focus to the first problem.
/// Ctrl-C asks before discarding typed input; Ctrl-Z suspends.
public struct Form: Sendable {
  /// The title on the top line.
  public var title: String
  /// The groups, in order.
  public var groups: [FieldGroup]
  /// Text on the status bar (the owner's: step, draft saved, sandbox mode…).
  public var status: String = ""
  /// The Submit button's label.
  public var submitLabel: String = "Submit"
  /// Below this size the form shows a "terminal too small" screen instead.
  public var minimumSize = Size(width: 80, height: 24)
  /// How the form ended or what it asks of its owner; the owner clears it after acting.
  public var outcome: FormOutcome?
  /// The dialog showing, if any (an owner may present its own).
  public var dialog: Dialog?

  /// Where focus is.
  public internal(set) var focus: FormFocus = .submit
  /// Validation messages showing, by field key.
  public internal(set) var errors: [String: String] = [:]
  /// First content row showing.
  public internal(set) var scroll = 0
  /// The terminal size last seen.
  public internal(set) var size = Size(width: 80, height: 24)

  /// A form whose focus starts on its first focusable field.
  public init(title: String, groups: [FieldGroup]) {
    self.title = title
    self.groups = groups
    focus = visiblePaths.first { field(at: $0).isFocusable }.map(FormFocus.field) ?? .submit
  }

  /// The field at `path`.
  public func field(at path: FormPosition) -> any Field {
    groups[path.group].fields[path.field]
  }

  /// The path of the field with `key`, if any.
  public func path(of key: String) -> FormPosition? {
    for (groupIndex, group) in groups.enumerated() {
      if let index = group.fields.firstIndex(where: { $0.key == key }) {
        return FormPosition(group: groupIndex, field: index)
      }
    }
    return nil
  }

  /// The field with `key`, if any.
  public subscript(key: String) -> (any Field)? {
    path(of: key).map(field(at:))
  }

  /// The focused field, if focus is on one.
  public var focusedField: (any Field)? {
    if case .field(let path) = focus { return field(at: path) }
    return nil
  }

  /// The paths of visible fields in order. Visibility predicates see the values of the visible
  /// fields before them, so a question hidden by an earlier answer also hides what depends on it.
  public var visiblePaths: [FormPosition] {
    let conditional = groups.contains { group in
      group.visibleWhen != nil || group.fields.contains { $0.info.visibleWhen != nil }
    }
    guard conditional else {
      return groups.indices.flatMap { group in
        groups[group].fields.indices.map { FormPosition(group: group, field: $0) }
      }
    }
    var values = FormValues()
    var paths: [FormPosition] = []
    for (groupIndex, group) in groups.enumerated() {
      if let predicate = group.visibleWhen, !predicate(values) { continue }
      for (index, field) in group.fields.enumerated() {
        if let predicate = field.info.visibleWhen, !predicate(values) { continue }
        paths.append(FormPosition(group: groupIndex, field: index))
        values.byKey[field.key] = field.value
      }
    }
    return paths
  }

  /// The values of the visible fields.
  public var values: FormValues {
    var values = FormValues()
    for path in visiblePaths {
      let field = field(at: path)
      values.byKey[field.key] = field.value
    }
    return values
  }

  /// Whether any visible field holds a value (Ctrl-C then asks before discarding).
  public var hasInput: Bool {
    visiblePaths.contains { !field(at: $0).value.isEmpty }
  }

  /// Shows a dialog; its answer comes back as `.dialogAnswered`.
  public mutating func present(_ dialog: Dialog) {
    self.dialog = dialog
  }

  /// Moves focus to the field with `key` (when visible and focusable) and scrolls to it.
  public mutating func focus(key: String) {
    guard let path = path(of: key), visiblePaths.contains(path), field(at: path).isFocusable else { return }
    focus = .field(path)
    scrollToFocus()
  }

  /// Replaces the field at `path` (an owner filling options that arrived later, for example).
  public mutating func modify(_ path: FormPosition, _ change: (inout any Field) -> Void) {
    change(&groups[path.group].fields[path.field])
    refresh()
  }
}

extension Form {
  /// Applies a message; returns the work to start. Check `outcome` afterwards.
  public mutating func update(_ message: FormMessage) -> [Effect<FormMessage>] {
    switch message {
    case .event(let event):
      return handle(event)
    case .fieldResult(let key, let result):
      guard let path = path(of: key), let result else { return [] }
      return apply(groups[path.group].fields[path.field].receive(result), at: path)
    }
  }

  private mutating func handle(_ event: InputEvent) -> [Effect<FormMessage>] {
    switch event {
    case .resize(let newSize):
      size = newSize
      scrollToFocus()
    case .signal(let signal):
      outcome = .signal(signal)
    case .endOfInput:
      outcome = .signal(.hangup)
    case .resumed:
      break
    case .key(.control("z")):
      return [.suspend]
    case .key(let key) where dialog != nil:
      answerDialog(key)
    case .key(.control("c")):
      if hasInput {
        dialog = .confirm(
          id: Form.discardDialogID, title: "Quit?", message: "Discard what you typed and quit?",
          yes: "Discard", no: "Keep editing")
      } else {
        outcome = .cancelled
      }
    case .key, .paste:
      guard dialog == nil else { return [] }
      guard case .field(let path) = focus else { return submitButton(event) }
      let response = groups[path.group].fields[path.field].handle(event)
      if response.outcome == .ignored, case .key(let key) = event {
        navigate(key)
        return []
      }
      return apply(response, at: path)
    }
    return []
  }

  static let discardDialogID = "form.discard"

  private mutating func answerDialog(_ key: KeyPress) {
    guard var shown = dialog else { return }
    guard let answer = shown.handle(key) else {
      dialog = shown
      return
    }
    dialog = nil
    let confirmed = answer != .no
    if shown.id == Form.discardDialogID {
      if confirmed { outcome = .cancelled }
    } else {
      outcome = .dialogAnswered(id: shown.id, confirmed: confirmed)
    }
  }

  private mutating func submitButton(_ event: InputEvent) -> [Effect<FormMessage>] {
    guard case .key(let key) = event else { return [] }
    switch key {
    case .enter, .character(" "): submit()
    default: navigate(key)
    }
    return []
  }

  private mutating func navigate(_ key: KeyPress) {
    switch key {
    case .tab, .enter, KeyPress(.down): next()
    case .backTab, .escape, KeyPress(.up): previous()
    default: break
    }
  }

  private mutating func apply(_ response: FieldResponse, at path: FormPosition) -> [Effect<FormMessage>] {
    let key = field(at: path).key
    switch response.outcome {
    case .changed: refresh()
    case .next: next()
    case .answered:
      refresh()
      next()
      if focus == .submit { submit() }
    case .previous: previous()
    case .ignored, .consumed: break
    }
    return response.tasks.map { $0.effect(forField: key) }
  }

  /// Re-checks shown messages and visibility after a value changed.
  mutating func refresh() {
    for (key, _) in errors {
      if let path = path(of: key) { errors[key] = field(at: path).problem } else { errors[key] = nil }
    }
    let visible = visiblePaths
    if case .field(let path) = focus, !visible.contains(path) {
      focus = visible.first { $0 > path && field(at: $0).isFocusable }.map(FormFocus.field) ?? .submit
    }
    scrollToFocus()
  }

  /// Moves to the next field unless the focused one has a problem (then its message shows). An empty
  /// field is "not yet", not wrong: Tab passes it (a caller may give the email before the name), and
  /// submitting is what insists on required fields.
  mutating func next() {
    guard case .field(let path) = focus else { return }
    let current = field(at: path)
    if let problem = current.problem, !(current.value.isEmpty && current.inputProblem == nil) {
      errors[current.key] = problem
      scrollToFocus()
      return
    }
    errors[current.key] = nil
    focus = visiblePaths.first { $0 > path && field(at: $0).isFocusable }.map(FormFocus.field) ?? .submit
    scrollToFocus()
  }

  /// Moves to the previous field; never blocked. From the first field the form ends with `.back`.
  mutating func previous() {
    let focusable = visiblePaths.filter { field(at: $0).isFocusable }
    let earlier: FormPosition? =
      switch focus {
      case .submit: focusable.last
      case .field(let path): focusable.last { $0 < path }
      }
    guard let earlier else {
      outcome = .back
      return
    }
    focus = .field(earlier)
    scrollToFocus()
  }

  /// Validates every visible field; on success ends with `.submitted`, otherwise shows every message
  /// and moves focus to the first problem.
  mutating func submit() {
    var firstProblem: FormPosition?
    for path in visiblePaths {
      let field = field(at: path)
      errors[field.key] = field.problem
      if field.problem != nil && firstProblem == nil { firstProblem = path }
    }
    if let firstProblem {
      focus = .field(firstProblem)
      scrollToFocus()
    } else {
      outcome = .submitted(values)
    }
  }

  /// Scrolls the least needed to show the whole focused item (its top when it is taller than the view).
  mutating func scrollToFocus() {
    let layout = FormLayout(self, size: size)
    guard let item = layout.items.first(where: { $0.focus == focus }) else {
      scroll = min(scroll, max(0, layout.contentHeight - layout.viewport.height))
      return
    }
    let top = item.groupTop ?? item.top
    let viewport = layout.viewport.height
    if item.top + item.height > scroll + viewport { scroll = item.top + item.height - viewport }
    if top < scroll || item.height > viewport { scroll = item.height > viewport ? item.top : top }
    scroll = max(0, min(scroll, max(0, layout.contentHeight - viewport)))
  }
}
