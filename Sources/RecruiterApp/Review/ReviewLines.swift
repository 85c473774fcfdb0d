import TerminalUI
import TextSafety

/// Builds review rows at a given width: headings, wrapped paragraphs and "label  value" entries.
/// Every text is sanitised here, so remote and typed strings reach the terminal clean.
struct ReviewLines {
  /// The rows so far.
  private(set) var lines: [ReviewLine] = []
  /// The columns rows may use (after the selection marker).
  let width: Int

  /// The width of an entry's label column.
  static let labelWidth = 20

  /// A builder for rows `width` columns wide.
  init(width: Int) {
    self.width = max(10, width)
  }

  /// An empty row.
  mutating func blank() {
    lines.append(ReviewLine(""))
  }

  /// A section heading.
  mutating func heading(_ text: String) {
    if let last = lines.last, !last.text.isEmpty { blank() }
    paragraph(text, Style(.title, .bold))
  }

  /// A sub-heading inside a section.
  mutating func subheading(_ text: String) {
    paragraph(text, Style(.muted, .bold), indent: 2)
  }

  /// Wrapped text; with an action, the first row carries it and the others continue it.
  mutating func paragraph(
    _ text: String, _ style: Style = Style(.text), indent: Int = 0, action: ReviewLine.Action? = nil
  ) {
    let rows = Sanitizer.clean(text, keepNewlines: true).wrapped(toWidth: max(1, width - indent))
    for (offset, row) in (rows.isEmpty ? [""] : rows).enumerated() {
      lines.append(
        ReviewLine(
          row, style, indent: indent, action: offset == 0 ? action : nil,
          continues: offset > 0 && action != nil))
    }
  }

  /// A line of code exactly as it is (indentation and runs of spaces kept), cut by columns, not at
  /// words, into the rows it needs.
  mutating func code(_ text: String, indent: Int) {
    var rest = Substring(Sanitizer.clean(text))
    let columns = max(1, width - indent)
    repeat {
      var head = String(rest.truncated(toWidth: columns, ellipsis: ""))
      if head.isEmpty, let first = rest.first { head = String(first) }
      lines.append(ReviewLine(head, Style(.code), indent: indent))
      rest = rest.dropFirst(head.count)
    } while !rest.isEmpty
  }

  /// `label  value`, the value wrapped in its column (several lines kept); with an action, the first
  /// row carries it.
  mutating func entry(
    _ label: String, _ value: String, indent: Int = 4, style: Style = Style(.text),
    action: ReviewLine.Action? = nil
  ) {
    let column = Self.labelWidth
    let rows = Sanitizer.clean(value, keepNewlines: true).wrapped(toWidth: max(1, width - indent - column))
    for (offset, row) in (rows.isEmpty ? [""] : rows).enumerated() {
      var line = ReviewLine(
        row, style, indent: indent, action: offset == 0 ? action : nil, continues: offset > 0 && action != nil
      )
      line.label = offset == 0 ? Sanitizer.clean(label).truncated(toWidth: column - 2) : ""
      lines.append(line)
    }
  }
}
