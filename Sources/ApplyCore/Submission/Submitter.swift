public import Foundation
import KomboAPI
public import Logging
import TextSafety

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A confirmed submission to send: the exact body and what reconciliation needs.
public struct SubmissionRequest: Sendable {
  /// The job to post to (Kombo id or `remote:` id).
  public var jobID: String
  /// The job's name, for the history.
  public var jobName: String?
  /// The integration it goes through, for the history.
  public var integrationID: String?
  /// The candidate's email, for looking the application up after an unclear outcome.
  public var candidateEmail: String
  /// The exact request body.
  public var body: Data
  /// The draft to delete once the submission is recorded.
  public var draftID: String?
  /// The submission's id when the caller fixes it (an import row's, so a rerun finds it); `nil` draws one.
  public var id: UUID?

  /// Creates a request.
  public init(
    jobID: String, jobName: String? = nil, integrationID: String? = nil, candidateEmail: String, body: Data,
    draftID: String? = nil, id: UUID? = nil
  ) {
    self.id = id
    self.jobID = jobID
    self.jobName = jobName
    self.integrationID = integrationID
    self.candidateEmail = candidateEmail
    self.body = body
    self.draftID = draftID
  }

  /// The request for a body built from a draft (`RequestBuilder`), deleting `draftID` once recorded.
  public init(_ built: BuiltRequest, jobName: String?, integrationID: String?, draftID: String? = nil) {
    self.init(
      jobID: built.prepared.job.trimmed, jobName: jobName, integrationID: integrationID,
      candidateEmail: built.prepared.request.candidate.emailAddress, body: built.body, draftID: draftID)
  }
}

/// What the submitter is doing, for a progress display.
public enum SubmissionProgress: Sendable, Equatable {
  /// The submission was recorded in the ledger under this id.
  case recorded(UUID)
  /// Attempt `number` is being sent.
  case sending(attempt: Int)
  /// Waiting before the next attempt.
  case waiting(Duration, because: String)
  /// Looking up whether an unclear attempt created the application.
  case reconciling
}

/// Sends confirmed submissions safely: at most one application per confirmed intent, nothing lost.
///
/// Every submission is written to the ledger (with its full body) before anything is sent, and its
/// state is saved before each attempt, with the time it leaves and when it can no longer be running at
/// Kombo (start + create timeout + `RetryPolicy.inFlightMargin`). Retries follow `AttemptVerdict` and
/// `RetryPolicy`; an unclear outcome is reconciled by looking the candidate up before the one resend it
/// allows, and an attempt that may still be in progress is never resent before its window closes.
public struct Submitter: Sendable {
  /// Why the submitter could not run.
  public enum Failure: Error, Sendable, CustomStringConvertible {
    /// The ledger could not be read or written (nothing is sent without a ledger entry).
    case ledger(String)
    /// No outbox entry has this id.
    case notInOutbox(String)
    /// The entry failed in a way that must not be resent unchanged.
    case notRetryable(SubmissionFailure)
    /// Another running kombo-apply process is sending this entry.
    case inProgress(pid: Int32)
    /// The entry was recorded for another integration than the one this submitter sends through
    /// (e.g. made on the sandbox, retried with a real key): it is never sent elsewhere.
    case otherIntegration(recorded: String, current: String)

    /// A message for people.
    public var description: String {
      switch self {
      case .ledger(let detail): "the submission ledger could not be updated: \(detail)"
      case .notInOutbox(let id): "no submission \(id) in the outbox"
      case .notRetryable(let failure):
        "this submission was rejected (\(failure.code ?? "HTTP \(failure.httpStatus ?? 0)")) and must not be "
          + "resent unchanged: \(failure.nextStep)"
      case .inProgress(let pid):
        "another kombo-apply process (pid \(pid)) is sending this submission right now"
      case .otherIntegration(let recorded, let current):
        "this submission was made for integration \(recorded), not for \(current) (the one in use now); "
          + "connect to \(recorded) to retry it, or drop it"
      }
    }
  }

  private let client: any KomboClient
  /// The integration `client` sends through; outbox entries recorded for another one are refused.
  private let integrationID: String?
  private let ledger: Ledger
  private let clock: any WallClock
  private let random: any RandomSource
  private let policy: RetryPolicy
  private let logger: Logger
  private let createTimeout: Duration?
  private let processID: Int32

  /// Creates a submitter.
  /// - Parameter createTimeout: per-request limit for creates (`nil`: the client's default).
  public init(
    client: any KomboClient, ledger: Ledger, clock: any WallClock = SystemClock(),
    random: any RandomSource = SystemRandom(), policy: RetryPolicy = RetryPolicy(),
    createTimeout: Duration? = nil, integrationID: String? = nil,
    logger: Logger = Logger(label: "kombo-apply.submit"), processID: Int32 = getpid()
  ) {
    self.client = client
    self.integrationID = integrationID
    self.ledger = ledger
    self.clock = clock
    self.random = random
    self.policy = policy
    self.createTimeout = createTimeout
    self.logger = logger
    self.processID = processID
  }

  /// The same submitter sending through `client` instead (an import's client that watches Kombo's load).
  public func sending(through client: any KomboClient) -> Submitter {
    Submitter(
      client: client, ledger: ledger, clock: clock, random: random, policy: policy,
      createTimeout: createTimeout, integrationID: integrationID, logger: logger, processID: processID)
  }

  /// Records `request` in the ledger (deleting its draft in the same transaction), then sends it.
  public func submit(
    _ request: SubmissionRequest, progress: @Sendable (SubmissionProgress) -> Void = { _ in }
  ) async throws(Failure) -> SubmissionOutcome {
    var entry = LedgerEntry(
      id: request.id ?? random.uuid(), createdAt: clock.now(), jobID: request.jobID, jobName: request.jobName,
      integrationID: request.integrationID, candidateEmail: request.candidateEmail, body: request.body,
      state: .sending(attempt: 0), ownerPID: processID)
    try ledgerCall { try ledger.insert(entry, deletingDraft: request.draftID) }
    logger.info("submission recorded", metadata: metadata(entry))
    progress(.recorded(entry.id))
    return try await send(&entry, progress: progress)
  }

  /// Retries an outbox entry: an unclear one is reconciled first (and resent once only if the
  /// application is not found); a retryable failure is sent again.
  public func retry(
    _ id: UUID, progress: @Sendable (SubmissionProgress) -> Void = { _ in }
  ) async throws(Failure) -> SubmissionOutcome {
    let recorded = try ledgerCall { try ledger.entry(id) }?.integrationID
    if let recorded, let current = integrationID, recorded != current {
      throw .otherIntegration(recorded: recorded, current: current)
    }
    let claim = try ledgerCall {
      try ledger.claim(id, processID: processID, at: clock.now(), isAlive: Self.isAlive)
    }
    switch claim {
    case .missing: throw .notInOutbox(id.uuidString)
    case .busy(let pid): throw .inProgress(pid: pid)
    case .notRetryable(let failure): throw .notRetryable(failure)
    case .claimed(var entry):
      logger.info("retrying from the outbox", metadata: metadata(entry))
      entry.ownerPID = processID
      switch entry.state {
      case .failed:
        return try await send(&entry, progress: progress)
      case .unknown(let reason):
        entry.resent = false
        return try await reconcileThenResend(&entry, reason: reason, progress: progress)
      case .sending, .succeeded:
        entry.resent = false
        return try await reconcileThenResend(
          &entry, reason: "the program stopped while it was sending", progress: progress)
      }
    }
  }

  /// Marks `sending` entries whose process has died as `unknown`; call on start. Returns them.
  @discardableResult
  public func recoverInterrupted() throws(Failure) -> [LedgerEntry] {
    let recovered = try ledgerCall { try ledger.markInterrupted(at: clock.now(), isAlive: Self.isAlive) }
    for entry in recovered {
      logger.warning("interrupted submission marked unknown", metadata: metadata(entry))
    }
    return recovered
  }

  /// Whether process `pid` exists (used to tell a crashed sender from a running one).
  public static func isAlive(_ pid: Int32) -> Bool {
    kill(pid, 0) == 0 || errno == EPERM
  }

  // MARK: - The state machine

  private func send(
    _ entry: inout LedgerEntry, isResend: Bool = false, progress: @Sendable (SubmissionProgress) -> Void
  ) async throws(Failure) -> SubmissionOutcome {
    var attempts = 0
    var isResend = isResend
    while true {
      attempts += 1
      entry.attempt += 1
      entry.state = .sending(attempt: entry.attempt)
      entry.ownerPID = processID
      let started = clock.now()
      entry.attemptStartedAt = started
      entry.inFlightUntil = started.addingTimeInterval((attemptLimit + policy.inFlightMargin).timeInterval)
      try save(&entry)
      progress(.sending(attempt: entry.attempt))
      logger.info("sending", metadata: metadata(entry))
      let verdict: AttemptVerdict
      do {
        let answer = try await client.createApplication(
          jobID: entry.jobID, body: entry.body, timeout: createTimeout)
        verdict = .created(Self.receipt(answer))
      } catch {
        verdict = AttemptVerdict(
          error, isResend: isResend, concurrencyMinimumWait: policy.concurrencyMinimumDelay)
      }
      switch verdict {
      case .created(let receipt):
        if receipt.rawAnswer != nil {
          logger.warning(
            "created, but Kombo's answer did not decode: kept as received", metadata: metadata(entry))
        }
        return try succeed(&entry, receipt, attempts: attempts, since: started)
      case .alreadyCreated:
        logger.info("already exists after resend: counted as created", metadata: metadata(entry))
        let receipt = await receiptAfterAlreadyExists(entry)
        return try succeed(&entry, receipt, attempts: attempts, since: started)
      case .fail(let failure):
        return try finish(&entry, failure: failure, attempts: attempts, since: started)
      case .retry(let failure, let hints, let minimumWait):
        let serverWait = hints.delay(now: clock.now())
        let wait = max(
          serverWait ?? policy.backoff(afterAttempt: attempts, random: random), minimumWait ?? .zero)
        entry.inFlightUntil = nil
        guard attempts < policy.maxAttempts, wait <= policy.maxServerWait else {
          return try finish(&entry, failure: failure, attempts: attempts, since: started)
        }
        entry.state = .failed(failure)
        try save(&entry)
        logger.info(
          "waiting before retry",
          metadata: metadata(entry, failure: failure, extra: ["wait_ms": "\(wait.milliseconds)"]))
        progress(.waiting(wait, because: failure.code ?? failure.message))
        do {
          try await clock.sleep(for: wait)
        } catch {
          return try finish(&entry, failure: failure, attempts: attempts, since: started)
        }
      case .unknown(let reason, let mayStillRun):
        if !mayStillRun { entry.inFlightUntil = nil }
        entry.state = .unknown(reason: reason)
        try save(&entry)
        logger.warning("outcome unknown", metadata: metadata(entry))
        if let outcome = try await reconcile(&entry, reason: reason, attempts: attempts, progress: progress) {
          return outcome
        }
        guard !entry.resent else { return unknown(entry, reason, attempts) }
        if let outcome = try await holdWhileInFlight(
          &entry, reason: reason, attempts: attempts, waitUpTo: policy.maxServerWait, progress: progress)
        {
          return outcome
        }
        entry.resent = true
        isResend = true
      }
    }
  }

  /// The receipt for a 2xx answer (decoded or salvaged; see `CreateAnswer`).
  private static func receipt(_ answer: CreateAnswer) -> SubmissionReceipt {
    var note: String?
    if let unreadable = answer.unreadable {
      note =
        "Kombo answered with success, but not in the documented form (\(unreadable)); "
        + (answer.applicationID == nil ? "no application id could be found in it; " : "")
        + "the answer is kept with the history entry"
    }
    return SubmissionReceipt(
      applicationID: answer.applicationID, candidateID: answer.candidateID,
      warnings: answer.warnings.map { Sanitizer.line($0, limit: 1000) }, note: note,
      rawAnswer: answer.unreadable == nil ? nil : answer.rawBody)
  }

  /// The ids after `ATS.APPLICATION_ALREADY_EXISTS` answered the resend: looked up, or why unknown.
  private func receiptAfterAlreadyExists(_ entry: LedgerEntry) async -> SubmissionReceipt {
    let prefix =
      "Kombo answered ATS.APPLICATION_ALREADY_EXISTS to the resend (an earlier attempt got through)"
    switch await Reconciler(client: client).find(
      jobID: entry.jobID, email: entry.candidateEmail, since: entry.createdAt)
    {
    case .found(let receipt):
      return receipt
    case .preExisting(let applicationID, let createdAt):
      return SubmissionReceipt(
        applicationID: nil, candidateID: nil, reconciled: true,
        note: "\(prefix), but the lookup lists only an older application (\(applicationID), created "
          + "\(createdAt)): this one's ids are unknown")
    case .notFound:
      return SubmissionReceipt(
        applicationID: nil, candidateID: nil, reconciled: true,
        note: "\(prefix), but the lookup does not list it yet (Kombo's copy of the ATS can lag): "
          + "its ids are unknown; it is in the ATS")
    case .lookupFailed(let detail):
      return SubmissionReceipt(
        applicationID: nil, candidateID: nil, reconciled: true,
        note: "\(prefix), but looking it up for its ids failed (\(detail)): its ids are unknown")
    }
  }

  /// The create limit of every attempt (the client's own when none was given).
  private var attemptLimit: Duration { createTimeout ?? client.defaultCreateTimeout }

  /// Before a resend: while the last attempt may still be in progress at Kombo, waits for its window
  /// to close if that is at most `waitUpTo` away and looks the application up again. Returns the
  /// outcome when no resend may follow now (found, or still in flight: kept as unknown); `nil` when
  /// the window is closed and the application is still not there.
  private func holdWhileInFlight(
    _ entry: inout LedgerEntry, reason: String, attempts: Int, waitUpTo limit: Duration,
    progress: @Sendable (SubmissionProgress) -> Void
  ) async throws(Failure) -> SubmissionOutcome? {
    guard let window = entry.inFlight(at: clock.now()) else { return nil }
    let remaining = Duration.milliseconds(
      Int64((window.safeAt.timeIntervalSince(clock.now()) * 1000).rounded(.up)))
    guard remaining <= limit else {
      logger.info("not resent: the last attempt may still be in progress at Kombo", metadata: metadata(entry))
      entry.state = .unknown(reason: reason)
      try save(&entry)
      return unknown(entry, reason, attempts)
    }
    entry.state = .sending(attempt: entry.attempt)
    entry.ownerPID = processID
    try save(&entry)
    progress(.waiting(remaining, because: "attempt \(entry.attempt) may still be in progress at Kombo"))
    do {
      try await clock.sleep(for: remaining)
    } catch {
      entry.state = .unknown(reason: reason)
      try save(&entry)
      return unknown(entry, reason, attempts)
    }
    entry.state = .unknown(reason: reason)
    return try await reconcile(&entry, reason: reason, attempts: attempts, progress: progress)
  }

  /// Reconciles an unclear entry; resends it once if the application is not found.
  private func reconcileThenResend(
    _ entry: inout LedgerEntry, reason: String, progress: @Sendable (SubmissionProgress) -> Void
  ) async throws(Failure) -> SubmissionOutcome {
    entry.state = .unknown(reason: reason)
    if let outcome = try await reconcile(&entry, reason: reason, attempts: 0, progress: progress) {
      return outcome
    }
    if let outcome = try await holdWhileInFlight(
      &entry, reason: reason, attempts: 0, waitUpTo: .zero, progress: progress)
    {
      return outcome
    }
    entry.resent = true
    return try await send(&entry, isResend: true, progress: progress)
  }

  /// Looks the application up. Returns the outcome when that settles it (found, or the lookup
  /// failed); `nil` when the application was not found.
  private func reconcile(
    _ entry: inout LedgerEntry, reason: String, attempts: Int,
    progress: @Sendable (SubmissionProgress) -> Void
  ) async throws(Failure) -> SubmissionOutcome? {
    progress(.reconciling)
    let started = clock.now()
    switch await Reconciler(client: client).find(
      jobID: entry.jobID, email: entry.candidateEmail, since: entry.createdAt)
    {
    case .found(let receipt):
      logger.info("reconciled: application found", metadata: metadata(entry))
      return try succeed(&entry, receipt, attempts: attempts, since: started)
    case .preExisting(let applicationID, let createdAt):
      logger.info("reconciled: only an older application exists", metadata: metadata(entry))
      let failure = SubmissionFailure(
        code: KomboErrorCode.atsApplicationAlreadyExists.rawValue, httpStatus: nil,
        message: "Kombo lists only an older application of this candidate to this job (\(applicationID), "
          + "created \(createdAt)): they had applied before, so nothing was resent.",
        retryable: false)
      return try finish(&entry, failure: failure, attempts: attempts, since: started)
    case .lookupFailed(let detail):
      logger.warning("reconciliation lookup failed", metadata: metadata(entry))
      let combined = "\(reason); looking it up afterwards failed: \(detail)"
      entry.state = .unknown(reason: combined)
      try save(&entry)
      return unknown(entry, combined, attempts)
    case .notFound:
      logger.info("reconciled: application not found", metadata: metadata(entry))
      return nil
    }
  }

  // MARK: - Endings and bookkeeping

  private func succeed(
    _ entry: inout LedgerEntry, _ receipt: SubmissionReceipt, attempts: Int, since started: Date
  ) throws(Failure) -> SubmissionOutcome {
    let now = clock.now()
    _ = try ledgerCall { try ledger.recordSuccess(entry, receipt: receipt, at: now) }
    logger.info(
      "submission succeeded",
      metadata: metadata(entry, extra: ["elapsed_ms": "\(Int(now.timeIntervalSince(started) * 1000))"]))
    return SubmissionOutcome(
      submissionID: entry.id, jobID: entry.jobID, status: .succeeded(receipt), attempts: attempts)
  }

  private func finish(
    _ entry: inout LedgerEntry, failure: SubmissionFailure, attempts: Int, since started: Date
  ) throws(Failure) -> SubmissionOutcome {
    entry.state = .failed(failure)
    entry.inFlightUntil = nil
    entry.ownerPID = nil
    try save(&entry)
    logger.warning(
      "submission failed",
      metadata: metadata(
        entry, failure: failure,
        extra: ["elapsed_ms": "\(Int(clock.now().timeIntervalSince(started) * 1000))"]))
    return SubmissionOutcome(
      submissionID: entry.id, jobID: entry.jobID, status: .failed(failure), attempts: attempts)
  }

  private func unknown(_ entry: LedgerEntry, _ reason: String, _ attempts: Int) -> SubmissionOutcome {
    SubmissionOutcome(
      submissionID: entry.id, jobID: entry.jobID, status: .unknown(reason: reason), attempts: attempts,
      inFlight: entry.inFlight(at: clock.now()))
  }

  private func save(_ entry: inout LedgerEntry) throws(Failure) {
    entry.updatedAt = clock.now()
    if case .sending = entry.state {} else { entry.ownerPID = nil }
    let snapshot = entry
    try ledgerCall { try ledger.update(snapshot) }
  }

  private func ledgerCall<T>(_ body: () throws -> T) throws(Failure) -> T {
    do {
      return try body()
    } catch {
      logger.error("ledger write failed", metadata: ["error": "\(type(of: error))"])
      throw .ledger(String(describing: error))
    }
  }

  /// Log metadata: ids, job, attempt and codes only — never candidate data or the key. The job id and
  /// the error code can come from Kombo or be typed: logs may reach a terminal, so they are sanitised.
  private func metadata(
    _ entry: LedgerEntry, failure: SubmissionFailure? = nil, extra: [String: String] = [:]
  ) -> Logger.Metadata {
    var result: Logger.Metadata = [
      "submission": "\(entry.id.uuidString)", "job": "\(Sanitizer.line(entry.jobID, limit: 120))",
      "attempt": "\(entry.attempt)",
    ]
    if let code = failure?.code { result["code"] = "\(Sanitizer.line(code, limit: 80))" }
    if let status = failure?.httpStatus { result["http_status"] = "\(status)" }
    for (key, value) in extra { result[key] = "\(value)" }
    return result
  }
}

extension Duration {
  /// The duration in whole milliseconds.
  var milliseconds: Int64 { Int64((timeInterval * 1000).rounded()) }
}
