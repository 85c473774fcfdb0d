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
    for line in Console.table(s.lines.map { ["  \($0.label)", "\($0.count)", $0.note] }) { Console.out(line) }
    Console.out("  " + s.figures)
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
