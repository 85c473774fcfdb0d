import ApplyCore
import Foundation
public import TerminalUI
import TextSafety

extension SubmittingScreen {
  /// The steps done so far, the one in progress with its spinner, attempt and elapsed time, or the
  /// problems that stopped it.
  public func view(flow: Flow, size: Size) -> Screen {
    var screen = Screen(size: size)
    let area = AppChrome.contentRect(size).inset(top: 1, left: 2, right: 2)
    var lines: [(String, Style)] = [("Submitting to \(flow.atsLabel)", Style(.title, .bold)), ("", .plain)]
    switch phase {
    case .preparing:
      lines.append(("\(spinner.frame) Checking the draft and building the request…", Style(.info)))
    case .sending(let progress):
      lines.append(("✓ Checked: no problems", Style(.success)))
      if let body {
        let files = body.files == 0 ? "" : ", \(body.files) file\(body.files == 1 ? "" : "s") embedded"
        lines.append(("✓ Built the request: \(ByteCount.format(Int64(body.bytes)))\(files)", Style(.success)))
      }
      lines += sendingLines(progress, flow: flow)
    case .invalid(let report):
      lines.append(
        (
          "✗ Not sent: \(report.errors.count) problem\(report.errors.count == 1 ? "" : "s") to fix",
          Style(.error, .bold)
        ))
      for issue in report.errors.prefix(max(1, area.height - 6)) {
        lines.append(("  • \(issue.message)", Style(.error)))
      }
      lines.append(("", .plain))
      lines.append(("Enter goes to the first problem; nothing was sent.", Style(.muted)))
    case .failed(let reason):
      lines.append(("✗ Not sent: \(reason)", Style(.error, .bold)))
      lines.append(("Nothing was sent. Esc goes back.", Style(.muted)))
    }
    var y = area.minY
    for (text, style) in lines {
      for line in Sanitizer.clean(text).wrapped(toWidth: area.width) where y < area.maxY {
        screen.put(line, at: Point(x: area.minX, y: y), style: style)
        y += 1
      }
      if text.isEmpty { y += 1 }
    }
    AppChrome.drawStatus(
      on: &screen, text: flow.statusText, right: startedAt == nil ? "" : spinner.elapsedText)
    return screen
  }

  private func sendingLines(_ progress: SubmissionProgress?, flow: Flow) -> [(String, Style)] {
    let sending = "\(spinner.frame) Sending to \(flow.atsLabel)"
    let elapsed = " · \(spinner.elapsedText)"
    switch progress {
    case nil:
      return [("\(sending)…\(elapsed)", Style(.info))]
    case .recorded:
      return [
        ("✓ Recorded in the outbox: a crash or a lost connection cannot lose it", Style(.success)),
        ("\(sending)…\(elapsed)", Style(.info)),
      ]
    case .sending(let attempt):
      return [
        ("✓ Recorded in the outbox: a crash or a lost connection cannot lose it", Style(.success)),
        ("\(sending), attempt \(attempt)…\(elapsed)", Style(.info)),
      ]
    case .waiting(let wait, let reason):
      return [
        ("✓ Recorded in the outbox", Style(.success)),
        (
          "\(spinner.frame) Waiting \(ElapsedTime.format(wait)) before trying again (\(reason))\(elapsed)",
          Style(.warning)
        ),
      ]
    case .reconciling:
      return [
        ("✓ Recorded in the outbox", Style(.success)),
        (
          "\(spinner.frame) The answer was unclear: looking the candidate up before any resend\(elapsed)",
          Style(.warning)
        ),
      ]
    }
  }
}
