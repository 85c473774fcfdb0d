import ApplyCore
import Foundation
import RecruiterApp

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
    let text = ImportProgressText.line(progress, bar: isTerminal)
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
}
