import Foundation
import TextSafety

/// One line of an import's summary as every front end shows it: `rejected  2  ATS.JOB_CLOSED 2; not resent`.
public struct ImportSummaryLine: Sendable, Equatable {
  /// What happened to the rows.
  public var label: String
  /// How many rows.
  public var count: Int
  /// What it means or what comes next.
  public var note: String
  /// Whether these rows are not (yet) applications.
  public var isProblem: Bool
}

extension ImportSummary {
  /// The counts worth showing, created first.
  public var lines: [ImportSummaryLine] {
    var lines = [ImportSummaryLine(label: "created", count: created, note: "", isProblem: false)]
    func add(_ label: String, _ count: Int, _ note: String, problem: Bool = true) {
      if count > 0 {
        lines.append(ImportSummaryLine(label: label, count: count, note: note, isProblem: problem))
      }
    }
    add("already created", alreadyCreated, "by an earlier run of this import", problem: false)
    let codes = rejected.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
      .map { "\(Sanitizer.line($0.key, limit: 60)) \($0.value)" }.joined(separator: ", ")
    add("rejected", rejectedCount, codes + "; not resent")
    add("unknown", unknown, "kept in the outbox; looked up on the next run")
    add("retryable", retryable, "kept in the outbox; sent on the next run")
    add("not sent", notSent, "this machine failed; nothing was sent")
    add("invalid", invalid, "they have problems; not sent")
    add("not started", notStarted, "stopped before they were sent")
    return lines
  }

  /// `12.5 s, 80.0 applications/s, 3.1 MB of files; the integration takes 3 at once`.
  public var figures: String {
    var text = String(format: "%.1f s", seconds)
    let sent = created + rejectedCount + retryable + unknown
    if seconds > 0, sent > 0 { text += String(format: ", %.1f applications/s", Double(sent) / seconds) }
    if fileBytes > 0 { text += ", \(ByteCount.format(fileBytes)) of files" }
    if throttles > 0 { text += "; Kombo asked to slow down \(throttles) time\(throttles == 1 ? "" : "s")" }
    if let integrationLimit { text += "; the integration takes \(integrationLimit) at once" }
    return text
  }
}
