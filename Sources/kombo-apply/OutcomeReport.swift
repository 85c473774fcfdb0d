import ApplyCore
import ArgumentParser
import Foundation
import TextSafety

/// Shows a `SubmissionOutcome`: lines for people (result on stdout, problems on stderr) or one JSON
/// object on stdout; and the exit status that goes with it.
struct OutcomeReport {
  let outcome: SubmissionOutcome
  let jobName: String?

  /// 0 created, 1 rejected, 75 kept in the outbox.
  var exitCode: ExitCode {
    switch outcome.status {
    case .succeeded: .success
    case .failed(let failure): failure.retryable ? ExitStatus.keptInOutbox : ExitStatus.rejected
    case .unknown: ExitStatus.keptInOutbox
    }
  }

  /// Prints the outcome for people.
  func printForPeople() {
    let id = outcome.submissionID.uuidString.lowercased()
    switch outcome.status {
    case .succeeded(let receipt):
      Console.out(
        "Application created"
          + (receipt.applicationID.map { ": \(Sanitizer.line($0))" } ?? " (Kombo did not return its id)"))
      if let candidate = receipt.candidateID { Console.out("  candidate \(Sanitizer.line(candidate))") }
      Console.out("  job \(Sanitizer.line(jobName ?? outcome.jobID, limit: 80))")
      if receipt.reconciled { Console.out("  \(outcome.explanation)") }
      if let note = receipt.note { Console.out("  \(Sanitizer.line(note, limit: 500))") }
      for warning in receipt.warnings { Console.out("  warning from Kombo: \(Sanitizer.line(warning))") }
      Console.out("  submission \(id)")
    case .failed(let failure):
      let code =
        failure.code.map { Sanitizer.line($0, limit: 80) } ?? failure.httpStatus.map { "HTTP \($0)" }
        ?? "network error"
      let status = failure.httpStatus.map { " (HTTP \($0))" } ?? ""
      Console.error("Not created: \(code)\(failure.code == nil ? "" : status)")
      Console.error("  \(failure.explanation)")
      if failure.code != nil {
        Console.error("  Kombo said: \(Sanitizer.line(failure.message, limit: 500))")
      }
      if let log = failure.logURL { Console.error("  Log: \(Sanitizer.line(log))") }
      Console.error("  \(failure.nextStep)")
      if failure.retryable {
        Console.error("  Kept in the outbox. Retry with: kombo-apply outbox retry \(id)")
      } else {
        Console.error("  Sending the same request again would be refused the same way. Submission \(id)")
      }
    case .unknown:
      Console.error("Outcome unknown: \(outcome.explanation)")
      Console.error("  Kept in the outbox as \(id).")
      if let window = outcome.inFlight {
        Console.error("  Not resent: \(window.text()).")
        Console.error("  Check again with: kombo-apply outbox retry \(id)")
        Console.error(
          "  (before \(window.safeClock()) it only looks the application up; after that it resends if the "
            + "lookup still finds nothing)")
      } else {
        Console.error("  Retry with: kombo-apply outbox retry \(id)")
        Console.error("  (it looks the candidate up first and resends only if the application is not there)")
      }
    }
  }

  /// The outcome as a JSON object.
  var json: [String: Any] {
    var object: [String: Any] = [
      "submission_id": outcome.submissionID.uuidString.lowercased(), "job_id": outcome.jobID,
      "attempts": outcome.attempts, "kept_in_outbox": outcome.keptInOutbox, "retry_safe": outcome.retrySafe,
      "explanation": outcome.explanation, "next_step": outcome.nextStep,
    ]
    switch outcome.status {
    case .succeeded(let receipt):
      object["status"] = "succeeded"
      object["application_id"] = receipt.applicationID ?? NSNull()
      object["candidate_id"] = receipt.candidateID ?? NSNull()
      object["warnings"] = receipt.warnings
      object["reconciled"] = receipt.reconciled
      object["note"] = receipt.note ?? NSNull()
    case .failed(let failure):
      object["status"] = "failed"
      object["code"] = failure.code ?? NSNull()
      object["http_status"] = failure.httpStatus ?? NSNull()
      object["message"] = failure.message
      object["log_url"] = failure.logURL ?? NSNull()
    case .unknown(let reason):
      object["status"] = "unknown"
      object["message"] = reason
      object["in_flight"] = outcome.inFlight.map(Self.json) ?? NSNull()
    }
    return object
  }

  /// An in-flight window as JSON: `since`, `safe_at` (ISO 8601) and the sentence people see.
  static func json(_ window: InFlightWindow) -> [String: Any] {
    let format = ISO8601DateFormatter()
    return [
      "since": format.string(from: window.since), "safe_at": format.string(from: window.safeAt),
      "text": window.text(),
    ]
  }

  /// Prints `object` as one line of JSON on stdout.
  static func printJSON(_ object: Any) {
    let data =
      (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
      ?? Data("{}".utf8)
    Console.out(SafeJSON.text(data))
  }

  /// Progress lines for people, on stderr.
  static func progress(_ event: SubmissionProgress) {
    switch event {
    case .recorded, .sending(attempt: 1): break
    case .sending(let attempt): Console.error("Sending (attempt \(attempt))…")
    case .waiting(let wait, let reason):
      let seconds = String(format: "%.1f", wait.timeInterval)
      Console.error("Waiting \(seconds) s before retrying (\(Sanitizer.line(reason, limit: 80)))…")
    case .reconciling:
      Console.error("The outcome is unclear; looking the application up before anything is resent…")
    }
  }
}
