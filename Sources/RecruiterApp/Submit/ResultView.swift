import ApplyCore
import Foundation
import KomboAPI
public import TerminalUI
import TextSafety

extension ResultScreen {
  /// The outcome, its facts, warnings and links or the error explained, and the actions.
  public func view(flow: Flow, size: Size) -> Screen {
    var screen = Screen(size: size)
    let area = AppChrome.contentRect(size).inset(top: 1, left: 2, bottom: 3, right: 2)
    var y = area.minY
    func line(_ text: String, _ style: Style = .plain, indent: Int = 0) {
      for part in Sanitizer.clean(text).wrapped(toWidth: area.width - indent) where y < area.maxY {
        screen.put(part, at: Point(x: area.minX + indent, y: y), style: style)
        y += 1
      }
    }
    func fact(_ label: String, _ value: String, _ style: Style = .plain) {
      guard y < area.maxY else { return }
      screen.put(label, at: Point(x: area.minX, y: y), style: Style(.muted))
      let x = area.minX + 16
      for part in Sanitizer.clean(value).wrapped(toWidth: area.width - 16) where y < area.maxY {
        screen.put(part, at: Point(x: x, y: y), style: style)
        y += 1
      }
    }
    let (headline, style) = Self.headline(outcome)
    line(headline, style)
    y += 1
    fact("Candidate", details.candidate)
    fact("Job", details.job)
    fact("Stage", details.stage)
    switch outcome.status {
    case .succeeded(let receipt):
      fact(
        "Application", receipt.applicationID ?? "exists (confirmed by the ATS; no id returned)", Style(.code))
      fact("Candidate id", receipt.candidateID ?? "not returned", Style(.code))
      if let note = receipt.note { fact("Note", note, Style(.warning)) }
      fact("Sent", sentText)
      if !receipt.warnings.isEmpty {
        y += 1
        line("Warnings from \(flow.atsLabel):", Style(.warning, .bold))
        for warning in receipt.warnings { line("⚠ " + warning, Style(.warning), indent: 2) }
      }
      if !details.links.isEmpty {
        for link in details.links { fact("Link", link, Style(.link, .underline)) }
      }
    case .failed(let failure):
      fact("What happened", failure.explanation)
      fact("Kombo says", [failure.code, failure.message].compactMap { $0 }.joined(separator: ": "))
      fact("What to do", failure.nextStep)
      if let log = failure.logURL { fact("Log", log, Style(.link, .underline)) }
      fact(
        "Retrying",
        failure.retryable
          ? "safe: nothing was created; it is kept in the outbox (\(shortID))."
          : "no: the same request would be refused again; see What to do.",
        failure.retryable ? Style(.success) : Style(.warning))
    case .unknown(let reason):
      fact("What happened", "It is not known whether the application was created.")
      fact("Reconciliation", reason)
      if let window = outcome.inFlight {
        fact("Not resent", window.text(timeZone: flow.timeZone) + ": a retry before then only looks it up.")
      }
      fact(
        "Kept",
        "in the outbox as \(shortID); a retry looks the candidate up first and resends only if "
          + "the application is not there.", Style(.info))
    }
    if let retryProblem { line("Retry could not run: " + retryProblem, Style(.error)) }
    drawActions(on: &screen, at: Point(x: area.minX, y: area.maxY + 1), width: area.width)
    AppChrome.drawStatus(on: &screen, text: flow.statusText, right: isRetrying ? "retrying…" : "")
    return screen
  }

  /// `✓ Application created` and its style.
  static func headline(_ outcome: SubmissionOutcome) -> (String, Style) {
    switch outcome.status {
    case .succeeded(let receipt):
      (
        receipt.reconciled ? "✓ Application created (confirmed by looking it up)" : "✓ Application created",
        Style(.success, .bold)
      )
    case .failed(let failure):
      (
        "✗ Not created" + (failure.code.map { ": \($0)" } ?? failure.httpStatus.map { ": HTTP \($0)" } ?? ""),
        Style(.error, .bold)
      )
    case .unknown:
      ("? Outcome unknown: kept in the outbox", Style(.warning, .bold))
    }
  }

  private var shortID: String { String(outcome.submissionID.uuidString.lowercased().prefix(8)) }

  private var sentText: String {
    let bytes = details.bytes.map { ByteCount.format(Int64($0)) + " · " } ?? ""
    return
      "\(bytes)\(outcome.attempts) attempt\(outcome.attempts == 1 ? "" : "s") · \(ElapsedTime.format(details.elapsed))"
  }

  private func drawActions(on screen: inout Screen, at origin: Point, width: Int) {
    var x = origin.x
    var y = origin.y
    for (index, action) in actions.enumerated() {
      let label = "[ \(action.title) ]"
      if x + label.displayWidth > origin.x + width {
        x = origin.x
        y += 1
      }
      let style = index == focused && !isRetrying ? Style(.buttonFocus, .reverse) : Style(.button)
      x = screen.put(label, at: Point(x: x, y: y), style: style) + 1
    }
  }
}
