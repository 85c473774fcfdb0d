import ApplyCore
import ArgumentParser
import Foundation

/// `kombo-apply history`: successful submissions (ids, job and time only), and purging them.
struct HistoryCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "Show or purge the history of created applications.",
    subcommands: [Show.self, Purge.self],
    defaultSubcommand: Show.self)

  /// `history show` (the default).
  struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "List created applications, newest first.")

    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
      try await reportingFailures {
        let context = try AppContext(connection: connection)
        let store = HistoryStore(database: try context.database())
        let entries: [HistoryEntry]
        do {
          entries = try store.entries()
        } catch {
          throw CommandFailure(message: "kombo-apply: cannot read the history: \(error)", exitCode: ExitStatus.configuration)
        }
        if json {
          let encoder = JSONEncoder()
          encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
          encoder.dateEncodingStrategy = .iso8601
          Console.out(String(decoding: (try? encoder.encode(entries)) ?? Data("[]".utf8), as: UTF8.self))
          return
        }
        guard !entries.isEmpty else {
          Console.out("No applications in the history.")
          return
        }
        let formatter = ISO8601DateFormatter()
        let rows = entries.map { entry in
          [
            formatter.string(from: entry.submittedAt), entry.applicationID ?? "(id not returned)",
            entry.candidateID ?? "", DisplaySafe.line(entry.jobName ?? entry.jobID, limit: 40),
          ]
        }
        Console.table([["SUBMITTED", "APPLICATION", "CANDIDATE", "JOB"]] + rows).forEach { Console.out($0) }
      }
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
        do {
          let removed = try HistoryStore(database: try context.database()).purge(olderThan: cutoff)
          Console.out("Deleted \(removed) history entr\(removed == 1 ? "y" : "ies") older than \(days) day(s).")
        } catch let failure as CommandFailure {
          throw failure
        } catch {
          throw CommandFailure(message: "kombo-apply: cannot purge the history: \(error)", exitCode: ExitStatus.configuration)
        }
      }
    }
  }
}
