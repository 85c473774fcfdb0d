import ApplyCore
import ArgumentParser
import Foundation
import KomboAPI
import TerminalUI
import TextSafety

/// `kombo-apply jobs`: lists the integration's jobs, page by page as they arrive.
struct JobsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "jobs", abstract: "List the integration's jobs (name, code, status, location, id).")

  @Option(help: "Only jobs whose name contains this text.")
  var search: String?

  @Option(help: "Only jobs with this status: OPEN, CLOSED, DRAFT or ARCHIVED (repeatable).")
  var status: [String] = []

  @Flag(help: "Print a JSON array of the jobs as Kombo returns them.")
  var json = false

  @OptionGroup var connection: ConnectionOptions

  func validate() throws {
    let known = Set(JobStatus.knownValues.map(\.rawValue))
    for value in status where !known.contains(value.uppercased()) {
      throw ValidationError("--status: \(value.debugDescription) is not one of OPEN, CLOSED, DRAFT, ARCHIVED")
    }
  }

  func run() async throws {
    try await reportingFailures {
      let context = try AppContext(connection: connection)
      let query = JobQuery(
        statuses: status.map { JobStatus(rawValue: $0.uppercased()) }, nameContains: search)
      try await context.withBackend { session in
        var printer = JobsPrinter(json: json)
        do throws(KomboClientError) {
          for try await page in session.client.jobs(query) {
            printer.print(page.results)
            for job in page.unreadable {
              Console.error(
                "kombo-apply: warning: skipped \(Sanitizer.line(job.describe("job"), limit: 300))")
            }
          }
        } catch {
          // No closing "]" or "No jobs match.": a failed listing must not read as a complete one.
          if printer.count > 0 {
            Console.error(
              "kombo-apply: the listing stopped after \(printer.count) jobs; the output above is incomplete.")
          }
          throw error.commandFailure
        }
        printer.finish()
      }
    }
  }
}

/// Prints jobs as they arrive: a fixed-width table, or a JSON array written element by element.
struct JobsPrinter {
  let json: Bool
  /// Jobs printed so far.
  private(set) var count = 0

  init(json: Bool) {
    self.json = json
  }

  mutating func print(_ jobs: [Job]) {
    for job in jobs {
      if json {
        let data = (try? KomboJSON.encoder().encode(job)) ?? Data("{}".utf8)
        Console.out((count == 0 ? "[" : ",") + SafeJSON.text(data))
      } else {
        if count == 0 { Console.out(Self.row(["NAME", "CODE", "STATUS", "LOCATION", "ID"])) }
        Console.out(Self.row(Self.cells(job)))
      }
      count += 1
    }
  }

  func finish() {
    if json {
      Console.out(count == 0 ? "[]" : "]")
    } else if count == 0 {
      Console.out("No jobs match.")
    }
  }

  private static let widths = [36, 12, 8, 24]

  /// The cells of one row, each cut to its column's width in terminal columns.
  static func cells(_ job: Job) -> [String] {
    let location = [job.location?.city, job.location?.country].compactMap { $0 }.filter { !$0.isEmpty }
      .joined(separator: ", ")
    return [
      job.name ?? "(untitled)", job.jobCode ?? "", job.status?.rawValue ?? "", location, job.id,
    ].enumerated().map { index, text in
      let line = Sanitizer.line(text)
      return index < widths.count ? line.truncated(toWidth: widths[index]) : line
    }
  }

  /// Cells padded to their columns by display width, so wide (CJK) titles keep the table aligned.
  static func row(_ cells: [String]) -> String {
    cells.enumerated().map { index, cell in
      guard index < widths.count else { return cell }
      return cell + String(repeating: " ", count: max(0, widths[index] - cell.displayWidth))
    }.joined(separator: "  ")
  }
}
