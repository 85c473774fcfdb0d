import Foundation
public import KomboAPI
public import TerminalUI
import TextSafety

/// The details pane of the job under the cursor: facts, warnings and the description, rendered from
/// the ATS's HTML (the safe subset; escape sequences removed). Built when the cursor moves, drawn
/// on every frame.
public struct JobDetailsPane: Sendable {
  /// The job's facts.
  public let facts: JobFacts
  /// The description as rich text.
  let description: RichTextNote?

  /// The pane for `job`.
  public init(_ job: Job) {
    facts = JobFacts(job)
    let html = job.description ?? ""
    description =
      html.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      ? nil : RichTextNote(FieldInfo(key: "job.description", title: ""), html: html)
  }

  /// The pane's lines before the description: each with its style.
  public var headLines: [(text: String, style: Style)] {
    var lines: [(String, Style)] = [(facts.title, Style(.title, .bold))]
    let place = [
      facts.job.jobCode.map { Sanitizer.clean($0) }, facts.job.department.map { Sanitizer.clean($0) },
      facts.locationText,
    ].compactMap { $0 }.filter { !$0.isEmpty }
    if !place.isEmpty { lines.append((place.joined(separator: " · "), Style(.text))) }
    if let work = facts.workText {
      lines.append((work.prefix(1).uppercased() + work.dropFirst(), Style(.text)))
    }
    if let salary = facts.salaryText { lines.append(("Salary " + salary, Style(.text))) }
    lines.append((facts.statusText, Style(.muted)))
    if let reason = facts.notApplicableReason {
      lines.append(("✗ This job is \(reason): it takes no applications.", Style(.error, .bold)))
    }
    for warning in facts.visibilityWarnings { lines.append(("⚠ " + warning, Style(.warning))) }
    lines.append((facts.schemaText, Style(.muted)))
    return lines
  }

  /// Rows the whole pane takes at `width`.
  func height(width: Int) -> Int {
    let head = headLines.reduce(0) { $0 + max(1, $1.text.wrapped(toWidth: width).count) }
    return head
      + (description.map { 1 + $0.height(width: width, context: FieldContext(isFocused: false)) } ?? 0)
  }

  /// Draws the pane in `canvas` (every line wrapped to its width), scrolled down by `offset` rows,
  /// with a mark when more is below.
  func draw(in canvas: inout Canvas, offset: Int) {
    let width = canvas.size.width
    let total = height(width: width)
    canvas.withRegion(Rect(x: 0, y: -offset, width: width, height: total)) { content in
      var y = 0
      for (text, style) in headLines {
        for line in text.wrapped(toWidth: width) {
          content.put(line, at: Point(x: 0, y: y), style: style)
          y += 1
        }
      }
      guard let description else { return }
      content.put(String(repeating: "─", count: width), at: Point(x: 0, y: y), style: Style(.border))
      content.withRegion(Rect(x: 0, y: y + 1, width: width, height: total - y - 1)) {
        description.render(in: &$0, context: FieldContext(isFocused: false))
      }
    }
    if total - offset > canvas.size.height {
      let more = " more: shift+↓ "
      canvas.put(
        more, at: Point(x: max(0, width - more.displayWidth), y: canvas.size.height - 1),
        style: Style(.muted, .reverse))
    }
  }
}
