import ApplyCore
import ArgumentParser
import Foundation
import TextSafety

/// `kombo-apply history`: successful submissions (ids, job and time only), and purging them.
struct HistoryCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "Show or purge the history of created applications.",
    subcommands: [Show.self, Purge.self],
    defaultSubcommand: Show.self)

  /// `history show` (the default).
  struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "List created applications, newest first.")

    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      try await reportingFailures {
        let context = try AppContext(connection: connection)
        let store = HistoryStore(database: try context.database())
        let entries = try CommandFailure.stateAccess("read the history") { try store.entries() }
        if json {
          OutcomeReport.printJSON(entries.map(Self.jsonObject))
          return
        }
        guard !entries.isEmpty else {
          Console.out("No applications in the history.")
          return
        }
        let formatter = ISO8601DateFormatter()
        let rows = entries.map { entry in
          [
            formatter.string(from: entry.submittedAt),
            entry.applicationID.map { Sanitizer.line($0) } ?? "(id not returned)",
            Sanitizer.line(entry.candidateID ?? ""), Sanitizer.line(entry.jobName ?? entry.jobID, limit: 40),
          ]
        }
        Console.table([["SUBMITTED", "APPLICATION", "CANDIDATE", "JOB"]] + rows).forEach { Console.out($0) }
      }
    }

    static func jsonObject(_ entry: HistoryEntry) -> [String: Any] {
      [
        "submission_id": entry.submissionID.uuidString.lowercased(),
        "application_id": entry.applicationID ?? NSNull(), "candidate_id": entry.candidateID ?? NSNull(),
        "job_id": entry.jobID, "job_name": entry.jobName ?? NSNull(),
        "integration_id": entry.integrationID ?? NSNull(),
        "submitted_at": ISO8601DateFormatter().string(from: entry.submittedAt), "warnings": entry.warnings,
        "reconciled": entry.reconciled,
      ]
    }
  }

  /// `history purge [--older-than DAYS]`.
  struct Purge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Delete history entries older than a number of days (default: the configured retention, 90).")

    @Option(help: "Delete entries older than this many days (0 deletes all).") var olderThan: Int?
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
      if let olderThan, olderThan < 0 { throw ValidationError("--older-than must be 0 or more days") }
    }

    func run() async throws {
      try await reportingFailures {
        let context = try AppContext(connection: connection)
        let days = olderThan ?? context.configuration.historyRetentionDays
        let cutoff = Date().addingTimeInterval(-Double(days) * 86_400)
        let store = HistoryStore(database: try context.database())
        let removed = try CommandFailure.stateAccess("purge the history") {
          try store.purge(olderThan: cutoff)
        }
        Console.out("Deleted \(removed) history entr\(removed == 1 ? "y" : "ies") older than \(days) day(s).")
      }
    }
  }
}
