/// One key and what it does, for the help line (`tab next • ctrl+c quit`).
public struct KeyHelp: Hashable, Sendable {
  /// The key or keys as shown, e.g. `ctrl+e` or `↑/↓`.
  public var keys: String
  /// What it does, e.g. `next`.
  public var action: String

  /// A help entry.
  public init(_ keys: String, _ action: String) {
    self.keys = keys
    self.action = action
  }
}

/// Asynchronous work a field asks for (listing a directory, filtering a long list). What it sends comes
/// back to the same field through `Field.receive(_:)`, one result at a time, while the work runs.
public struct FieldTask: Sendable {
  /// Starting a task with the id of an unfinished one of the same field cancels the older one.
  public var id: String?
  /// The work; each result it sends is handed to `receive`.
  public var work: @Sendable (Send<any Sendable>) async -> Void

  /// A task with one result (nil: nothing to hand back).
  public init(id: String? = nil, work: @escaping @Sendable () async -> (any Sendable)?) {
    self.id = id
    self.work = { send in
      if let result = await work() { send(result) }
    }
  }

  /// A task that sends results as they come (a directory listing, chunk by chunk).
  public static func stream(id: String? = nil, _ work: @escaping @Sendable (Send<any Sendable>) async -> Void)
    -> FieldTask
  {
    FieldTask(id: id, streaming: work)
  }

  private init(id: String?, streaming work: @escaping @Sendable (Send<any Sendable>) async -> Void) {
    self.id = id
    self.work = work
  }

  /// The task as the form's work for the field with `key`: its results come back as `fieldResult`
  /// messages; a newer task with the same id (of the same field) or the form's owner cancels it.
  public func effect(forField key: String) -> Effect<FormMessage> {
    let work = work
    return .stream(id: id.map { "field:\(key):\($0)" }) { send in
      await work(Send { send(.fieldResult(key: key, result: $0)) })
    }
  }
}

/// What a field did with an event.
public struct FieldResponse: Sendable {
  /// The kinds of response.
  public enum Outcome: Sendable, Equatable {
    /// Not for this field: the form may use it (Tab, Enter, arrows for focus).
    case ignored
    /// Handled; the value did not change (cursor moved, popup opened).
    case consumed
    /// Handled and the value changed (validation and visibility are re-evaluated).
    case changed
    /// The field is done and asks to move on (subject to validation, like Tab).
    case next
    /// The value changed and that answers the field (a y/n, a dropdown's choice): re-checked, then
    /// moved on from like `next`.
    case answered
    /// The field asks to move back (never blocked).
    case previous
  }

  /// What happened.
  public var outcome: Outcome
  /// Work to start.
  public var tasks: [FieldTask]

  /// A response.
  public init(_ outcome: Outcome, tasks: [FieldTask] = []) {
    self.outcome = outcome
    self.tasks = tasks
  }

  /// Not handled.
  public static let ignored = FieldResponse(.ignored)
  /// Handled, value unchanged.
  public static let consumed = FieldResponse(.consumed)
  /// Handled, value changed.
  public static let changed = FieldResponse(.changed)
  /// Move to the next field.
  public static let next = FieldResponse(.next)
  /// Value changed and answered: move on.
  public static let answered = FieldResponse(.answered)
  /// Move to the previous field.
  public static let previous = FieldResponse(.previous)

  /// This response, also starting `task`.
  public func starting(_ task: FieldTask) -> FieldResponse {
    FieldResponse(outcome, tasks: tasks + [task])
  }
}

/// How a field is being drawn.
public struct FieldContext: Hashable, Sendable {
  /// Whether the field has focus (show the cursor, open lists, key hints).
  public var isFocused: Bool
  /// Whether a validation message is showing under the field.
  public var hasError: Bool

  /// A context.
  public init(isFocused: Bool, hasError: Bool = false) {
    self.isFocused = isFocused
    self.hasError = hasError
  }
}

/// A form field: a widget that holds a value, handles input, draws itself and can be asked in the
/// accessible line mode.
///
/// The form draws the title, description, focus bar and validation message from `info`; the field
/// draws only its body. Implementations are value types; the form owns them.
public protocol Field: Sendable {
  /// Key, title, description, required flag, validators and visibility.
  var info: FieldInfo { get set }
  /// The current value.
  var value: FieldValue { get }
  /// A problem the value alone cannot show, e.g. typed text that is not a date yet. Default: none.
  var inputProblem: String? { get }
  /// Whether focus can land here (false for notes and headings). Default: true.
  var isFocusable: Bool { get }
  /// Keys this field handles, for the help line while it has focus. Default: none.
  var keyHelp: [KeyHelp] { get }

  /// Handles an event while focused.
  mutating func handle(_ event: InputEvent) -> FieldResponse
  /// Receives the result of one of this field's tasks. Default: ignores it.
  mutating func receive(_ result: any Sendable) -> FieldResponse

  /// Rows the body needs at `width` columns.
  func height(width: Int, context: FieldContext) -> Int
  /// Draws the body; the canvas is `width` × `height(width:context:)`. Set the cursor if it shows.
  func render(in canvas: inout Canvas, context: FieldContext)
  /// Draws a popup (dropdown, calendar) over the whole screen, next to the body's screen rectangle
  /// `anchor`. Called last, only for the focused field. Default: nothing.
  func renderOverlay(in canvas: inout Canvas, anchor: Rect)

  /// Lines printed before the question in the accessible line mode (options, format hints). Default: none.
  var accessiblePrompt: [String] { get }
  /// Takes a typed line in the accessible line mode. Returns nil when accepted, or a message to show
  /// before asking again.
  mutating func accept(line: String) -> String?
}

extension Field {
  /// No input problem by default.
  public var inputProblem: String? { nil }
  /// Focusable by default.
  public var isFocusable: Bool { true }
  /// No extra keys by default.
  public var keyHelp: [KeyHelp] { [] }
  /// Ignores task results by default.
  public mutating func receive(_ result: any Sendable) -> FieldResponse { .ignored }
  /// No popup by default.
  public func renderOverlay(in canvas: inout Canvas, anchor: Rect) {}
  /// No extra lines by default.
  public var accessiblePrompt: [String] { [] }

  /// The field's key.
  public var key: String { info.key }
  /// The first problem: the input's own, else required/validators on the value.
  public var problem: String? { inputProblem ?? info.problem(with: value) }
  /// Whether the field has a problem (what `problem` says), without building the message.
  public var hasProblem: Bool { inputProblem != nil || info.hasProblem(with: value) }
}

/// Fields shown together under an optional title and description.
public struct FieldGroup: Sendable {
  /// Title shown above the group.
  public var title: String?
  /// Description under the title, wrapped.
  public var description: String?
  /// The fields, in order.
  public var fields: [any Field]
  /// When set, the whole group shows only while this holds for the form's values.
  public var visibleWhen: (@Sendable (FormValues) -> Bool)?

  /// A group.
  public init(
    title: String? = nil, description: String? = nil, fields: [any Field],
    visibleWhen: (@Sendable (FormValues) -> Bool)? = nil
  ) {
    self.title = title
    self.description = description
    self.fields = fields
    self.visibleWhen = visibleWhen
  }
}
