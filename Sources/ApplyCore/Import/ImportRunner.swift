import Foundation
import KomboAPI
import Synchronization

/// Sends an import's rows (pass two), exactly once across runs.
///
/// Every row has a fixed submission id (``ImportID/submissionID(row:)``). A row whose id is in the
/// history was created by an earlier run and is skipped; one in the ledger (outbox) is retried through
/// the `Submitter` (an unknown outcome is looked up before any resend; a rejection is not resent);
/// any other row is built, recorded in the ledger and sent. Up to ``AdaptiveConcurrency/current`` rows
/// are in flight; once `shouldStop` says so no new row starts, and those in flight finish.
public struct ImportRunner: Sendable {
  /// The import.
  public var plan: ImportPlan
  /// Its id.
  public var importID: ImportID
  /// Where rows are recorded.
  public var ledger: Ledger
  /// Where created rows end up.
  public var history: HistoryStore
  /// The in-flight limit.
  public var concurrency: AdaptiveConcurrency
  /// Rows not to send (invalid ones skipped with `--skip-invalid`), with the reason.
  public var skippedRows: [Int: String]
  /// The job's name, for the history.
  public var jobName: String?
  /// The integration, for the ledger.
  public var integrationID: String?
  private let submitter: Submitter
  private let clock: any WallClock

  /// A runner sending with `submitter` through `client`, watched for Kombo's load (``concurrency``).
  public init(
    plan: ImportPlan, importID: ImportID, client: any KomboClient, submitter: Submitter, ledger: Ledger,
    history: HistoryStore, concurrency: AdaptiveConcurrency, skippedRows: [Int: String] = [:],
    jobName: String?, integrationID: String?, clock: any WallClock = SystemClock()
  ) {
    self.plan = plan
    self.importID = importID
    self.ledger = ledger
    self.history = history
    self.concurrency = concurrency
    self.skippedRows = skippedRows
    self.jobName = jobName
    self.integrationID = integrationID
    self.clock = clock
    self.submitter = submitter.sending(
      through: LoadWatchingClient(base: client, concurrency: concurrency, clock: clock))
  }

  /// Sends every row; `onResult` hears each row's end with the progress so far (in finishing order).
  public func run(
    total: Int, shouldStop: @Sendable () -> Bool,
    onResult: (ImportRowResult, ImportProgress) -> Void
  ) async -> ImportSummary {
    var summary = ImportSummary(importID: importID.description)
    var progress = ImportProgress(total: total)
    let started = clock.now()
    let opened: (source: any ImportRowSource, parser: ImportRowParser)
    do throws(ImportPlan.OpenFailure) {
      opened = try plan.open()
    } catch {
      if case .file(let failure) = error { summary.fileError = failure }
      return summary
    }
    let ledgerFailed = LedgerFailureFlag()
    /// Counts `result`; rows skipped before sending (`counted` false) are not part of the progress.
    func finish(_ result: ImportRowResult, counted: Bool = true) {
      summary.count(result)
      guard counted else { return }
      progress.done += 1
      switch result.status {
      case .created, .alreadyCreated: break
      default: progress.failed += 1
      }
      progress.fileBytes += Int64(result.fileBytes)
      progress.concurrency = concurrency.current
      progress.elapsed = clock.now().timeIntervalSince(started)
      onResult(result, progress)
    }
    await withTaskGroup(of: ImportRowResult.self) { group in
      var inFlight = 0
      var stopping = false
      while true {
        if !stopping, shouldStop() || ledgerFailed.isSet {
          stopping = true
          summary.stopped = shouldStop()
        }
        let next: ImportRow?
        do throws(ImportFileError) {
          next = try opened.source.next()
        } catch {
          summary.fileError = error
          break
        }
        guard let row = next else { break }
        summary.rows += 1
        let id = importID.submissionID(row: row.number)
        let checked = plan.check(opened.parser.parse(row), row: row.number)
        if let reason = skippedRows[row.number] {
          finish(
            ImportRowResult(
              row: row.number, email: checked.email, submissionID: nil, status: .invalid(message: reason)),
            counted: false)
          continue
        }
        guard let ready = checked.ready else {
          finish(
            ImportRowResult(
              row: row.number, email: checked.email, submissionID: nil,
              status: .invalid(message: checked.problems.map(\.line).joined(separator: "; "))))
          continue
        }
        if stopping {
          finish(
            ImportRowResult(row: row.number, email: checked.email, submissionID: id, status: .notStarted))
          continue
        }
        while inFlight >= concurrency.current, let result = await group.next() {
          inFlight -= 1
          finish(result)
        }
        inFlight += 1
        let email = checked.email
        group.addTask {
          await send(ready, row: row.number, email: email, id: id, ledgerFailed: ledgerFailed)
        }
      }
      for await result in group { finish(result) }
    }
    summary.throttles = concurrency.throttles
    summary.integrationLimit = concurrency.integrationLimit
    summary.seconds = clock.now().timeIntervalSince(started)
    summary.fileBytes = progress.fileBytes
    return summary
  }

  /// Sends one row, or finds that an earlier run did.
  private func send(
    _ ready: CheckedRow.Ready, row: Int, email: String, id: UUID, ledgerFailed: LedgerFailureFlag
  ) async -> ImportRowResult {
    let result = { (status: ImportRowResult.Status, bytes: Int) in
      ImportRowResult(row: row, email: email, submissionID: id, status: status, fileBytes: bytes)
    }
    do {
      if let earlier = try history.entry(id) {
        return result(.alreadyCreated(applicationID: earlier.applicationID), 0)
      }
      if let recorded = try ledger.entry(id) {
        if case .failed(let failure) = recorded.state, !failure.retryable {
          return result(.rejected(code: failure.code, message: failure.message), 0)
        }
        do throws(Submitter.Failure) {
          let outcome = try await submitter.retry(id)
          return result(Self.status(outcome, resumed: true), 0)
        } catch {
          return result(Self.status(error, ledgerFailed: ledgerFailed), 0)
        }
      }
    } catch {
      ledgerFailed.set()
      return result(.notSent(message: "the ledger could not be read: \(error.localizedDescription)"), 0)
    }
    let body: Data
    var bytes = 0
    switch ready {
    case .body(let data):
      body = data
    case .prepared(let prepared):
      do throws(RequestBuildError) {
        body = try RequestBuilder(fileSystem: plan.validator.fileSystem).build(prepared).body
        bytes = prepared.files.reduce(0) { $0 + $1.size }
      } catch {
        return result(.invalid(message: error.description), 0)
      }
    }
    let request = SubmissionRequest(
      jobID: plan.jobReference.trimmed, jobName: jobName, integrationID: integrationID, candidateEmail: email,
      body: body, id: id)
    do throws(Submitter.Failure) {
      let outcome = try await submitter.submit(request)
      return result(Self.status(outcome, resumed: false), bytes)
    } catch {
      return result(Self.status(error, ledgerFailed: ledgerFailed), 0)
    }
  }

  /// A row resumed from an earlier run's outbox entry and found by a lookup was created by that run;
  /// one found by a lookup in this run (after a dropped answer) was created now.
  private static func status(_ outcome: SubmissionOutcome, resumed: Bool) -> ImportRowResult.Status {
    switch outcome.status {
    case .succeeded(let receipt):
      resumed && receipt.reconciled
        ? .alreadyCreated(applicationID: receipt.applicationID)
        : .created(applicationID: receipt.applicationID)
    case .failed(let failure) where failure.retryable:
      .retryable(code: failure.code, message: failure.message)
    case .failed(let failure):
      .rejected(code: failure.code, message: failure.message)
    case .unknown(let reason):
      .unknown(reason: reason)
    }
  }

  private static func status(_ failure: Submitter.Failure, ledgerFailed: LedgerFailureFlag)
    -> ImportRowResult.Status
  {
    switch failure {
    case .ledger:
      ledgerFailed.set()
      return .notSent(message: failure.description)
    case .inProgress:
      return .unknown(reason: failure.description)
    case .notRetryable(let submissionFailure):
      return .rejected(code: submissionFailure.code, message: submissionFailure.message)
    case .notInOutbox, .otherIntegration:
      return .notSent(message: failure.description)
    }
  }
}

/// Set once the ledger cannot be written: no further row starts.
final class LedgerFailureFlag: Sendable {
  private let flag = Mutex(false)

  var isSet: Bool { flag.withLock { $0 } }

  func set() { flag.withLock { $0 = true } }
}
