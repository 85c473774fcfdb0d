import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import Testing

@testable import RecruiterApp

/// The outbox with four kept submissions: an unknown outcome, a retryable 503, a rejection, and one
/// recorded for another integration.
struct OutboxScenario {
  static let unknownID = UUID(uuidString: "00000000-0000-0000-0000-0000000000A1")!
  static let busyID = UUID(uuidString: "00000000-0000-0000-0000-0000000000B2")!
  static let rejectedID = UUID(uuidString: "00000000-0000-0000-0000-0000000000C3")!
  static let foreignID = UUID(uuidString: "00000000-0000-0000-0000-0000000000D4")!
  static let otherIntegration = "personio:phbaKjs5pg6QcCVHSbSTv9Td"

  let fixture: StateFixture
  let kombo: ScriptedKombo
  var driver: ProgramDriver

  init(kombo: ScriptedKombo = ScriptedKombo()) async throws {
    fixture = try StateFixture()
    self.kombo = kombo
    let ledger = Ledger(database: fixture.database)
    func entry(
      _ id: UUID, minutes: Int, job: String, state: SubmissionState, attempts: Int, integration: String
    )
      -> LedgerEntry
    {
      LedgerEntry(
        id: id, createdAt: AppTestEnvironment.start.addingTimeInterval(-Double(minutes) * 60),
        jobID: AppSamples.openJobID,
        jobName: job, integrationID: integration, candidateEmail: "ada@example.com", body: Data("{}".utf8),
        state: state, attempt: attempts)
    }
    let current = AppFakeKombo.integrationID
    try ledger.insert(
      entry(
        Self.unknownID, minutes: 50, job: "Senior Backend Engineer",
        state: .unknown(reason: "no complete response within 300 s"), attempts: 2, integration: current))
    try ledger.insert(
      entry(
        Self.busyID, minutes: 40, job: "Product Designer",
        state: .failed(
          SubmissionFailure(
            code: "REMOTE.SERVICE_UNAVAILABLE", httpStatus: 503, message: "ATS down",
            retryable: true)), attempts: 4, integration: current))
    try ledger.insert(
      entry(
        Self.rejectedID, minutes: 30, job: "iOS Engineer",
        state: .failed(
          SubmissionFailure(
            code: "ATS.JOB_CLOSED", httpStatus: 400, message: "closed",
            logURL: "https://app.kombo.dev/logs/9", retryable: false)),
        attempts: 1, integration: current))
    try ledger.insert(
      entry(
        Self.foreignID, minutes: 20, job: "Account Executive",
        state: .unknown(reason: "the program stopped"), attempts: 1, integration: Self.otherIntegration))
    driver = await ProgramDriver(scriptedServices(kombo, fixture: fixture))
    await driver.key(KeyPress(.function(3)))
  }

  var outbox: OutboxScreen? {
    if case .outbox(let screen) = driver.model.screen { return screen }
    return nil
  }

  var ledgerIDs: [UUID] { (try? Ledger(database: fixture.database).entries().map(\.id)) ?? [] }

  /// Moves the cursor to `id`.
  mutating func select(_ id: UUID) async {
    await driver.key(KeyPress(.home))
    while let outbox, outbox.selected?.id != id, outbox.table.cursor != outbox.entries.count - 1 {
      await driver.key(KeyPress(.down))
    }
  }
}

@Suite struct OutboxScreenTests {
  @Test func everyKeptSubmissionIsListedWithItsStateAttemptsJobAndReason() async throws {
    let scenario = try await OutboxScenario()
    let text = scenario.driver.text()
    #expect(text.contains("Outbox (4)"))
    #expect(text.contains("unknown"))
    #expect(text.contains("retryable"))
    #expect(text.contains("rejected"))
    #expect(text.contains("other integ."))
    #expect(text.contains("REMOTE.SERVICE_UNAVAILABLE"))
    #expect(text.contains("ATS.JOB_CLOSED"))
    #expect(text.contains("safe: r looks the candidate up first"), "the first entry's details show")
    #expect(
      scenario.outbox?.entries.map(\.id) == [
        OutboxScenario.unknownID, OutboxScenario.busyID, OutboxScenario.rejectedID, OutboxScenario.foreignID,
      ])
  }

  @Test func retryingAnUnknownOutcomeLooksTheApplicationUpFirstAndDoesNotResendAFoundOne() async throws {
    let kombo = ScriptedKombo(existing: ("ada@example.com", AppSamples.openJobID, "AppFOUNDAAAAAAAAAAAAAAA1"))
    var scenario = try await OutboxScenario(kombo: kombo)
    await scenario.select(OutboxScenario.unknownID)
    await scenario.driver.key(.character("r"))
    #expect(
      kombo.calls.filter { !["jobs", "integration", "capabilities"].contains(where: $0.hasPrefix) } == [
        "candidates ada@example.com"
      ])
    #expect(scenario.driver.text().contains("✓ Application created (confirmed by looking it up)"))
    #expect(scenario.driver.text().contains("AppFOUNDAAAAAAAAAAAAAAA1"))
    #expect(!scenario.ledgerIDs.contains(OutboxScenario.unknownID))
    let history = try HistoryStore(database: scenario.fixture.database).entries()
    #expect(history.map(\.applicationID) == ["AppFOUNDAAAAAAAAAAAAAAA1"])
  }

  @Test func anUnknownOutcomeNotFoundIsResentOnce() async throws {
    let kombo = ScriptedKombo()
    var scenario = try await OutboxScenario(kombo: kombo)
    await scenario.select(OutboxScenario.unknownID)
    await scenario.driver.key(.enter)
    let calls = kombo.calls.filter {
      $0.hasPrefix("candidates") || $0.hasPrefix("applications") || $0.hasPrefix("create")
    }
    #expect(calls == ["candidates ada@example.com", "applications", "create \(AppSamples.openJobID)"])
    #expect(scenario.driver.text().contains("AppRETRIEDAAAAAAAAAAAAA1"))
  }

  @Test func aRetryableFailureIsSentAgainAndAFailedRetryStaysKept() async throws {
    let kombo = ScriptedKombo(
      creates: Array(
        repeating: .failure(ScriptedKombo.apiError(.remoteServiceUnavailable, status: 503)), count: 4))
    var scenario = try await OutboxScenario(kombo: kombo)
    await scenario.select(OutboxScenario.busyID)
    await scenario.driver.key(.character("r"))
    #expect(kombo.calls.filter { $0.hasPrefix("create") }.count == 4)
    #expect(scenario.driver.text().contains("✗ Not created: REMOTE.SERVICE_UNAVAILABLE"))
    #expect(scenario.ledgerIDs.contains(OutboxScenario.busyID))
    #expect(try Ledger(database: scenario.fixture.database).entry(OutboxScenario.busyID)?.attempt == 8)
  }

  @Test func entriesOfAnotherIntegrationAndRejectionsAreNotRetried() async throws {
    let kombo = ScriptedKombo()
    var scenario = try await OutboxScenario(kombo: kombo)
    await scenario.select(OutboxScenario.foreignID)
    #expect(scenario.driver.text().contains("recorded for integration"))
    #expect(scenario.outbox?.keyHelp.contains { $0.keys == "r" } == false)
    await scenario.driver.key(.character("r"))
    #expect(scenario.outbox?.problem?.contains("never sent through another integration") == true)
    await scenario.select(OutboxScenario.rejectedID)
    await scenario.driver.key(.character("r"))
    #expect(scenario.outbox?.problem?.contains("must not be resent unchanged") == true)
    #expect(!kombo.calls.contains { $0.hasPrefix("create") || $0.hasPrefix("candidates") })
    #expect(scenario.ledgerIDs.count == 4)
  }

  @Test func droppingAsksFirstAndDeletesTheEntry() async throws {
    var scenario = try await OutboxScenario()
    await scenario.select(OutboxScenario.rejectedID)
    await scenario.driver.key(.character("d"))
    #expect(scenario.driver.text().contains("Drop this submission?"))
    await scenario.driver.key(.escape)
    #expect(scenario.ledgerIDs.count == 4)
    await scenario.driver.key(.character("d"))
    await scenario.driver.key(.character("y"))
    #expect(!scenario.ledgerIDs.contains(OutboxScenario.rejectedID))
    #expect(scenario.outbox?.entries.count == 3)
  }

  /// An entry whose last attempt may still be running at Kombo says so, and until when r only looks.
  @Test func anEntryInFlightSaysSinceWhenAndWhenItIsSafeToCheckAgain() throws {
    let fixture = try StateFixture()
    let services = scriptedServices(ScriptedKombo(), fixture: fixture)
    var flow = Flow(
      backend: services.backend, now: AppTestEnvironment.start, timeZone: TimeZone(identifier: "UTC")!,
      size: Size(width: 160, height: 30), sessionSeed: "t")
    var screen = OutboxScreen(services: services, flow: flow)
    var entry = LedgerEntry(
      id: OutboxScenario.unknownID, createdAt: flow.now, jobID: AppSamples.openJobID, jobName: "Backend",
      integrationID: AppFakeKombo.integrationID, candidateEmail: "ada@example.com", body: Data(),
      state: .unknown(reason: "the program stopped while attempt 1 was being sent"), attempt: 1)
    entry.attemptStartedAt = flow.now.addingTimeInterval(-120)
    entry.inFlightUntil = flow.now.addingTimeInterval(240)
    _ = screen.update(.listed(.success([entry])), flow: &flow)
    let text = screen.view(flow: flow, size: flow.size).text
    #expect(text.contains("in flight since 11:58, safe to check again at 12:04"), "\(text)")
    #expect(text.contains("not yet: the last attempt is in flight since 11:58"), "\(text)")
    #expect(!text.contains("safe: r looks the candidate up first"))
    flow.now = flow.now.addingTimeInterval(241)
    let later = screen.view(flow: flow, size: flow.size).text
    #expect(!later.contains("in flight since"), "the window has closed")
    #expect(later.contains("safe: r looks the candidate up first"))
  }

  @Test func progressIsShownWhileARetryRuns() throws {
    let fixture = try StateFixture()
    let services = scriptedServices(ScriptedKombo(), fixture: fixture)
    var flow = Flow(
      backend: services.backend, now: AppTestEnvironment.start, timeZone: services.timeZone,
      size: Size(width: 80, height: 24), sessionSeed: "t")
    var screen = OutboxScreen(services: services, flow: flow)
    let entry = LedgerEntry(
      id: OutboxScenario.unknownID, createdAt: flow.now, jobID: AppSamples.openJobID,
      jobName: "Senior Backend Engineer",
      integrationID: AppFakeKombo.integrationID, candidateEmail: "ada@example.com", body: Data(),
      state: .unknown(reason: "timeout"))
    _ = screen.update(.listed(.success([entry])), flow: &flow)
    _ = screen.update(
      .retryStarted(id: OutboxScenario.unknownID, at: flow.now), flow: &flow)
    _ = screen.update(.retry(.progress(.reconciling)), flow: &flow)
    #expect(
      screen.view(flow: flow, size: flow.size).text.contains("Looking the candidate up before any resend…"))
    #expect(screen.keyHelp.map(\.keys) == ["ctrl+c"])
  }
}
