import ApplyCoreTesting
import Foundation
import Logging
import Testing

@testable import ApplyCore

/// The submitter's state machine, one test per fault, with the in-memory transport and a fake clock
/// (no real sleeping): what was sent, how long it waited, what the ledger and history hold afterwards.
@Suite struct SubmitterTests {
  let body = Data(
    #"{"candidate":{"email_address":"ada.lovelace@example.com","first_name":"Ada","last_name":"Lovelace"}}"#
      .utf8)

  struct Harness {
    let fake: SubmitFakeKombo
    let clock: ManualClock
    let database: StateDatabase
    let submitter: Submitter

    var ledger: Ledger { Ledger(database: database) }
    var history: [HistoryEntry] { (try? HistoryStore(database: database).entries()) ?? [] }
  }

  func harness(
    _ script: [SubmitFakeKombo.CreateStep], maxAttempts: Int = 4, processID: Int32 = 999_999,
    integrationID: String? = nil
  ) throws -> Harness {
    let fake = SubmitFakeKombo(script)
    let database = try StateDatabase(path: StoreTests.temporaryDatabasePath())
    let clock = ManualClock()
    fake.clock = clock
    let submitter = Submitter(
      client: fake.client(), ledger: Ledger(database: database), clock: clock,
      random: FixedRandom(jitter: 0.5),
      policy: RetryPolicy(maxAttempts: maxAttempts), integrationID: integrationID,
      logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }), processID: processID)
    return Harness(fake: fake, clock: clock, database: database, submitter: submitter)
  }

  var request: SubmissionRequest {
    SubmissionRequest(
      jobID: SubmitFakeKombo.jobID, jobName: "Backend Engineer", candidateEmail: SubmitFakeKombo.email,
      body: body)
  }

  @Test func createdOnTheFirstAttemptMovesToHistoryAndDeletesTheDraft() async throws {
    let h = try harness([.created("AppAAAAAAAAAAAAAAAAAAAA1")])
    let drafts = DraftStore(database: h.database)
    try drafts.save(
      DraftSummary(id: "draft-1", jobReference: SubmitFakeKombo.jobID, candidateName: "A", updatedAt: Date()),
      payload: Data("{}".utf8))
    var withDraft = request
    withDraft.draftID = "draft-1"
    let outcome = try await h.submitter.submit(withDraft)
    #expect(
      outcome.status
        == .succeeded(
          SubmissionReceipt(
            applicationID: "AppAAAAAAAAAAAAAAAAAAAA1", candidateID: "CanAAAAAAAAAAAAAAAAAAAA1",
            warnings: ["source ignored"])))
    #expect(h.fake.createBodies == [body], "the body is sent byte for byte")
    #expect(try h.ledger.entries().isEmpty)
    #expect(h.history.map(\.applicationID) == ["AppAAAAAAAAAAAAAAAAAAAA1"])
    #expect(try drafts.load(id: "draft-1") == nil)
    #expect(h.clock.sleeps.isEmpty)
  }

  @Test func rateLimitWithRetryAfterWaitsThatLong() async throws {
    let h = try harness([
      .kombo(status: 429, code: "PLATFORM.RATE_LIMIT_EXCEEDED", headers: [("Retry-After", "7")]),
      .created("AppB"),
    ])
    let outcome = try await h.submitter.submit(request)
    #expect(h.clock.sleeps == [.seconds(7)])
    #expect(h.fake.createCount == 2)
    #expect(outcome.attempts == 2)
    guard case .succeeded = outcome.status else {
      Issue.record("expected success, got \(outcome.status)")
      return
    }
  }

  @Test func retryAfterMillisecondsWinsAndHTTPDatesAreHonoured() async throws {
    let ms = try harness([
      .kombo(
        status: 429, code: "REMOTE.RATE_LIMIT_EXCEEDED",
        headers: [("Retry-After", "9"), ("retry-after-ms", "1500")]),
      .created("AppC"),
    ])
    _ = try await ms.submitter.submit(request)
    #expect(ms.clock.sleeps == [.milliseconds(1500)])

    let dated = try harness([])
    let inTwelveSeconds = dated.clock.now().addingTimeInterval(12)
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    let h = try harness([
      .kombo(
        status: 429, code: "PLATFORM.RATE_LIMIT_EXCEEDED",
        headers: [("Retry-After", formatter.string(from: inTwelveSeconds))]),
      .created("AppD"),
    ])
    _ = try await h.submitter.submit(request)
    #expect(h.clock.sleeps == [.seconds(12)])
  }

  @Test func bareServiceUnavailableIsRetriedWithBackoff() async throws {
    let h = try harness([.html(status: 503), .created("AppE")])
    let outcome = try await h.submitter.submit(request)
    #expect(h.clock.sleeps == [.milliseconds(500)])
    guard case .succeeded = outcome.status else {
      Issue.record("expected success")
      return
    }
  }

  /// `PLATFORM.UNKNOWN_ERROR` may come after the ATS created the application: it is looked up first,
  /// and sent again (once) only when it is not there.
  @Test func internalErrorIsReconciledBeforeAnyResend() async throws {
    let h = try harness([.kombo(status: 500, code: "PLATFORM.UNKNOWN_ERROR"), .created("AppR")])
    let outcome = try await h.submitter.submit(request)
    #expect(h.fake.lookupCount == 1)
    #expect(h.fake.createCount == 2)
    #expect(h.clock.sleeps.isEmpty)
    guard case .succeeded(let receipt) = outcome.status else {
      Issue.record("expected success, got \(outcome.status)")
      return
    }
    #expect(receipt.applicationID == "AppR")
  }

  /// A lookup that finds only an application from before this submission does not claim it, and
  /// does not resend: the candidate had applied already.
  @Test func anOlderApplicationIsNotMistakenForThisSubmissions() async throws {
    let h = try harness([.timeoutWithoutCreating, .created("never")])
    h.fake.olderApplicationID = "AppOLDAAAAAAAAAAAAAAAAA1"
    let outcome = try await h.submitter.submit(request)
    #expect(h.fake.createCount == 1, "nothing is resent")
    #expect(h.history.isEmpty, "nothing is recorded as created")
    guard case .failed(let failure) = outcome.status else {
      Issue.record("expected a failure, got \(outcome.status)")
      return
    }
    #expect(failure.code == "ATS.APPLICATION_ALREADY_EXISTS")
    #expect(failure.message.contains("AppOLDAAAAAAAAAAAAAAAAA1"))
    #expect(!failure.retryable)
  }

  /// The same lookup after this submission's own application was created takes the new one.
  @Test func theNewApplicationWinsOverAnOlderOne() async throws {
    let h = try harness([.timeoutAfterCreating("AppNEW"), .created("never")])
    h.fake.olderApplicationID = "AppOLDAAAAAAAAAAAAAAAAA1"
    let outcome = try await h.submitter.submit(request)
    #expect(h.fake.createCount == 1)
    guard case .succeeded(let receipt) = outcome.status else {
      Issue.record("expected success, got \(outcome.status)")
      return
    }
    #expect(receipt.applicationID == "AppNEW")
  }

  /// A sync still running refuses before anything is created: kept to be sent again later.
  @Test func aPendingSyncIsKeptForLater() async throws {
    let h = try harness([.kombo(status: 409, code: "INTEGRATION.SETUP_SYNC_PENDING")])
    let outcome = try await h.submitter.submit(request)
    #expect(h.fake.createCount == 1)
    guard case .failed(let failure) = outcome.status else {
      Issue.record("expected a failure, got \(outcome.status)")
      return
    }
    #expect(failure.retryable)
    #expect(outcome.keptInOutbox)
  }

  @Test func refusedConnectionIsRetriedBecauseNothingLeft() async throws {
    let h = try harness([.refused, .created("AppF")])
    let outcome = try await h.submitter.submit(request)
    #expect(h.fake.createCount == 2)
    #expect(h.clock.sleeps == [.milliseconds(500)])
    guard case .succeeded(let receipt) = outcome.status else {
      Issue.record("expected success")
      return
    }
    #expect(receipt.applicationID == "AppF")
  }

  @Test func timeoutAfterSendingIsReconciledAndNotResentWhenFound() async throws {
    let h = try harness([.timeoutAfterCreating("AppG"), .created("duplicate")])
    let outcome = try await h.submitter.submit(request)
    #expect(h.fake.createCount == 1, "must not resend once the application is found")
    #expect(h.fake.lookupCount == 1)
    #expect(
      outcome.status
        == .succeeded(
          SubmissionReceipt(applicationID: "AppG", candidateID: "CanAAAAAAAAAAAAAAAAAAAA1", reconciled: true))
    )
    #expect(h.history.first?.reconciled == true)
  }

  @Test func timeoutWithNothingFoundResendsOnceAndAlreadyExistsCountsAsCreated() async throws {
    let h = try harness([
      .timeoutWithoutCreating, .kombo(status: 409, code: "ATS.APPLICATION_ALREADY_EXISTS"),
    ])
    let outcome = try await h.submitter.submit(request)
    #expect(h.fake.createCount == 2)
    #expect(
      h.clock.sleeps == [.seconds(60)],
      "after the 300 s timeout, the 60 s margin is waited out before a resend")
    guard case .succeeded(let receipt) = outcome.status else {
      Issue.record("expected success, got \(outcome.status)")
      return
    }
    #expect(receipt.applicationID == nil)
    #expect(receipt.note?.contains("ids are unknown") == true, "says why the ids are missing")
    #expect(h.history.first?.note == receipt.note)
    #expect(try h.ledger.entries().isEmpty)
  }

  /// `ATS.APPLICATION_ALREADY_EXISTS` to the resend: the ids come from looking the application up.
  @Test func alreadyExistsAfterTheResendTakesTheIdsFromTheLookup() async throws {
    let h = try harness([.timeoutWithoutCreating, .alreadyExists(landed: "AppLANDED")])
    let outcome = try await h.submitter.submit(request)
    #expect(h.fake.createCount == 2)
    #expect(
      outcome.status
        == .succeeded(
          SubmissionReceipt(
            applicationID: "AppLANDED", candidateID: "CanAAAAAAAAAAAAAAAAAAAA1", reconciled: true)))
    #expect(h.history.first?.applicationID == "AppLANDED")
  }

  /// A lookup that finds the candidate but not the application among theirs takes the application id
  /// from the job's applications, instead of reporting a result without ids.
  @Test func aReconciledResultTakesTheApplicationIdFromTheJobsApplications() async throws {
    let h = try harness([.timeoutAfterCreating("AppSCANNED")])
    h.fake.candidatesWithoutApplications = true
    let outcome = try await h.submitter.submit(request)
    #expect(h.fake.createCount == 1)
    #expect(
      outcome.status
        == .succeeded(
          SubmissionReceipt(
            applicationID: "AppSCANNED", candidateID: "CanAAAAAAAAAAAAAAAAAAAA1", reconciled: true)))
  }

  /// kill -9 while an attempt was in flight: a retry inside the attempt's window (start + create timeout
  /// + margin) only looks it up and says until when it waits; the application that lands meanwhile is
  /// found by the next retry, and nothing is ever resent.
  @Test func anAttemptThatMayStillRunIsNeverResentBeforeItsWindowCloses() async throws {
    let h = try harness([.created("duplicate")])
    let started = h.clock.now()
    var entry = LedgerEntry(
      id: UUID(), createdAt: started, jobID: SubmitFakeKombo.jobID, jobName: nil, integrationID: nil,
      candidateEmail: SubmitFakeKombo.email, body: body, state: .sending(attempt: 1), attempt: 1,
      ownerPID: 2_000_000)
    entry.attemptStartedAt = started
    entry.inFlightUntil = started.addingTimeInterval(360)
    try h.ledger.insert(entry)
    try h.submitter.recoverInterrupted()
    h.clock.advance(by: .seconds(5))

    let early = try await h.submitter.retry(entry.id)
    #expect(h.fake.createCount == 0, "not resent while the killed attempt may still be running")
    #expect(h.fake.lookupCount == 1, "but looked up")
    #expect(early.inFlight == InFlightWindow(since: started, safeAt: started.addingTimeInterval(360)))
    #expect(early.explanation.contains("in flight since"))
    #expect(early.keptInOutbox)
    let kept = try #require(try h.ledger.entry(entry.id))
    #expect(kept.ownerPID == nil, "the retry released the entry")
    #expect(kept.inFlight(at: h.clock.now()) != nil)

    h.fake.land("AppLATE")
    h.clock.advance(by: .seconds(400))
    let late = try await h.submitter.retry(entry.id)
    #expect(h.fake.createCount == 0, "found, so never resent")
    #expect(
      late.status
        == .succeeded(
          SubmissionReceipt(
            applicationID: "AppLATE", candidateID: "CanAAAAAAAAAAAAAAAAAAAA1", reconciled: true)))
  }

  @Test func anAttemptWhoseWindowClosedIsResentOnceIfStillNotFound() async throws {
    let h = try harness([.created("AppK")])
    let started = h.clock.now()
    var entry = LedgerEntry(
      id: UUID(), createdAt: started, jobID: SubmitFakeKombo.jobID, jobName: nil, integrationID: nil,
      candidateEmail: SubmitFakeKombo.email, body: body, state: .unknown(reason: "stopped"), attempt: 1)
    entry.attemptStartedAt = started
    entry.inFlightUntil = started.addingTimeInterval(360)
    try h.ledger.insert(entry)
    h.clock.advance(by: .seconds(361))
    let outcome = try await h.submitter.retry(entry.id)
    #expect(h.fake.createCount == 1)
    #expect(outcome.inFlight == nil)
    #expect(
      outcome.status
        == .succeeded(
          SubmissionReceipt(
            applicationID: "AppK", candidateID: "CanAAAAAAAAAAAAAAAAAAAA1", warnings: ["source ignored"])))
  }

  /// A 2xx means created, even when the answer does not decode as documented: recorded as succeeded
  /// with the ids found in it and the raw answer kept, never resent.
  @Test(arguments: [
    #"{"status":"success","data":{"id":"AppODD","candidate_id":"CanODD","outcome":"ON_HOLD"},"warnings":[]}"#,
    #"{"status":"success","data":{"id":"AppODD","candidate":{"id":"CanODD"}},"warnings":[{"message":"w"}]}"#,
  ])
  func aSuccessAnswerThatDoesNotDecodeIsACreation(body answer: String) async throws {
    let h = try harness([.raw(status: 200, body: answer), .created("duplicate")])
    let outcome = try await h.submitter.submit(request)
    #expect(h.fake.createCount == 1)
    #expect(h.fake.lookupCount == 0)
    guard case .succeeded(let receipt) = outcome.status else {
      Issue.record("expected success, got \(outcome.status)")
      return
    }
    #expect(receipt.applicationID == "AppODD")
    #expect(receipt.candidateID == "CanODD")
    #expect(receipt.rawAnswer == Data(answer.utf8))
    #expect(receipt.note?.contains("not in the documented form") == true)
    #expect(try h.ledger.entries().isEmpty, "nothing left to retry")
    #expect(h.history.first?.applicationID == "AppODD")
  }

  @Test func aSuccessAnswerWithoutIdsSaysSo() async throws {
    let h = try harness([.raw(status: 201, body: #"{"status":"success","data":{"outcome":"ON_HOLD"}}"#)])
    let outcome = try await h.submitter.submit(request)
    guard case .succeeded(let receipt) = outcome.status else {
      Issue.record("expected success, got \(outcome.status)")
      return
    }
    #expect(receipt.applicationID == nil)
    #expect(receipt.note?.contains("no application id could be found") == true)
  }

  /// The spec's minimal error envelope (code, title, log_url null) on a 5xx may come from a server that
  /// gave up while Kombo went on: unknown, looked up, and kept in flight rather than "not created".
  @Test func anErrorEnvelopeWithoutCodeOnA5xxIsAnUnknownOutcome() async throws {
    let envelope =
      #"{"status":"error","error":{"code":null,"title":null,"message":"Internal","log_url":null}}"#
    let h = try harness([.raw(status: 500, body: envelope), .created("duplicate")])
    let outcome = try await h.submitter.submit(request)
    guard case .unknown = outcome.status else {
      Issue.record("expected unknown, got \(outcome.status)")
      return
    }
    #expect(h.fake.lookupCount == 1)
    #expect(h.fake.createCount == 1, "not resent while the attempt may still be running")
    #expect(outcome.inFlight != nil)
    #expect(outcome.keptInOutbox)
  }

  @Test func secondUnclearOutcomeAfterTheResendStaysUnknown() async throws {
    let h = try harness([.timeoutWithoutCreating, .timeoutWithoutCreating, .created("never")])
    let outcome = try await h.submitter.submit(request)
    #expect(h.fake.createCount == 2, "exactly one resend")
    #expect(h.fake.lookupCount == 3, "after the timeout, and again after its margin, then after the resend")
    guard case .unknown = outcome.status else {
      Issue.record("expected unknown")
      return
    }
    #expect(outcome.keptInOutbox)
    guard case .unknown = try h.ledger.entry(outcome.submissionID)?.state else {
      Issue.record("ledger")
      return
    }
  }

  @Test func alreadyExistsOnAFirstAttemptIsARejection() async throws {
    let h = try harness([.kombo(status: 409, code: "ATS.APPLICATION_ALREADY_EXISTS")])
    let outcome = try await h.submitter.submit(request)
    guard case .failed(let failure) = outcome.status else {
      Issue.record("expected failure")
      return
    }
    #expect(failure.code == "ATS.APPLICATION_ALREADY_EXISTS")
    #expect(!failure.retryable)
  }

  @Test func exhaustedAttemptsFailRetryableAndStayInTheOutbox() async throws {
    let limited = SubmitFakeKombo.CreateStep.kombo(status: 429, code: "PLATFORM.RATE_LIMIT_EXCEEDED")
    let h = try harness([limited, limited, limited, limited, .created("never")])
    let outcome = try await h.submitter.submit(request)
    #expect(h.fake.createCount == 4)
    #expect(h.clock.sleeps == [.milliseconds(500), .milliseconds(750), .milliseconds(1125)])
    guard case .failed(let failure) = outcome.status else {
      Issue.record("expected failure")
      return
    }
    #expect(failure.retryable)
    #expect(outcome.keptInOutbox)
    let kept = try #require(try h.ledger.entry(outcome.submissionID))
    #expect(kept.body == body)
    #expect(kept.state == .failed(failure))
  }

  @Test func concurrencyLimitBacksOffAtLeastOneSecond() async throws {
    let h = try harness([.kombo(status: 429, code: "PLATFORM.CONCURRENCY_LIMIT_EXCEEDED"), .created("AppH")])
    _ = try await h.submitter.submit(request)
    #expect(h.clock.sleeps == [.seconds(1)])
  }

  @Test func serverWaitLongerThanTheLimitIsNotSatThrough() async throws {
    let h = try harness([
      .kombo(status: 429, code: "PLATFORM.RATE_LIMIT_EXCEEDED", headers: [("Retry-After", "3600")])
    ])
    let outcome = try await h.submitter.submit(request)
    #expect(h.clock.sleeps.isEmpty)
    #expect(outcome.keptInOutbox)
  }

  @Test func interruptedSendIsReconciledOnRetryNeverBlindlyResent() async throws {
    let h = try harness([.timeoutAfterCreating("AppI")])
    let entry = LedgerEntry(
      id: UUID(), createdAt: Date(), jobID: SubmitFakeKombo.jobID, jobName: nil, integrationID: nil,
      candidateEmail: SubmitFakeKombo.email, body: body, state: .sending(attempt: 1), attempt: 1,
      ownerPID: 2_000_000)
    try h.ledger.insert(entry)
    // The application was created by the interrupted attempt: make the fake know it.
    _ = try? await h.fake.client().createApplication(jobID: SubmitFakeKombo.jobID, body: body, timeout: nil)
    let recovered = try h.submitter.recoverInterrupted()
    #expect(recovered.map(\.id) == [entry.id])
    guard case .unknown = try h.ledger.entry(entry.id)?.state else {
      Issue.record("expected unknown")
      return
    }

    let outcome = try await h.submitter.retry(entry.id)
    #expect(h.fake.createCount == 1, "only the simulated interrupted attempt, no resend")
    #expect(
      outcome.status
        == .succeeded(
          SubmissionReceipt(applicationID: "AppI", candidateID: "CanAAAAAAAAAAAAAAAAAAAA1", reconciled: true))
    )
  }

  @Test func retryOfAnUnknownEntryResendsOnceWhenNothingIsFound() async throws {
    let h = try harness([.timeoutWithoutCreating, .timeoutWithoutCreating, .created("AppJ")])
    let first = try await h.submitter.submit(request)
    guard case .unknown = first.status else {
      Issue.record("expected unknown")
      return
    }
    #expect(first.inFlight != nil, "the resend timed out: it may still be running")
    let early = try await h.submitter.retry(first.submissionID)
    #expect(h.fake.createCount == 2, "no resend inside the resend's window")
    #expect(early.inFlight != nil)
    h.clock.advance(by: .seconds(61))
    let second = try await h.submitter.retry(first.submissionID)
    #expect(h.fake.createCount == 3)
    guard case .succeeded(let receipt) = second.status else {
      Issue.record("expected success")
      return
    }
    #expect(receipt.applicationID == "AppJ")
  }

  @Test func failedLookupLeavesTheOutcomeUnknown() async throws {
    let h = try harness([.timeoutWithoutCreating])
    h.fake.lookupsFail = true
    let outcome = try await h.submitter.submit(request)
    #expect(h.fake.createCount == 1)
    guard case .unknown(let reason) = outcome.status else {
      Issue.record("expected unknown")
      return
    }
    #expect(reason.contains("looking it up afterwards failed"))
  }

  @Test func rejectedEntriesAreNotRetried() async throws {
    let h = try harness([.kombo(status: 400, code: "ATS.JOB_CLOSED")])
    let outcome = try await h.submitter.submit(request)
    await #expect(throws: Submitter.Failure.self) { try await h.submitter.retry(outcome.submissionID) }
    #expect(h.fake.createCount == 1)
  }

  /// An entry made on one integration (say the sandbox) is never sent through another (a real key).
  @Test func entryOfAnotherIntegrationIsNeverSentHere() async throws {
    let h = try harness([.created("AppL")], integrationID: "greenhouse:8d1hpPsbjxUkoCoa1veLZGe5")
    let entry = LedgerEntry(
      id: UUID(), createdAt: Date(), jobID: SubmitFakeKombo.jobID, jobName: nil,
      integrationID: "sandbox:yn2MzAVjqBG5w7v9TcMnUiQn", candidateEmail: SubmitFakeKombo.email, body: body,
      state: .unknown(reason: "timed out"), attempt: 1)
    try h.ledger.insert(entry)
    await #expect {
      try await h.submitter.retry(entry.id)
    } throws: { error in
      guard case .otherIntegration(let recorded, _) = error as? Submitter.Failure else { return false }
      return recorded == "sandbox:yn2MzAVjqBG5w7v9TcMnUiQn"
    }
    #expect(h.fake.createCount == 0)
    #expect(
      try h.ledger.entry(entry.id)?.state == .unknown(reason: "timed out"), "the entry is left as it was")
  }

  @Test func entryOfALiveProcessIsNotTouched() async throws {
    let h = try harness([])
    let entry = LedgerEntry(
      id: UUID(), createdAt: Date(), jobID: SubmitFakeKombo.jobID, jobName: nil, integrationID: nil,
      candidateEmail: SubmitFakeKombo.email, body: body, state: .sending(attempt: 1), attempt: 1,
      ownerPID: getpid())
    try h.ledger.insert(entry)
    #expect(try h.submitter.recoverInterrupted().isEmpty)
    await #expect(throws: Submitter.Failure.self) { try await h.submitter.retry(entry.id) }
    #expect(h.fake.createCount == 0)
  }

  @Test func aBuiltDraftIsSubmittedWithItsBodyAndEmail() async throws {
    let h = try harness([.created("AppK")])
    let draft = ApplicationDraft(
      job: JobReference(SubmitFakeKombo.jobID),
      candidate: CandidateDraft(firstName: "Ada", lastName: "Lovelace", emailAddress: SubmitFakeKombo.email))
    let built = try RequestBuilder().build(draft, job: nil)
    let outcome = try await h.submitter.submit(
      SubmissionRequest(built, jobName: "Backend", integrationID: nil))
    #expect(h.fake.createBodies == [built.body])
    #expect(outcome.jobID == SubmitFakeKombo.jobID)
    #expect(h.history.first?.jobName == "Backend")
  }
}
