import ApplyCore
import ArgumentParser
import Foundation
import TextSafety

/// `kombo-apply outbox`: submissions that failed retryably or whose outcome is unknown.
struct OutboxCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "outbox",
    abstract: "List, retry or drop submissions kept in the outbox.",
    subcommands: [List.self, Retry.self, Drop.self],
    defaultSubcommand: List.self)

  /// `outbox list`.
  struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List kept submissions, oldest first.")

    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      try await reportingFailures {
        let context = try AppContext(connection: connection)
        let database = try context.database()
        let ledger = Ledger(database: database)
        let entries = try CommandFailure.stateAccess("read the outbox") { try ledger.entries() }
        if json {
          OutcomeReport.printJSON(entries.map(Self.jsonObject))
          return
        }
        guard !entries.isEmpty else {
          Console.out("The outbox is empty.")
          return
        }
        let now = Date()
        let rows = entries.map { entry in
          [
            entry.id.uuidString.lowercased(), Self.stateText(entry.state), String(entry.attempt),
            Sanitizer.line(entry.jobName ?? entry.jobID, limit: 40),
            entry.inFlight(at: now).map { $0.text() } ?? Self.detail(entry.state),
          ]
        }
        Console.table([["ID", "STATE", "ATTEMPTS", "JOB", "DETAIL"]] + rows).forEach { Console.out($0) }
        Console.out("")
        Console.out(
          "Retry one with `kombo-apply outbox retry ID` (an id prefix is enough), all with `--all`.")
      }
    }

    static func stateText(_ state: SubmissionState) -> String {
      switch state {
      case .sending: "sending"
      case .succeeded: "succeeded"
      case .failed(let failure): failure.retryable ? "failed (retryable)" : "failed"
      case .unknown: "unknown"
      }
    }

    static func detail(_ state: SubmissionState) -> String {
      switch state {
      case .failed(let failure): Sanitizer.line(failure.code ?? failure.message, limit: 60)
      case .unknown(let reason): Sanitizer.line(reason, limit: 60)
      default: ""
      }
    }

    static func jsonObject(_ entry: LedgerEntry) -> [String: Any] {
      var object: [String: Any] = [
        "submission_id": entry.id.uuidString.lowercased(), "job_id": entry.jobID,
        "job_name": entry.jobName ?? NSNull(),
        "attempts": entry.attempt, "created_at": ISO8601DateFormatter().string(from: entry.createdAt),
        "state": stateText(entry.state).split(separator: " ").first.map(String.init) ?? "",
      ]
      switch entry.state {
      case .failed(let failure):
        object["code"] = failure.code ?? NSNull()
        object["retryable"] = failure.retryable
        object["message"] = failure.message
        object["log_url"] = failure.logURL ?? NSNull()
      case .unknown(let reason):
        object["message"] = reason
      default:
        break
      }
      object["in_flight"] = entry.inFlight(at: Date()).map(OutcomeReport.json) ?? NSNull()
      return object
    }
  }

  /// `outbox retry ID | --all`.
  struct Retry: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Retry kept submissions: unclear ones are looked up first and resent at most once.")

    @Argument(help: "The submission id (or a unique prefix).") var id: String?
    @Flag(help: "Retry every retryable or unknown submission.") var all = false
    @Flag(help: "Print JSON, one outcome per line.") var json = false
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
      if (id == nil) == !all { throw ValidationError("give a submission id or --all (not both)") }
    }

    func run() async throws {
      try await reportingFailures {
        let context = try AppContext(connection: connection)
        let database = try context.database()
        let ledger = Ledger(database: database)
        let targets = try Self.targets(ledger: ledger, id: id)
        guard !targets.isEmpty else {
          Console.out("Nothing to retry.")
          return
        }
        var worst = ExitCode.success
        try await context.withBackend { session in
          let submitter = context.submitter(session, database: database)
          do throws(Submitter.Failure) {
            try submitter.recoverInterrupted()
          } catch {
            throw CommandFailure(message: "kombo-apply: \(error)", exitCode: ExitStatus.configuration)
          }
          let interrupt = InterruptNotice()
          defer { interrupt.cancel() }
          for entry in targets {
            interrupt.record(entry.id)
            do throws(Submitter.Failure) {
              let outcome = try await submitter.retry(
                entry.id, progress: json ? { _ in } : OutcomeReport.progress)
              let report = OutcomeReport(outcome: outcome, jobName: entry.jobName)
              if json { OutcomeReport.printJSON(report.json) } else { report.printForPeople() }
              if report.exitCode != .success { worst = report.exitCode }
            } catch {
              Console.error("kombo-apply: \(entry.id.uuidString.lowercased()): \(error.description)")
              if case .inProgress = error {
                worst = ExitStatus.keptInOutbox
              } else {
                worst = ExitStatus.rejected
              }
            }
          }
        }
        if worst != .success { throw worst }
      }
    }

    static func targets(ledger: Ledger, id: String?) throws(CommandFailure) -> [LedgerEntry] {
      guard let id else {
        return try CommandFailure.stateAccess("read the outbox") { try ledger.entries() }.filter { entry in
          if case .failed(let failure) = entry.state { return failure.retryable }
          return true
        }
      }
      let matches = try CommandFailure.stateAccess("read the outbox") { try ledger.entries(matching: id) }
      switch matches.count {
      case 1: return matches
      case 0:
        throw CommandFailure(
          message: "kombo-apply: no submission \(id) in the outbox", exitCode: ExitStatus.invalidInput)
      default:
        throw CommandFailure(
          message: "kombo-apply: \(id) matches \(matches.count) submissions; give more of the id",
          exitCode: ExitStatus.invalidInput)
      }
    }
  }

  /// `outbox drop ID`.
  struct Drop: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Remove a submission from the outbox without sending it (its data is deleted).")

    @Argument(help: "The submission id (or a unique prefix).") var id: String
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      try await reportingFailures {
        let context = try AppContext(connection: connection)
        let ledger = Ledger(database: try context.database())
        for entry in try Retry.targets(ledger: ledger, id: id) {
          _ = try? ledger.remove(entry.id)
          Console.out("Dropped \(entry.id.uuidString.lowercased()).")
        }
      }
    }
  }
}
