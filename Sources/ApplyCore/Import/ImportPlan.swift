public import Foundation
public import KomboAPI

/// One import as the user asked for it: the file, the job, the mapping, and the rules rows are checked
/// by. Opens the file for a pass (``open()``), checks every row (``check()``), and reads rows ready to
/// send (``CheckedRows``).
///
/// Both passes stream the file, so memory does not grow with the number of rows (only the set of
/// emails seen, for duplicates, does).
public struct ImportPlan: Sendable {
  /// The file.
  public var path: String
  /// CSV or JSONL.
  public var format: ImportFile.Format
  /// The CSV delimiter; `nil` detects it.
  public var delimiter: UnicodeScalar?
  /// `--map` renames.
  public var renames: [ImportColumns.Rename]
  /// The job, when Kombo knows it.
  public var job: Job?
  /// The job every row goes to.
  public var jobReference: JobReference
  /// `--stage`.
  public var stageID: String?
  /// Files, attachment rules and limits the rows are checked with.
  public var validator: Validator
  /// The user's calendar day, for rules about dates.
  public var today: KomboDateTime?

  /// A plan.
  public init(
    path: String, format: ImportFile.Format? = nil, delimiter: UnicodeScalar? = nil,
    renames: [ImportColumns.Rename] = [], job: Job?, jobReference: JobReference, stageID: String? = nil,
    validator: Validator = Validator(), today: KomboDateTime? = nil
  ) {
    self.path = path
    self.format = format ?? ImportFile.format(of: path)
    self.delimiter = delimiter
    self.renames = renames
    self.job = job
    self.jobReference = jobReference
    self.stageID = stageID
    self.validator = validator
    self.today = today
  }

  /// Why a pass could not start: the file, or its header.
  public enum OpenFailure: Error, Sendable, Equatable {
    /// The file cannot be read.
    case file(ImportFileError)
    /// The header names columns wrongly.
    case header([ImportProblem])
  }

  /// The file opened for one pass, with its columns resolved.
  public func open() throws(OpenFailure) -> (source: any ImportRowSource, parser: ImportRowParser) {
    let source: any ImportRowSource
    do throws(ImportFileError) {
      source = try ImportFile.open(path, format: format, delimiter: delimiter)
    } catch {
      throw .file(error)
    }
    var columns: ImportColumns?
    if let header = source.header {
      do throws(ImportHeaderProblems) {
        columns = try ImportColumns(header: header, renames: renames, job: job)
      } catch {
        throw .header(error.problems)
      }
    }
    let folder = (URL(fileURLWithPath: path).standardizedFileURL.path as NSString).deletingLastPathComponent
    let parser = ImportRowParser(
      columns: columns, job: job, jobReference: jobReference, stageID: stageID, folder: folder)
    return (source, parser)
  }

  /// Checks a parsed row as it would be sent: the problems reading it found, then the validator's
  /// problems and warnings named by column (except for columns that already have a problem).
  public func check(_ parsed: ParsedImportRow, row: Int) -> CheckedRow {
    guard let application = parsed.application else {
      return CheckedRow(row: row, email: "", ready: nil, problems: parsed.problems, warnings: [])
    }
    var problems = parsed.problems
    let reported = Set(parsed.problems.compactMap(\.column))
    var warnings: [ImportProblem] = []
    let ready: CheckedRow.Ready?
    let report: ValidationReport
    switch application.payload {
    case .draft(let draft):
      let validation = validator.validate(draft, job: job, today: today)
      report = validation.report
      ready = validation.prepared.map { .prepared($0) }
    case .body(let data, let request):
      report = validator.validate(body: request, job: jobReference, jobInfo: job, today: today)
      ready = .body(data)
    }
    for issue in report.issues {
      var message = issue.message
      if let suggestion = issue.suggestion, !message.contains(suggestion) {
        message += " (did you mean \(suggestion)?)"
      }
      let problem = ImportProblem(
        row: application.row, column: application.columns.column(for: issue.path), message: message)
      if let column = problem.column, reported.contains(column) { continue }
      if issue.severity == .error { problems.append(problem) } else { warnings.append(problem) }
    }
    return CheckedRow(
      row: application.row, email: application.email, ready: problems.isEmpty ? ready : nil,
      problems: problems, warnings: warnings)
  }

  /// Reads and checks every row (pass one): every problem at once, rows repeating an earlier row's
  /// email included. Nothing is sent. `onRow` hears the count of rows checked so far after each row.
  public func check(onRow: (Int) -> Void = { _ in }) -> ImportCheckReport {
    var report = ImportCheckReport()
    let opened: (source: any ImportRowSource, parser: ImportRowParser)
    do throws(OpenFailure) {
      opened = try open()
    } catch {
      switch error {
      case .file(let failure): report.fileError = failure
      case .header(let problems): report.headerProblems = problems
      }
      return report
    }
    report.unknownColumns = opened.parser.columns?.unknown ?? []
    var firstRowOfEmail: [String: Int] = [:]
    let emailColumn = opened.parser.columns?.column(for: .email) ?? FieldPath.emailAddress.rawValue
    do throws(ImportFileError) {
      while let row = try opened.source.next() {
        report.rows += 1
        let checked = check(opened.parser.parse(row), row: row.number)
        var problems = checked.problems
        report.warnings += checked.warnings
        let key = ImportCheckReport.emailKey(checked.email)
        if !key.isEmpty {
          if let first = firstRowOfEmail[key] {
            problems.append(
              ImportProblem(
                row: row.number, column: emailColumn,
                message: "repeats the email of row \(first); the ATS would refuse the second application, so "
                  + "remove one of the rows"))
          } else {
            firstRowOfEmail[key] = row.number
          }
        }
        if !problems.isEmpty {
          report.invalidRows.insert(row.number)
          report.problems += problems
        }
        onRow(report.rows)
      }
    } catch {
      report.fileError = error
    }
    return report
  }
}

/// A row checked and, when valid, ready to build and send.
public struct CheckedRow: Sendable {
  /// What is sent.
  public enum Ready: Sendable {
    /// A validated draft; its body is built (and its files read) when it is sent.
    case prepared(PreparedApplication)
    /// A ready-made body, sent as it is.
    case body(Data)
  }

  /// The row number.
  public var row: Int
  /// The candidate's email as given.
  public var email: String
  /// What to send; `nil` when the row has problems.
  public var ready: Ready?
  /// What keeps it from being sent.
  public var problems: [ImportProblem]
  /// What is sent anyway but worth knowing.
  public var warnings: [ImportProblem]
}

/// What pass one found in an import file.
public struct ImportCheckReport: Sendable, Equatable {
  /// Data rows read (blank lines not counted).
  public var rows = 0
  /// Rows with at least one problem.
  public var invalidRows: Set<Int> = []
  /// Every problem, in file order.
  public var problems: [ImportProblem] = []
  /// Warnings (sent anyway).
  public var warnings: [ImportProblem] = []
  /// Columns that fill no field (never sent).
  public var unknownColumns: [String] = []
  /// Problems with the header (no row was read).
  public var headerProblems: [ImportProblem] = []
  /// Why reading stopped early, if it did.
  public var fileError: ImportFileError?

  /// An empty report.
  public init() {}

  /// Whether every row can be sent.
  public var isClean: Bool { invalidRows.isEmpty && headerProblems.isEmpty && fileError == nil }

  /// Whether the file can be sent at all (the header is fine and the file was read to the end).
  public var isReadable: Bool { headerProblems.isEmpty && fileError == nil }

  /// The invalid rows with their problems in one line each, for sending the others (`--skip-invalid`).
  public var skippedRows: [Int: String] {
    var skipped: [Int: String] = [:]
    for problem in problems {
      guard let row = problem.row else { continue }
      skipped[row] = skipped[row].map { "\($0); \(problem.line)" } ?? problem.line
    }
    return skipped
  }

  /// The form emails are compared in for duplicates: trimmed, lowercased.
  static func emailKey(_ email: String) -> String {
    email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
  }
}
