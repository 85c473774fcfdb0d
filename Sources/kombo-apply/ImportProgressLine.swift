import ApplyCore
import Foundation
import TerminalUI
import TextSafety

#if canImport(Glibc)
  import Glibc
#endif

/// An import's progress on stderr: on a terminal, one line redrawn in place (at most ten times a
/// second) with the engine's progress bar; otherwise a line every five seconds.
final class ImportProgressLine {
  private let isTerminal = isatty(STDERR_FILENO) == 1
  private var lastShown: ContinuousClock.Instant?
  private var drawn = false

  /// Shows `progress` if it is time to.
  func show(_ progress: ImportProgress) {
    let now = ContinuousClock.now
    let interval: Duration = isTerminal ? .milliseconds(100) : .seconds(5)
    let isLast = progress.done == progress.total
    if let lastShown, now - lastShown < interval, !isLast { return }
    if lastShown == nil, !isTerminal {
      lastShown = now
      return
    }
    lastShown = now
    let text = Self.text(progress, bar: isTerminal)
    if isTerminal {
      Console.errorInPlace(text)
      drawn = true
    } else {
      Console.error(text)
    }
  }

  /// Ends the line drawn in place.
  func finish() {
    if drawn { Console.error("") }
  }

  /// `[██████░░░░] 60%  300/500 rows · 2 failed · 41.2/s · 0:05 left · 12 MB · 8 in flight`.
  static func text(_ progress: ImportProgress, bar: Bool) -> String {
    let model = ProgressModel(completed: Int64(progress.done), total: Int64(progress.total))
    var parts = ["\(progress.done)/\(progress.total) rows"]
    if progress.failed > 0 { parts.append("\(progress.failed) not created") }
    if progress.rate > 0 { parts.append(String(format: "%.1f/s", progress.rate)) }
    if let left = progress.secondsLeft, progress.done < progress.total {
      parts.append("\(ElapsedTime.format(.seconds(left.rounded(.up)))) left")
    }
    if progress.fileBytes > 0 { parts.append(ByteCount.format(progress.fileBytes) + " of files") }
    parts.append("up to \(progress.concurrency) at once")
    let figures = parts.joined(separator: " · ")
    guard bar else { return "import: \(model.percentText ?? "") \(figures)" }
    return "[\(model.bar(width: 20))] \(model.percentText ?? "")  \(figures)"
  }
}
