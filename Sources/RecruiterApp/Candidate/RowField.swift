import Foundation
import KomboAPI
import TerminalUI
import TextSafety

/// One row of a repeatable list (an extra email address or phone number with its type, a profile
/// link): a text input, a type that ctrl+t cycles, and ctrl+x to remove the row.
struct RowField: Field {
  /// Key (the row's draft path), title, validation.
  var info: FieldInfo
  /// The value as typed.
  private(set) var input: TextInput
  /// The contact type, for email and phone rows.
  private(set) var type: NewCandidate.ContactType?
  /// Set by ctrl+x; the screen removes the row.
  private(set) var removeRequested = false

  init(_ info: FieldInfo, text: String, type: NewCandidate.ContactType?, placeholder: String) {
    self.info = info
    self.type = type
    input = TextInput(info, text: text, placeholder: placeholder)
  }

  /// The text as typed.
  var text: String { input.text }

  var value: FieldValue { input.value }

  var keyHelp: [KeyHelp] {
    (type == nil ? [] : [KeyHelp("ctrl+t", "type")]) + [KeyHelp("ctrl+x", "remove")]
  }

  mutating func handle(_ event: InputEvent) -> FieldResponse {
    switch event {
    case .key(.control("t")) where type != nil:
      let all = NewCandidate.ContactType.allCases
      type = type.flatMap { all.firstIndex(of: $0) }.map { all[($0 + 1) % all.count] }
      return .changed
    case .key(.control("x")):
      removeRequested = true
      return .changed
    default:
      return input.handle(event)
    }
  }

  func height(width: Int, context: FieldContext) -> Int { 1 }

  func render(in canvas: inout Canvas, context: FieldContext) {
    var x = 0
    if let type {
      x = canvas.put(
        "‹" + Self.label(type).padded(toWidth: 8) + "› ", at: .zero,
        style: Style(context.isFocused ? .focus : .muted))
    }
    canvas.withRegion(Rect(x: x, y: 0, width: max(0, canvas.size.width - x), height: 1)) {
      input.render(in: &$0, context: context)
    }
  }

  /// `personal`, `work`, `other`.
  static func label(_ type: NewCandidate.ContactType) -> String { type.rawValue.lowercased() }

  var accessiblePrompt: [String] {
    type == nil ? [] : ["(start with personal:, work: or other: to set the type)"]
  }

  mutating func accept(line: String) -> String? {
    var text = Sanitizer.clean(line).trimmingCharacters(in: .whitespaces)
    if type != nil, let colon = text.firstIndex(of: ":"),
      let typed = NewCandidate.ContactType(rawValue: text[..<colon].uppercased())
    {
      type = typed
      text = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    if !text.isEmpty { input.editor.replace(with: text) }
    return nil
  }
}

/// A focusable "+ Add …" line under a repeatable list (its title is the label); the screen adds a
/// row on Enter. In line mode it takes the new rows' values as typed, one answer each.
struct AddRowButton: Field {
  var info: FieldInfo
  /// The list it adds to (a draft path such as `candidate.social_links`).
  let list: String
  /// Whether the rows have a contact type (email and phone rows; links have none).
  let takesType: Bool
  /// The rows added in line mode, in order: their type (for contacts) and value as typed.
  private(set) var added: [(type: NewCandidate.ContactType?, text: String)] = []

  init(list: String, label: String, takesType: Bool = false) {
    info = FieldInfo(key: list + ".add", title: "+ " + label)
    self.list = list
    self.takesType = takesType
  }

  var value: FieldValue { .none }
  var keyHelp: [KeyHelp] { [KeyHelp("enter", "add")] }

  mutating func handle(_ event: InputEvent) -> FieldResponse { .ignored }
  func height(width: Int, context: FieldContext) -> Int { 0 }
  func render(in canvas: inout Canvas, context: FieldContext) {}

  var accessiblePrompt: [String] {
    let type = takesType ? " (start with personal:, work: or other: to set the type)" : ""
    let count = added.count
    let so = count == 0 ? "" : " \(count) added so far;"
    return ["(type one to add it\(type);\(so) Enter alone goes on)"]
  }

  /// Adds a row with the typed value (an empty line adds nothing).
  mutating func accept(line: String) -> String? {
    var row = RowField(info, text: "", type: takesType ? .personal : nil, placeholder: "")
    _ = row.accept(line: line)
    if !row.text.isEmpty { added.append((row.type, row.text)) }
    return nil
  }
}
