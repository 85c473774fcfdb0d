import ApplyCore
import ArgumentParser
import Foundation
import KomboAPI
import Synchronization
import TextSafety

/// `kombo-apply import FILE --job ID`: many applications from a CSV or JSONL file, every row checked
/// first, then sent concurrently, exactly once across runs.
struct ImportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Create applications for one job from a CSV or JSONL file: all rows checked, then sent.",
    discussion: """
      CSV columns are named like submit's flags (first_name, last_name, email, phone, company, title, \
      country, city, state, zip, street, gender, available_from, salary, link, attach, gdpr_consent, \
      gdpr_until, source, answer:<question id or title>); case, spaces and underscores do not matter. \
      `attach` takes paths relative to the file's folder, several separated by |, each PATH[:TYPE]. \
      JSONL: one application per line, a draft or a create-application body (see the README). Running \
      the same import again (after Ctrl-C, a crash or kill -9) sends only the rows not yet created. \
      Exit codes: 0 every row created; 1 some rejected (or skipped as invalid); 65 invalid input, \
      nothing sent; 75 some outcomes unknown or retryable, kept in the outbox: run the same command again.
      """)

  @Argument(help: "The CSV or JSONL file (.jsonl or .ndjson is read as JSONL).") var file: String
  @Option(help: "The job: Kombo id, or the ATS's id as remote:<id>.") var job: String
  @Option(help: "The stage id for every application (see `kombo-apply job ID`).") var stage: String?
  @Option(
    name: .customLong("map"),
    help: "COLUMN=FIELD: read a column as a field, e.g. \"E-Mail=email\"; COLUMN= ignores it (repeatable).")
  var renames: [String] = []
  @Option(help: "The CSV delimiter: , ; or tab (default: detected from the header).") var delimiter: String?
  @Option(help: "csv or jsonl (default: from the file's extension).") var format: String?
  @Option(help: "Applications in flight at once, 1 to 30 (default 8; never above the integration's limit).")
  var concurrency = 8
  @Flag(help: "Send the valid rows even when some rows have problems.") var skipInvalid = false
  @Flag(help: "Check every row and send nothing.") var dryRun = false
  @Option(help: "Write one result row per input row to this CSV file.") var report: String?
  @Flag(help: "Print the summary as JSON on stdout.") var json = false

  @OptionGroup var connection: ConnectionOptions

  func validate() throws {
    guard (1...30).contains(concurrency) else {
      throw ValidationError(
        "--concurrency: give a number from 1 to 30 (Kombo allows about 30 per integration)")
    }
    if let format, ImportFile.Format(rawValue: format.lowercased()) == nil {
      throw ValidationError("--format: \(format.debugDescription) is not csv or jsonl")
    }
    if let delimiter, parsedDelimiter(delimiter) == nil {
      throw ValidationError("--delimiter: \(delimiter.debugDescription) is not , ; or tab")
    }
    if dryRun && report != nil { throw ValidationError("--report only applies when rows are sent") }
  }

  private func parsedDelimiter(_ text: String) -> UnicodeScalar? {
    switch text.lowercased() {
    case ",": ","
    case ";": ";"
    case "tab", "\\t", "\t": "\t"
    default: nil
    }
  }

  func run() async throws {
    try await reportingFailures {
      if let problem = JobReference(job).problem {
        throw CommandFailure(message: "kombo-apply: --job: \(problem)", exitCode: ExitStatus.invalidInput)
      }
      var parsedRenames: [ImportColumns.Rename] = []
      for text in renames {
        do throws(ImportProblem) {
          parsedRenames.append(try ImportColumns.Rename(parsing: text))
        } catch {
          throw CommandFailure(message: "kombo-apply: \(error.line)", exitCode: ExitStatus.invalidInput)
        }
      }
      let context = try AppContext(connection: connection)
      try await context.withBackend { session in
        let jobInfo = try await JobLookup.job(job, client: session.client)
        let rules = await AttachmentRulesLookup.read(through: session.client)
        if let notice = rules.notice { Console.error("kombo-apply: warning: \(notice).") }
        let plan = ImportPlan(
          path: file, format: format.flatMap { ImportFile.Format(rawValue: $0.lowercased()) },
          delimiter: delimiter.flatMap(parsedDelimiter), renames: parsedRenames, job: jobInfo,
          jobReference: JobReference(job), stageID: stage,
          validator: Validator(attachmentRules: rules.rules), today: CivilToday.date(at: Date(), in: .current)
        )
        let check = plan.check()
        let skipped = try reportCheck(check)
        if dryRun { return }
        try await send(plan, check: check, skipped: skipped, job: jobInfo, context: context, session: session)
      }
    }
  }

  /// Prints what pass one found; throws exit 65 when nothing may be sent. Returns the rows to skip.
  private func reportCheck(_ check: ImportCheckReport) throws -> [Int: String] {
    if let fileError = check.fileError {
      throw CommandFailure(
        message: "kombo-apply: \(fileError.description); nothing was sent", exitCode: ExitStatus.invalidInput)
    }
    if !check.headerProblems.isEmpty {
      let lines =
        ["kombo-apply: the header of \(Sanitizer.line(file)) does not name the columns; nothing was sent:"]
        + check.headerProblems.map { "  \($0.line)" }
      throw CommandFailure(message: lines.joined(separator: "\n"), exitCode: ExitStatus.invalidInput)
    }
    if !check.unknownColumns.isEmpty {
      Console.error(
        "kombo-apply: warning: these columns fill no field and are not sent: "
          + check.unknownColumns.map { Sanitizer.line($0, limit: 60).debugDescription }.joined(
            separator: ", ")
          + " (rename them with --map COLUMN=FIELD, or ignore them with --map COLUMN=)")
    }
    for warning in check.warnings { Console.error("warning: \(warning.line)") }
    for problem in check.problems { Console.error("  \(problem.line)") }
    let invalid = check.invalidRows.count
    let rows = "\(check.rows) row\(check.rows == 1 ? "" : "s")"
    if invalid == 0 {
      let text = "Checked \(rows) of \(Sanitizer.line(file)): all valid"
      if dryRun && !json {
        Console.out("\(text); dry run, nothing sent.")
      } else if !json {
        Console.error("\(text).")
      }
      if dryRun && json { OutcomeReport.printJSON(["rows": check.rows, "invalid_rows": 0, "problems": []]) }
      return [:]
    }
    let summary = "\(invalid) of \(rows) have problems (listed above)"
    if dryRun || !skipInvalid {
      if json {
        OutcomeReport.printJSON([
          "rows": check.rows, "invalid_rows": invalid,
          "problems": check.problems.map {
            [
              "row": $0.row.map { $0 as Any } ?? NSNull(), "column": $0.column.map { $0 as Any } ?? NSNull(),
              "message": $0.message,
            ]
          },
        ])
      }
      throw CommandFailure(
        message: "kombo-apply: \(summary); nothing was sent"
          + (dryRun
            ? "." : ". Fix them and run the command again, or send the valid rows with --skip-invalid."),
        exitCode: ExitStatus.invalidInput)
    }
    Console.error("kombo-apply: \(summary); sending the other \(check.rows - invalid) (--skip-invalid).")
    return check.skippedRows
  }

  private func send(
    _ plan: ImportPlan, check: ImportCheckReport, skipped: [Int: String], job jobInfo: Job?,
    context: AppContext, session: BackendSession
  ) async throws {
    let importID: ImportID
    do throws(ImportFileError) {
      importID = try ImportID(plan: plan)
    } catch {
      throw CommandFailure(message: "kombo-apply: \(error.description)", exitCode: ExitStatus.invalidInput)
    }
    let database = try context.database()
    let runner = ImportRunner(
      plan: plan, importID: importID, client: session.client,
      submitter: context.submitter(session, database: database), ledger: Ledger(database: database),
      history: HistoryStore(database: database), concurrency: AdaptiveConcurrency(requested: concurrency),
      skippedRows: skipped, jobName: jobInfo?.name, integrationID: session.integrationID)
    let stop = ImportStop()
    defer { stop.cancel() }
    let progressLine = ImportProgressLine()
    var results: [ImportRowResult] = []
    let summary = await runner.run(total: check.rows - skipped.count, shouldStop: { stop.isStopping }) {
      result, progress in
      if report != nil { results.append(result) }
      progressLine.show(progress)
    }
    progressLine.finish()
    if let report {
      do throws(ImportFileError) {
        try ImportReportWriter.write(results, to: report)
      } catch {
        Console.error("kombo-apply: --report: \(error.description)")
      }
    }
    let text = ImportSummaryText(summary: summary, file: file, jobName: jobInfo?.name ?? job)
    if json { OutcomeReport.printJSON(text.json) } else { text.printForPeople() }
    let status = text.exitCode
    if status != .success { throw status }
  }
}

/// Ctrl-C (SIGINT, SIGTERM, SIGHUP) during an import: the first stops new rows from starting and lets
/// those in flight finish; the second quits at once (those rows are reconciled on the next run).
final class ImportStop: Sendable {
  private let stopping = Mutex(false)
  private let signals = StopSignals()

  init() {
    Task { [self] in
      guard await signals.next() != nil else { return }
      stopping.withLock { $0 = true }
      Console.error("")
      Console.error(
        "Stopping: no new rows start; the ones in flight finish. Press Ctrl-C again to quit at once.")
      guard let number = await signals.next() else { return }
      Console.error(
        "Quit while rows were in flight: they are in the outbox. Run the same command again to resume: "
          + "rows already created are skipped and unclear ones are looked up before any resend.")
      exit(128 + number)
    }
  }

  /// Whether a stop was asked for.
  var isStopping: Bool { stopping.withLock { $0 } }

  /// Stops listening.
  func cancel() { signals.cancel() }
}
