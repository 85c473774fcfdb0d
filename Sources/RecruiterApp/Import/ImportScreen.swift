public import ApplyCore
import Foundation
public import KomboAPI
public import TerminalUI
import TextSafety

/// The import screen's messages.
public enum ImportMsg: Sendable {
  /// A file picker task's result.
  case form(FormMessage)
  /// Pass one has checked this many rows.
  case checking(rows: Int)
  /// Pass one ended.
  case checked(ImportCheckReport)
  /// The row asked for with Enter, `nil` when the file no longer has it, or why it could not be read.
  case record(Result<ImportRecord?, ImportFileError>)
  /// Pass two's progress.
  case progress(ImportProgress)
  /// A row that did not become an application.
  case rowFailed(ImportRowResult)
  /// Pass two ended.
  case finished(ImportSummary)
}

/// Many applications for the chosen job from a CSV or JSONL file, through the same core as
/// `kombo-apply import`: pick the file, see every problem of every row (Enter shows the row), send with
/// a progress bar (Esc stops starting rows; those in flight finish), see the summary. Importing the
/// same file again skips rows already created and looks up unclear ones before any resend.
public struct ImportScreen: RecruiterScreen {
  /// Where the import is.
  public enum Phase: Sendable {
    /// Picking the file.
    case choosing
    /// Pass one: reading and checking every row.
    case checking(rows: Int)
    /// Pass one's report, waiting for the user to send.
    case checked(ImportCheckReport)
    /// Pass two: sending.
    case sending(ImportProgress, stopping: Bool)
    /// The outcome.
    case finished(ImportSummary)
  }

  static let pickerKey = "import.file"
  static let checkID = "import.check"
  static let sendID = "import.send"
  static let recordID = "import.record"
  /// Rows kept for the summary's list of rows not created (the counts cover every row).
  static let keptFailures = 500
  /// Applications in flight at once, as `kombo-apply import` starts (never above the integration's limit).
  static let concurrency = 8

  let services: RecruiterServices
  /// The job every row applies to.
  public let job: Job?
  /// The job's name, made safe for the terminal.
  public let jobTitle: String
  /// The file picker.
  public private(set) var host: FormHost
  /// Where the import is.
  public private(set) var phase = Phase.choosing
  /// The import being checked or sent.
  public private(set) var plan: ImportPlan?
  /// The problem table (pass one) or the failed rows (pass two).
  public private(set) var table: RecordTable
  /// The row shown with Enter.
  public private(set) var record: ImportRecord?
  /// Why the row could not be shown.
  public private(set) var recordProblem: String?
  /// The rows not created so far, in finishing order (at most ``keptFailures``).
  public private(set) var failures: [ImportRowResult] = []
  /// The confirmation to send while some rows have problems.
  public private(set) var dialog: Dialog?
  /// Set to stop pass two from starting rows.
  private(set) var stopSwitch = ImportStopSwitch()

  /// The screen for the job in `flow`, its picker in the working directory.
  public init(services: RecruiterServices, flow: Flow) {
    self.services = services
    job = flow.importJob
    jobTitle = flow.importJob.map { Sanitizer.clean($0.name ?? $0.id) } ?? "no job"
    host = Self.pickerHost(
      services: services, jobTitle: jobTitle, size: flow.size, directory: nil, focusing: nil)
    table = RecordTable(count: 0, height: Self.tableHeight(flow.size, showsRecord: false))
  }

  private static func pickerHost(
    services: RecruiterServices, jobTitle: String, size: Size, directory: String?, focusing: String?
  ) -> FormHost {
    let picker = FilePickerField(
      FieldInfo(
        key: pickerKey, title: "File to import into \(jobTitle)",
        description: "CSV (a header row naming the columns, as `kombo-apply import` documents them) or "
          + "JSONL, one application per line. Every row is checked before anything is sent; the ATS "
          + "picks the stage, as `kombo-apply import` does without --stage."),
      directory: directory ?? services.workingDirectory, home: services.homeDirectory,
      reader: services.directoryReader,
      filter: FileTypeFilter(extensions: ["csv", "tsv", "txt", "jsonl", "ndjson"]),
      height: max(4, size.height - 14), focusing: focusing)
    var form = Form(title: "Import", groups: [FieldGroup(fields: [picker])])
    form.submitLabel = "Check"
    return FormHost(form, arrival: .forward, size: size)
  }

  /// Lists the picker's folder.
  public mutating func appear(flow: inout Flow) -> Transition<ImportMsg> {
    Transition(PickerStart.start(Self.pickerKey, in: &host.form).map { $0.map(ImportMsg.form) })
  }

  /// Typing goes to the picker's path line while choosing.
  public var isTyping: Bool {
    if case .choosing = phase { return host.isTyping }
    return dialog != nil
  }

  /// The keys of the phase.
  public var keyHelp: [KeyHelp] {
    if let dialog { return dialog.keyHelp }
    switch phase {
    case .choosing:
      return host.keyHelp.filter { $0.keys != "ctrl+s" } + [KeyHelp("esc", "back to jobs")]
    case .checking:
      return [KeyHelp("esc", "stop checking")]
    case .checked(let report):
      var keys = Self.listedProblems(report).isEmpty ? [] : [KeyHelp("↑/↓", "move")]
      if !report.problems.isEmpty {
        keys.append(KeyHelp("enter", record == nil ? "show the row" : "hide the row"))
      }
      if report.isReadable && report.rows > report.invalidRows.count {
        keys.append(KeyHelp("ctrl+s", "send"))
      }
      return keys + [KeyHelp("ctrl+r", "check again"), KeyHelp("esc", "another file")]
    case .sending(_, let stopping):
      return stopping ? [] : [KeyHelp("esc", "stop (rows in flight finish)")]
    case .finished(let summary):
      var keys = failures.isEmpty ? [] : [KeyHelp("↑/↓", "move")]
      if summary.needsRerun { keys.append(KeyHelp("ctrl+r", "import again (resumes)")) }
      return keys + [KeyHelp("F3", "outbox"), KeyHelp("enter", "back to jobs")]
    }
  }

  // MARK: - Keys

  /// Keys of the phase showing.
  public mutating func handle(_ event: InputEvent, flow: inout Flow) -> Transition<ImportMsg> {
    if case .resize(let size) = event {
      table.resize(height: Self.tableHeight(size, showsRecord: record != nil))
    }
    if case .choosing = phase { return choosingEvent(event, flow: &flow) }
    guard case .key(let key) = event else { return .none }
    if dialog != nil { return answerDialog(key, flow: flow) }
    switch phase {
    case .choosing: return .none
    case .checking:
      guard key == .escape else { return .none }
      let picker = choose(flow: flow)
      return Transition([.cancel(id: Self.checkID)] + picker.effects)
    case .checked(let report): return checkedKey(key, report: report, flow: &flow)
    case .sending(let progress, let stopping):
      guard key == .escape, !stopping else { return .none }
      phase = .sending(progress, stopping: true)
      let stopSwitch = stopSwitch
      return Transition([
        .run {
          stopSwitch.stop()
          return nil
        }
      ])
    case .finished(let summary):
      if table.handle(key) { return .none }
      switch key {
      case .control("r") where summary.needsRerun: return recheck(flow: flow)
      case KeyPress(.function(3)): return .navigate(.go(.outbox))
      case .enter, .escape: return .navigate(.go(.jobPicker))
      default: return .none
      }
    }
  }

  private mutating func choosingEvent(_ event: InputEvent, flow: inout Flow) -> Transition<ImportMsg> {
    let before = pickedPath
    let (effects, outcome) = host.handle(event)
    let forms = Transition(effects.map { $0.map(ImportMsg.form) })
    if case .back = outcome { return Transition(forms.effects, navigation: .back) }
    return picked(since: before, then: forms, flow: flow)
  }

  /// Starts pass one once the picker holds a newly picked file (Enter on a file, or a typed path found).
  private mutating func picked(
    since before: String?, then transition: Transition<ImportMsg>, flow: Flow
  ) -> Transition<ImportMsg> {
    guard case .choosing = phase, let path = pickedPath, path != before else { return transition }
    return Transition(transition.effects + check(path, flow: flow).effects)
  }

  /// The picked file, if any.
  var pickedPath: String? {
    guard case .files(let paths) = host.form[Self.pickerKey]?.value else { return nil }
    return paths.first
  }

  private mutating func checkedKey(
    _ key: KeyPress, report: ImportCheckReport, flow: inout Flow
  ) -> Transition<ImportMsg> {
    if table.handle(key) {
      return record == nil ? .none : showRecord(report)
    }
    switch key {
    case .enter:
      if showsRecordPane {
        hideRecord(size: flow.size)
        return .none
      }
      return showRecord(report)
    case .control("s"):
      return askToSend(report, flow: flow)
    case .control("r"):
      return recheck(flow: flow)
    case .escape, .backTab:
      if showsRecordPane {
        hideRecord(size: flow.size)
        return .none
      }
      return choose(flow: flow)
    default:
      return .none
    }
  }

  /// Whether the pane under the table shows a row (or why it could not).
  var showsRecordPane: Bool { record != nil || recordProblem != nil }

  /// Closes the row pane; the table takes its room back.
  private mutating func hideRecord(size: Size) {
    record = nil
    recordProblem = nil
    table.resize(height: Self.tableHeight(size, showsRecord: false))
  }

  /// The table's rows in pass one: the header's problems, then every row's.
  static func listedProblems(_ report: ImportCheckReport) -> [ImportProblem] {
    report.headerProblems + report.problems
  }

  /// Back to the picker, in the file's folder on the file.
  private mutating func choose(flow: Flow) -> Transition<ImportMsg> {
    let path = plan?.path
    let directory = path.map { ($0 as NSString).deletingLastPathComponent }
    host = Self.pickerHost(
      services: services, jobTitle: jobTitle, size: flow.size, directory: directory,
      focusing: path.map(PathText.lastComponent))
    phase = .choosing
    record = nil
    recordProblem = nil
    return Transition(PickerStart.start(Self.pickerKey, in: &host.form).map { $0.map(ImportMsg.form) })
  }

  private mutating func askToSend(_ report: ImportCheckReport, flow: Flow) -> Transition<ImportMsg> {
    guard report.isReadable else { return .none }
    let valid = report.rows - report.invalidRows.count
    guard valid > 0 else { return .none }
    if report.invalidRows.isEmpty { return send(report, flow: flow) }
    dialog = Dialog(
      id: "import.skipInvalid", title: "Send the valid rows?",
      message:
        "\(report.invalidRows.count) of \(Self.rows(report.rows)) have problems and would not be sent. "
        + "Send the other \(Self.rows(valid))? A fixed file is a new import that sends every row again "
        + "(the ATS refuses an email it already has), so afterwards import only the fixed rows.",
      kind: .confirm(yes: "Send \(Self.rows(valid))", no: "Cancel"))
    return .none
  }

  private mutating func answerDialog(_ key: KeyPress, flow: Flow) -> Transition<ImportMsg> {
    guard var shown = dialog else { return .none }
    guard let answer = shown.handle(key) else {
      dialog = shown
      return .none
    }
    dialog = nil
    if case .yes = answer, case .checked(let report) = phase { return send(report, flow: flow) }
    return .none
  }

  // MARK: - Work

  /// Starts pass one on `path` with the job, stage and rules in `flow`.
  private mutating func check(_ path: String, flow: Flow) -> Transition<ImportMsg> {
    guard let job else { return .none }
    let plan = ImportPlan(
      path: path, job: job, jobReference: JobReference(job.id),
      validator: Validator(fileSystem: services.fileSystem, attachmentRules: flow.attachmentRules),
      today: flow.dayForRules)
    self.plan = plan
    phase = .checking(rows: 0)
    failures = []
    record = nil
    recordProblem = nil
    let clock = services.clock
    return Transition([
      .stream(id: Self.checkID) { send in
        var shown = clock.now()
        let report = plan.check { rows in
          let now = clock.now()
          if now.timeIntervalSince(shown) >= 0.1 {
            shown = now
            send(.checking(rows: rows))
          }
        }
        send(.checked(report))
      }
    ])
  }

  /// Pass one again on the same file (after fixing it, or to resume an import).
  private mutating func recheck(flow: Flow) -> Transition<ImportMsg> {
    guard let path = plan?.path else { return .none }
    return check(path, flow: flow)
  }

  /// Reads the row of the problem under the cursor.
  private mutating func showRecord(_ report: ImportCheckReport) -> Transition<ImportMsg> {
    let problems = Self.listedProblems(report)
    guard let plan, let index = table.cursor, index < problems.count, let row = problems[index].row else {
      return .none
    }
    if record?.row == row { return .none }
    return Transition([
      .run(id: Self.recordID) {
        do throws(ImportPlan.OpenFailure) {
          return .record(.success(try plan.record(row: row)))
        } catch {
          switch error {
          case .file(let failure): return .record(.failure(failure))
          case .header: return .record(.success(nil))
          }
        }
      }
    ])
  }

  /// Starts pass two: every valid row recorded in the ledger and sent, those created before skipped.
  private mutating func send(_ report: ImportCheckReport, flow: Flow) -> Transition<ImportMsg> {
    guard let plan else { return .none }
    let skipped = report.skippedRows
    let total = report.rows - skipped.count
    phase = .sending(ImportProgress(total: total), stopping: false)
    failures = []
    table.reset(count: 0)
    stopSwitch = ImportStopSwitch()
    let services = services
    let stopSwitch = stopSwitch
    let jobName = job?.name.map { Sanitizer.clean($0) }
    return Transition([
      .stream(id: Self.sendID) { send in
        let importID: ImportID
        do throws(ImportFileError) {
          importID = try ImportID(plan: plan)
        } catch {
          var summary = ImportSummary(importID: "")
          summary.fileError = error
          return send(.finished(summary))
        }
        let runner = ImportRunner(
          plan: plan, importID: importID, client: services.client, submitter: services.submitter,
          ledger: services.ledger, history: services.history,
          concurrency: AdaptiveConcurrency(requested: Self.concurrency), skippedRows: skipped,
          jobName: jobName,
          integrationID: services.backend.integrationID, clock: services.clock)
        var shown = services.clock.now()
        let summary = await runner.run(
          total: total, shouldStop: { stopSwitch.isStopping || Task.isCancelled }
        ) {
          result, progress in
          switch result.status {
          case .created, .alreadyCreated: break
          default: send(.rowFailed(result))
          }
          let now = services.clock.now()
          if now.timeIntervalSince(shown) >= 0.1 || progress.done == progress.total {
            shown = now
            send(.progress(progress))
          }
        }
        send(.finished(summary))
      }
    ])
  }

  // MARK: - Messages

  /// Picker tasks, pass one and pass two.
  public mutating func update(_ message: ImportMsg, flow: inout Flow) -> Transition<ImportMsg> {
    switch message {
    case .form(let inner):
      let before = pickedPath
      return picked(
        since: before, then: Transition(host.receive(inner).map { $0.map(ImportMsg.form) }), flow: flow)
    case .checking(let rows):
      if case .checking = phase { phase = .checking(rows: rows) }
    case .checked(let report):
      phase = .checked(report)
      table = RecordTable(
        count: Self.listedProblems(report).count, height: Self.tableHeight(flow.size, showsRecord: false))
    case .record(.success(let found)):
      record = found
      recordProblem = found == nil ? "The file has no such row any more: check it again with ctrl+r." : nil
      table.resize(height: Self.tableHeight(flow.size, showsRecord: true))
    case .record(.failure(let error)):
      record = nil
      recordProblem = error.description
      table.resize(height: Self.tableHeight(flow.size, showsRecord: true))
    case .progress(let progress):
      if case .sending(_, let stopping) = phase { phase = .sending(progress, stopping: stopping) }
    case .rowFailed(let result):
      if failures.count < Self.keptFailures { failures.append(result) }
    case .finished(let summary):
      phase = .finished(summary)
      failures.sort { $0.row < $1.row }
      table = RecordTable(count: failures.count, height: Self.tableHeight(flow.size, showsRecord: false))
    }
    return .none
  }

  /// `1 row`, `12 rows`.
  static func rows(_ count: Int) -> String { "\(count) row\(count == 1 ? "" : "s")" }

  /// Rows the table scrolls by: the content area less the title, the summary lines and (when a row
  /// shows) the row's pane. The view draws fewer when the lines above it take more room.
  static func tableHeight(_ size: Size, showsRecord: Bool) -> Int {
    let content = AppChrome.contentRect(size).height - 7
    return max(3, showsRecord ? content / 2 : content)
  }
}

extension ImportScreen {
  /// Embeds the import screen's messages.
  public static func wrap(_ message: ImportMsg) -> AppMsg { .importing(message) }
  /// The screen's own message in `message`, if it is one.
  public static func unwrap(_ message: AppMsg) -> ImportMsg? {
    if case .importing(let inner) = message { inner } else { nil }
  }
  /// Embeds the import screen.
  public static func wrap(_ screen: ImportScreen) -> AppScreen { .importing(screen) }
}
