import TerminalUI

/// Asks a form's fields as line prompts through `AccessibleRunner`, one field at a time, so the
/// caller can write each answer to the draft (and autosave it) before the next question, and can
/// re-ask single fields after a review. "+ Add …" lines are asked until Enter alone, one row per answer.
enum FormLines {
  /// Asks the visible fields of `form` in order (only those in `keys`, when given), calling `answered`
  /// with the form and the answered field's key after each. Visibility is re-evaluated after every
  /// answer, as in the full-screen form. Returns false at the end of input.
  static func ask<IO: LineIO>(
    _ form: inout Form, _ prompter: inout LinePrompter<IO>, only keys: Set<String>? = nil,
    answered: (Form, String, inout LinePrompter<IO>) -> Void
  ) -> Bool {
    var last: FormPosition?
    var lastGroup: Int?
    var title: String? = form.title
    var again: FormPosition?
    while let path = again
      ?? form.visiblePaths.first(where: { candidate in
        (last.map { candidate > $0 } ?? true) && (keys?.contains(form.field(at: candidate).key) ?? true)
      })
    {
      last = path
      again = nil
      let original = form.field(at: path)
      var alone = original
      alone.info.visibleWhen = nil
      if let now = describe(original.value) {
        alone.info.description = [original.info.description, "Now: \(now) (Enter keeps it)"]
          .compactMap { $0 }.joined(separator: "\n")
      }
      let group = form.groups[path.group]
      let newGroup = path.group != lastGroup
      lastGroup = path.group
      var single = Form(
        title: title ?? "",
        groups: [
          FieldGroup(
            title: newGroup ? group.title : nil, description: newGroup ? group.description : nil,
            fields: [alone])
        ])
      title = nil
      guard case .submitted = AccessibleRunner.run(&single, io: &prompter) else { return false }
      var answer = single.field(at: FormPosition(group: 0, field: 0))
      answer.info.visibleWhen = original.info.visibleWhen
      form.modify(path) { $0 = answer }
      answered(form, answer.key, &prompter)
      // "+ Add …" is asked again after each row it added, until Enter alone.
      if let button = answer as? AddRowButton,
        button.added.count > (original as? AddRowButton)?.added.count ?? 0
      {
        again = path
      }
    }
    return true
  }

  /// A value as said before re-asking a field that has one; nil for none.
  static func describe(_ value: FieldValue) -> String? {
    switch value {
    case .none: nil
    case .text(let text): text.allSatisfy(\.isWhitespace) ? nil : text
    case .bool(let flag): flag ? "yes" : "no"
    case .number(let number):
      number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    case .date(let date): date.description
    case .choice(let choice): choice.isEmpty ? nil : choice
    case .choices(let choices), .files(let choices): choices.isEmpty ? nil : choices.joined(separator: ", ")
    }
  }
}
