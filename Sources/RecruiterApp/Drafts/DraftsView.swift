import ApplyCore
import Foundation
public import TerminalUI
import TextSafety

extension DraftsScreen {
  /// The prompt or the list, the dialog on top, and the status bar.
  public func view(flow: Flow, size: Size) -> Screen {
    var screen = Screen(size: size)
    let area = AppChrome.contentRect(size).inset(top: 1, left: 2, bottom: 0, right: 2)
    switch mode {
    case .prompt: drawPrompt(on: &screen, area: area, flow: flow)
    case .list: drawList(on: &screen, area: area, flow: flow)
    }
    if let problem {
      screen.put(
        problem.truncated(toWidth: area.width), at: Point(x: area.minX, y: area.maxY - 1),
        style: Style(.error, .bold), clip: area)
    }
    let right = opening != nil ? "opening draft…" : isLoading ? "reading drafts…" : ""
    AppChrome.drawStatus(on: &screen, text: flow.statusText, right: right)
    if let dialog {
      screen.cursor = nil
      dialog.draw(on: &screen)
    }
    return screen
  }

  private func drawPrompt(on screen: inout Screen, area: Rect, flow: Flow) {
    guard let newest = drafts.first else { return }
    var y = area.minY
    screen.put("Welcome back", at: Point(x: area.minX, y: y), style: Style(.title, .bold), clip: area)
    y += 2
    let when = ClockTime.stamp(newest.summary.updatedAt, now: flow.now, in: flow.timeZone)
    let question = "Resume draft from \(when) (\(newest.candidateLabel), \(newest.jobLabel))?"
    for line in Sanitizer.clean(question).wrapped(toWidth: area.width) {
      screen.put(line, at: Point(x: area.minX, y: y), style: Style(.text, .bold), clip: area)
      y += 1
    }
    y += 1
    for (label, value) in Self.facts(of: newest, flow: flow) {
      screen.put(label, at: Point(x: area.minX + 2, y: y), style: Style(.muted), clip: area)
      screen.put(
        Sanitizer.clean(value).truncated(toWidth: area.width - 16), at: Point(x: area.minX + 16, y: y),
        clip: area)
      y += 1
    }
    if let warning = Self.warning(for: newest, flow: flow) {
      y += 1
      for line in warning.wrapped(toWidth: area.width) {
        screen.put(line, at: Point(x: area.minX, y: y), style: Style(.warning, .bold), clip: area)
        y += 1
      }
    }
    y += 1
    let resume = newest.isOpenElsewhere ? "Open a copy" : "Resume"
    let labels = [resume, "New application", "All drafts (\(drafts.count))"]
    ButtonRow.draw(
      labels, focused: dialog == nil ? button : nil, on: &screen, at: Point(x: area.minX, y: y), clip: area)
    y += 2
    if drafts.count > 1 {
      screen.put(
        "\(drafts.count - 1) older draft\(drafts.count == 2 ? "" : "s") in the list (a).",
        at: Point(x: area.minX, y: y), style: Style(.muted), clip: area)
      y += 1
    }
    if outboxCount > 0 {
      let noun = outboxCount == 1 ? "submission is" : "submissions are"
      screen.put(
        "\(outboxCount) \(noun) waiting in the outbox: press f3 on the job list to see them.",
        at: Point(x: area.minX, y: y), style: Style(.warning), clip: area)
    }
  }

  private func drawList(on screen: inout Screen, area: Rect, flow: Flow) {
    let title = isLoading && drafts.isEmpty ? "Drafts" : "Drafts (\(drafts.count))"
    screen.put(title, at: area.origin, style: Style(.title, .bold), clip: area)
    guard !drafts.isEmpty else {
      if !isLoading {
        screen.put(
          "No saved drafts. Drafts are saved as you type and removed once submitted.",
          at: Point(x: area.minX, y: area.minY + 2), style: Style(.muted), clip: area)
      }
      return
    }
    let tableRect = Rect(
      x: area.minX - 2, y: area.minY + 2, width: area.width + 2, height: Self.tableHeight(flow.size) + 1)
    let columns = [
      RecordTable.Column("SAVED", width: 13), RecordTable.Column("CANDIDATE", width: 20),
      RecordTable.Column("JOB"),
      RecordTable.Column("STATE", width: 16),
    ]
    let rows = drafts.map { listing in
      [
        RecordTable.Cell(
          ClockTime.stamp(listing.summary.updatedAt, now: flow.now, in: flow.timeZone), .muted),
        RecordTable.Cell(listing.candidateLabel),
        RecordTable.Cell(listing.jobLabel),
        Self.state(of: listing, flow: flow),
      ]
    }
    table.draw(on: &screen, in: tableRect, columns: columns, rows: rows, focused: dialog == nil)
    guard let selected else { return }
    var y = tableRect.maxY + 1
    for (label, value) in Self.facts(of: selected, flow: flow) where y < area.maxY - 1 {
      screen.put(label, at: Point(x: area.minX, y: y), style: Style(.muted), clip: area)
      screen.put(
        Sanitizer.clean(value).truncated(toWidth: area.width - 14), at: Point(x: area.minX + 14, y: y),
        clip: area)
      y += 1
    }
  }

  /// The label/value lines describing a draft (the candidate's name and email are the user's own input).
  static func facts(of listing: DraftListing, flow: Flow) -> [(String, String)] {
    var lines: [(String, String)] = []
    let email = listing.saved?.draft.candidate.emailAddress.trimmingCharacters(in: .whitespaces) ?? ""
    lines.append(("Candidate", listing.candidateLabel + (email.isEmpty ? "" : " · " + email)))
    lines.append(("Job", listing.jobLabel + (listing.summary.jobReference.map { " (\($0))" } ?? "")))
    if let step = listing.saved?.step {
      lines.append(("Stopped at", stepText(step, focus: listing.saved?.focus)))
    }
    lines.append(("Saved", ClockTime.dateTime(listing.summary.updatedAt, in: flow.timeZone)))
    return lines
  }

  /// `Candidate › email address` for a step and the field focused there.
  static func stepText(_ step: String, focus: String?) -> String {
    let title = step.prefix(1).uppercased() + step.dropFirst()
    guard let focus, let last = focus.split(whereSeparator: { $0 == "." }).last else { return title }
    return title + " › " + last.replacingOccurrences(of: "_", with: " ")
  }

  /// Why resuming a draft needs care, if it does.
  static func warning(for listing: DraftListing, flow: Flow) -> String? {
    if case .other(let pid) = listing.holder {
      return "This draft is open in another kombo-apply" + (pid.map { " (pid \($0), still running)" } ?? "")
        + ". Resuming opens a copy, so neither overwrites the other."
    }
    if let problem = listing.problem { return "This draft \(problem)." }
    if let made = listing.saved?.integrationID, let current = flow.backend.integrationID, made != current {
      return "This draft was made for integration \(made), not \(current): its job may not exist here."
    }
    return nil
  }

  /// The state column: in use elsewhere, unreadable, another integration, or the step reached.
  static func state(of listing: DraftListing, flow: Flow) -> RecordTable.Cell {
    if listing.id == flow.draftID { return RecordTable.Cell("editing now", .info) }
    if case .other(let pid) = listing.holder {
      return RecordTable.Cell(pid.map { "in use (pid \($0))" } ?? "in use elsewhere", .warning)
    }
    if listing.problem != nil { return RecordTable.Cell("unreadable", .error) }
    if let made = listing.saved?.integrationID, let current = flow.backend.integrationID, made != current {
      return RecordTable.Cell("other integration", .warning)
    }
    return RecordTable.Cell(listing.saved?.step.map { stepText($0, focus: nil) } ?? "", .muted)
  }
}
