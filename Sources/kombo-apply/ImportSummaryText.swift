import ApplyCore
import ArgumentParser
import Foundation
import TextSafety

/// An import's summary for people (stdout) or as JSON, and its exit status.
struct ImportSummaryText {
  let summary: ImportSummary
  let file: String
  let jobName: String

  /// 75 when a rerun may still create rows; 1 when some were refused or skipped; else 0.
  var exitCode: ExitCode {
    if summary.needsRerun { return ExitStatus.keptInOutbox }
    if summary.rejectedCount + summary.invalid > 0 { return ExitStatus.rejected }
    return .success
  }

  /// Prints the summary.
  func printForPeople() {
    let s = summary
    Console.out(
      "Import \(s.importID) of \(Sanitizer.line(file, limit: 120)) into \(Sanitizer.line(jobName, limit: 80)): "
        + "\(s.rows) row\(s.rows == 1 ? "" : "s")")
    var lines: [[String]] = [["  created", "\(s.created)", ""]]
    if s.alreadyCreated > 0 {
      lines.append(["  already created", "\(s.alreadyCreated)", "by an earlier run of this import"])
    }
    if s.rejectedCount > 0 {
      let codes = s.rejected.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        .map { "\(Sanitizer.line($0.key, limit: 60)) \($0.value)" }.joined(separator: ", ")
      lines.append(["  rejected", "\(s.rejectedCount)", codes + "; not resent"])
    }
    if s.unknown > 0 {
      lines.append(["  unknown", "\(s.unknown)", "kept in the outbox; looked up on the next run"])
    }
    if s.retryable > 0 {
      lines.append(["  retryable", "\(s.retryable)", "kept in the outbox; sent on the next run"])
    }
    if s.notSent > 0 {
      lines.append(["  not sent", "\(s.notSent)", "this machine failed; nothing was sent"])
    }
    if s.invalid > 0 { lines.append(["  invalid", "\(s.invalid)", "skipped (--skip-invalid)"]) }
    if s.notStarted > 0 {
      lines.append(["  not started", "\(s.notStarted)", "stopped before they were sent"])
    }
    for line in Console.table(lines) { Console.out(line) }
    var figures = String(format: "  %.1f s", s.seconds)
    let sent = s.created + s.rejectedCount + s.retryable + s.unknown
    if s.seconds > 0, sent > 0 {
      figures += String(format: ", %.1f applications/s", Double(sent) / s.seconds)
    }
    if s.fileBytes > 0 { figures += ", \(ByteCount.format(s.fileBytes)) of files" }
    if s.throttles > 0 {
      figures += "; Kombo asked to slow down \(s.throttles) time\(s.throttles == 1 ? "" : "s")"
    }
    if let limit = s.integrationLimit { figures += "; the integration takes \(limit) at once" }
    Console.out(figures)
    if let fileError = s.fileError { Console.error("kombo-apply: \(fileError.description)") }
    if s.needsRerun {
      Console.error(
        "Run the same command again to finish: rows already created are skipped, unclear ones are looked up "
          + "before any resend, and only the rest is sent.")
    }
  }

  /// The summary as one JSON object.
  var json: [String: Any] {
    let s = summary
    var object: [String: Any] = [
      "import_id": s.importID, "rows": s.rows, "created": s.created, "already_created": s.alreadyCreated,
      "rejected": s.rejectedCount, "rejected_by_code": s.rejected, "unknown": s.unknown,
      "retryable": s.retryable, "invalid": s.invalid, "not_sent": s.notSent, "not_started": s.notStarted,
      "stopped": s.stopped, "seconds": s.seconds, "file_bytes": s.fileBytes, "throttles": s.throttles,
    ]
    object["integration_concurrency_limit"] = s.integrationLimit.map { $0 as Any } ?? NSNull()
    if let fileError = s.fileError { object["file_error"] = fileError.description }
    return object
  }
}
