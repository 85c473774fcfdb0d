import TextSafety

/// Asks a form as plain sequential line prompts, for screen readers and terminals that cannot run
/// full screen (`--accessible`, `TERM=dumb`, no cursor addressing).
///
/// Each visible field is asked in order with its title, description and the field's own hints
/// (numbered options, y/n…). An answer the field rejects, or one that fails validation, is explained
/// and asked again. Visibility is re-evaluated after each answer, so conditional questions appear
/// as in the full-screen form. Nothing written contains an escape sequence.
public enum AccessibleRunner {
  /// Runs `form` on `io`; returns `.submitted` with the values, or `.cancelled` at the end of input.
  public static func run(_ form: inout Form, io: inout some LineIO) -> FormOutcome {
    var output = Output(io: io)
    defer { io = output.io }
    output.line(form.title)
    output.line(String(repeating: "=", count: min(60, Sanitizer.clean(form.title).count)))
    var last: FormPosition?
    var lastGroup: Int?
    while let path = form.visiblePaths.first(where: { candidate in last.map { candidate > $0 } ?? true }) {
      last = path
      if path.group != lastGroup {
        lastGroup = path.group
        let group = form.groups[path.group]
        if group.title != nil || group.description != nil { output.line("") }
        if let title = group.title { output.line("## " + title) }
        if let description = group.description { output.line(description) }
      }
      guard ask(path, in: &form, output: &output) else {
        form.outcome = .cancelled
        return .cancelled
      }
    }
    let values = form.values
    form.outcome = .submitted(values)
    return .submitted(values)
  }

  /// Asks one field until it is answered; false at the end of input.
  private static func ask<IO: LineIO>(_ path: FormPosition, in form: inout Form, output: inout Output<IO>)
    -> Bool
  {
    let field = form.field(at: path)
    output.line("")
    output.line(field.info.title + (field.info.isRequired ? " (required)" : ""))
    if let description = field.info.description { output.line(description) }
    for line in field.accessiblePrompt { output.line(line) }
    guard field.isFocusable else { return true }
    while true {
      output.write("> ")
      guard var line = output.io.readLine() else { return false }
      // A multi-line text takes lines up to an empty one (an empty first line keeps the text).
      if field is TextAreaField && !line.isEmpty {
        while let more = output.io.readLine(), !more.isEmpty { line += "\n" + more }
      }
      if let message = form.groups[path.group].fields[path.field].accept(line: line) {
        output.line("! " + message)
        continue
      }
      if let problem = form.field(at: path).problem {
        output.line("! " + problem)
        continue
      }
      return true
    }
  }

  /// Sanitising writer.
  private struct Output<IO: LineIO> {
    var io: IO

    mutating func write(_ text: String) {
      io.write(Sanitizer.clean(text, keepNewlines: true))
    }

    mutating func line(_ text: String) {
      write(text)
      io.write("\n")
    }
  }
}
