public import ApplyCore
import Foundation
public import TerminalUI
import TextSafety

/// An import's progress as one line, the same in the terminal UI and on the command line:
/// `300/500 rows · 2 not created · 41.2/s · 0:05 left · 12 MB of files · up to 8 at once`.
public enum ImportProgressText {
  /// The figures after the bar.
  public static func figures(_ progress: ImportProgress) -> String {
    var parts = ["\(progress.done)/\(progress.total) rows"]
    if progress.failed > 0 { parts.append("\(progress.failed) not created") }
    if progress.rate > 0 { parts.append(String(format: "%.1f/s", progress.rate)) }
    if let left = progress.secondsLeft, progress.done < progress.total {
      parts.append("\(ElapsedTime.format(.seconds(left.rounded(.up)))) left")
    }
    if progress.fileBytes > 0 { parts.append(ByteCount.format(progress.fileBytes) + " of files") }
    parts.append("up to \(progress.concurrency) at once")
    return parts.joined(separator: " · ")
  }

  /// The progress as the engine's bar model.
  public static func model(_ progress: ImportProgress) -> ProgressModel {
    ProgressModel(completed: Int64(progress.done), total: Int64(progress.total))
  }

  /// `[██████░░░░] 60%  figures`, or without the bar `import: 60% figures` (a log line).
  public static func line(_ progress: ImportProgress, bar: Bool) -> String {
    let model = model(progress)
    guard bar else { return "import: \(model.percentText ?? "") \(figures(progress))" }
    return "[\(model.bar(width: 20))] \(model.percentText ?? "")  \(figures(progress))"
  }
}
