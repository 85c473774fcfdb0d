import ApplyCoreTesting
import Foundation
import GRDB
import KomboAPI
import TerminalUI
import TerminalUITesting
import Testing

@testable import ApplyCore
@testable import RecruiterApp

/// Runs the launcher without a terminal on `ProgramTestDriver`: work to completion one effect after
/// another; the spinner and the app's timers wait on virtual time.
struct LaunchDriver {
  private var run: ProgramTestDriver<LaunchProgram>

  init(_ services: LaunchServices, size: Size = Size(width: 80, height: 24)) async {
    let program = LaunchProgram(services: services)
    let (model, effects) = program.start(size: size)
    run = await ProgramTestDriver(program, model: model, initialEffects: effects)
  }

  /// The launcher.
  var program: LaunchProgram { run.program }
  /// The model after everything so far.
  var model: LaunchModel { run.model }

  mutating func key(_ key: KeyPress) async { await send(.key(key)) }

  mutating func send(_ event: InputEvent) async { await run.send(.event(event)) }

  func text(_ size: Size = Size(width: 80, height: 24)) -> String { program.view(model, size: size).text }
}

/// A launcher over a scripted Kombo and a fresh state directory.
final class LaunchScenario: @unchecked Sendable {
  let fixture: StateFixture
  let kombo: ScriptedKombo
  private let lock = NSLock()
  private var remembered: [String] = []
  private var connections: [String?] = []
  /// The files the connected services read.
  let files: [String: [UInt8]]

  static let context = StartupCheck.Context(
    maskedKey: "sk_live_…AB12", keySource: "KOMBO_API_KEY", server: "https://api.kombo.dev/v1",
    configFile: "/home/ada/.config/kombo-apply/config.json")
  static let known = [
    ConfigFile.Integration(id: AppFakeKombo.integrationID, label: "Acme GmbH"),
    ConfigFile.Integration(id: "personio:phbaKjs5pg6QcCVHSbSTv9Td", label: "Beta AG"),
  ]

  init(_ kombo: ScriptedKombo = ScriptedKombo(), files: [String: [UInt8]] = [:]) throws {
    fixture = try StateFixture()
    self.kombo = kombo
    self.files = files
  }

  var rememberedIDs: [String] { lock.withLock { remembered } }
  var connectedIDs: [String?] { lock.withLock { connections } }

  func services(
    sandbox: Bool = false, integration: String? = AppFakeKombo.integrationID,
    known: [ConfigFile.Integration] = [], lastUsed: String? = nil
  ) -> LaunchServices {
    let facts = LaunchFacts(
      isSandbox: sandbox, integration: integration, known: known, lastUsed: lastUsed, context: Self.context)
    return LaunchServices(
      facts: facts, probe: sandbox ? nil : kombo, clock: ManualClock(start: AppTestEnvironment.start),
      remember: { id in self.lock.withLock { self.remembered.append(id) } },
      connect: { id in
        self.lock.withLock { self.connections.append(id) }
        return .success(
          scriptedServices(
            self.kombo, fixture: self.fixture, integrationID: id ?? "sandbox:yn2MzAVjqBG5w7v9TcMnUiQn",
            isSandbox: sandbox, files: self.files))
      })
  }

  static func details(
    status: IntegrationDetails.Status = .active, setup: IntegrationDetails.SetupStatus = .completed,
    actionAvailable: Bool = true, optedOut: Bool = false, coverage: CoverageStatus = .supported
  ) -> IntegrationDetails {
    var details = AppSamples.details()
    details.status = status
    details.setupStatus = setup
    details.writeActions = [
      .init(
        id: IntegrationDetails.createApplicationActionID, label: "Create application",
        isAvailable: actionAvailable,
        coverageStatus: coverage, scopeConfigSetting: actionAvailable ? .enabled : .disabled,
        optedOutByCustomer: optedOut)
    ]
    return details
  }
}

@Suite struct StartupTests {
  /// A failing check and what its screen must say.
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let keyCheck: Result<APIKeyCheck, KomboClientError>
    let details: Result<IntegrationDetails, KomboClientError>
    let expected: [String]
    var testDescription: String { name }

    static let ok: Result<APIKeyCheck, KomboClientError> = .success(
      APIKeyCheck(environmentID: "EnvAAAAAAAAAAAAAAAAAAAA1"))
  }

  static let cases: [Case] = [
    Case(
      name: "invalid key",
      keyCheck: .failure(ScriptedKombo.apiError(.platformAuthenticationInvalid, status: 401)),
      details: .success(AppSamples.details()),
      expected: [
        "The API key was not accepted", "sk_live_…AB12 (from KOMBO_API_KEY)",
        "Fix or replace the key in KOMBO_API_KEY",
      ]),
    Case(
      name: "integration not found", keyCheck: Case.ok,
      details: .failure(ScriptedKombo.apiError(.platformIntegrationNotFound, status: 404)),
      expected: ["Integration not found", "PLATFORM.INTEGRATION_NOT_FOUND", "same Kombo environment"]),
    Case(
      name: "sync pending (code)", keyCheck: Case.ok,
      details: .failure(ScriptedKombo.apiError(.integrationSetupSyncPending, status: 409)),
      expected: [
        "The integration is still syncing", "INTEGRATION.SETUP_SYNC_PENDING", "take hours", "Try again later",
      ]),
    Case(
      name: "sync pending (status)", keyCheck: Case.ok,
      details: .success(LaunchScenario.details(setup: .finalSyncPending)),
      expected: ["The integration is still syncing", "take hours"]),
    Case(
      name: "setup incomplete", keyCheck: Case.ok,
      details: .success(LaunchScenario.details(setup: .incomplete)),
      expected: ["setup is not finished", "INTEGRATION.SETUP_INCOMPLETE", "Kombo Connect"]),
    Case(
      name: "permission missing (code)", keyCheck: Case.ok,
      details: .failure(ScriptedKombo.apiError(.integrationPermissionMissing, status: 403)),
      expected: [
        "Creating applications is not permitted", "INTEGRATION.PERMISSION_MISSING", "ats_create_application",
        "scope config",
      ]),
    Case(
      name: "create action switched off", keyCheck: Case.ok,
      details: .success(LaunchScenario.details(actionAvailable: false)),
      expected: ["Creating applications is not permitted", "switched off in the integration's scope config"]),
    Case(
      name: "create action unsupported", keyCheck: Case.ok,
      details: .success(LaunchScenario.details(actionAvailable: false, coverage: .unsupported)),
      expected: ["cannot create applications through Kombo", "Greenhouse does not support"]),
    Case(
      name: "inactive", keyCheck: Case.ok, details: .success(LaunchScenario.details(status: .inactive)),
      expected: ["The integration is inactive", "Reactivate"]),
    Case(
      name: "reconnect", keyCheck: Case.ok, details: .success(LaunchScenario.details(status: .invalid)),
      expected: ["needs to be renewed", "reconnect"]),
    Case(
      name: "unreachable", keyCheck: .failure(.transport(.notSent("connection refused"))),
      details: .success(AppSamples.details()),
      expected: ["Kombo cannot be reached", "https://api.kombo.dev/v1: connection refused", "r to retry"]),
  ]

  @Test(arguments: cases)
  func eachProblemGetsAScreenSayingWhatToDo(_ problem: Case) async throws {
    let scenario = try LaunchScenario(ScriptedKombo(keyCheck: problem.keyCheck, details: problem.details))
    let driver = await LaunchDriver(scenario.services())
    #expect(driver.model.app == nil)
    let text = driver.text(Size(width: 120, height: 40))
    for expected in problem.expected {
      #expect(text.contains(expected), "\(problem.name): missing \(expected)")
    }
    #expect(!text.contains("sk_live_secret"))
    #expect(driver.model.problemStatus == (problem.name == "unreachable" ? 69 : 78))
    #expect(scenario.connectedIDs.isEmpty, "nothing connects before the check passes")
  }

  @Test func noIntegrationChosenIsExplainedAfterTheKeyIsChecked() async throws {
    let scenario = try LaunchScenario()
    let driver = await LaunchDriver(scenario.services(integration: nil))
    #expect(scenario.kombo.calls == ["check-api-key"])
    #expect(driver.text().contains("No integration chosen"))
    #expect(driver.text(Size(width: 120, height: 40)).contains("--integration <tool>:<id>"))
  }

  /// Kombo's OpenAPI description has no `write_actions`: coverage is unknown, and the app starts.
  @Test func detailsWithoutWriteActionsStartTheAppWithCoverageUnknown() async throws {
    var details = AppSamples.details()
    details.writeActions = nil
    #expect(StartupCheck.problem(details) == nil)
    let scenario = try LaunchScenario(ScriptedKombo(details: .success(details)))
    let driver = await LaunchDriver(scenario.services())
    #expect(driver.model.app != nil)
    #expect(driver.text().contains("Senior Backend Engineer"), "the job list shows")
    details.writeActions = []
    #expect(StartupCheck.problem(details) != nil, "a list without the action still says it is missing")
  }

  @Test func retryAfterTheNetworkComesBackStartsTheApp() async throws {
    let kombo = ScriptedKombo(keyCheck: .failure(.transport(.notSent("network is unreachable"))))
    let scenario = try LaunchScenario(kombo)
    var driver = await LaunchDriver(scenario.services())
    #expect(driver.text().contains("Kombo cannot be reached"))
    kombo.keyCheck = StartupTests.Case.ok
    await driver.key(.character("r"))
    #expect(driver.model.app != nil)
    #expect(driver.text().contains("Senior Backend Engineer"), "the job list shows")
  }

  @Test func severalIntegrationsGetAPickerStartingOnTheOneUsedLast() async throws {
    let scenario = try LaunchScenario()
    var driver = await LaunchDriver(
      scenario.services(
        integration: nil, known: LaunchScenario.known, lastUsed: "personio:phbaKjs5pg6QcCVHSbSTv9Td"))
    let text = driver.text()
    #expect(text.contains("Choose the integration"))
    #expect(text.contains("Acme GmbH"))
    #expect(text.contains("Personio"))
    #expect(text.contains("last used"))
    #expect(driver.model.picker.cursor == 1)
    #expect(scenario.kombo.calls.isEmpty, "nothing is checked before a choice")
    await driver.key(KeyPress(.up))
    await driver.key(.enter)
    #expect(scenario.rememberedIDs == [AppFakeKombo.integrationID])
    #expect(scenario.kombo.calls.prefix(2) == ["check-api-key", "integration \(AppFakeKombo.integrationID)"])
    #expect(scenario.connectedIDs == [AppFakeKombo.integrationID])
    #expect(driver.model.app?.model.flow.integration?.tool.label == "Greenhouse")
  }

  @Test func theSandboxIsCheckedForNothingAndShowsItsBadge() async throws {
    let kombo = ScriptedKombo(details: .success(AppSamples.details(slug: "sandbox", label: "Kombo Sandbox")))
    let scenario = try LaunchScenario(kombo)
    let driver = await LaunchDriver(scenario.services(sandbox: true, integration: nil))
    #expect(!kombo.calls.contains("check-api-key"))
    let header = driver.text().split(separator: "\n").first.map(String.init) ?? ""
    #expect(header.contains("SANDBOX"))
    #expect(header.contains("Kombo Sandbox (demo data)"))
  }

  @Test func interruptedSubmissionsAreRecoveredAndAnnounced() async throws {
    let scenario = try LaunchScenario()
    let entry = LedgerEntry(
      id: UUID(), createdAt: AppTestEnvironment.start, jobID: AppSamples.openJobID,
      jobName: "Senior Backend Engineer",
      integrationID: AppFakeKombo.integrationID, candidateEmail: "ada@example.com", body: Data("{}".utf8),
      state: .sending(attempt: 1), attempt: 1, ownerPID: Int32.max)
    try Ledger(database: scenario.fixture.database).insert(entry)
    let driver = await LaunchDriver(scenario.services())
    #expect(driver.text().contains("1 submission is waiting in the outbox (f3)"))
    let recovered = try Ledger(database: scenario.fixture.database).entry(entry.id)
    guard case .unknown = recovered?.state else {
      Issue.record("expected unknown, got \(String(describing: recovered?.state))"); return
    }
  }

  /// A damaged state database: the start says the outbox could not be read instead of counting 0.
  @Test func anOutboxThatCannotBeReadIsSaidNotCountedAsEmpty() async throws {
    let scenario = try LaunchScenario()
    let entry = LedgerEntry(
      id: UUID(), createdAt: AppTestEnvironment.start, jobID: AppSamples.openJobID, jobName: nil,
      integrationID: AppFakeKombo.integrationID, candidateEmail: "ada@example.com", body: Data("{}".utf8),
      state: .unknown(reason: "killed"), attempt: 1, ownerPID: nil)
    try Ledger(database: scenario.fixture.database).insert(entry)
    _ = try scenario.fixture.database.delete("ALTER TABLE submission RENAME TO submission_damaged", [])
    let driver = await LaunchDriver(scenario.services())
    let text = driver.text()
    #expect(text.contains("The outbox could not be read ("), "\(text)")
    #expect(!text.contains("waiting in the outbox"))
    #expect(!text.contains("ada@example.com"), "no candidate data in the notice")
  }

  /// kill -9 while an attempt was in flight: the start says until when it may still be running.
  @Test func anInterruptedAttemptThatMayStillRunIsAnnouncedWithWhenToCheckAgain() async throws {
    let scenario = try LaunchScenario()
    var entry = LedgerEntry(
      id: UUID(), createdAt: AppTestEnvironment.start, jobID: AppSamples.openJobID, jobName: nil,
      integrationID: AppFakeKombo.integrationID, candidateEmail: "ada@example.com", body: Data("{}".utf8),
      state: .sending(attempt: 1), attempt: 1, ownerPID: Int32.max)
    entry.attemptStartedAt = AppTestEnvironment.start.addingTimeInterval(-120)
    entry.inFlightUntil = AppTestEnvironment.start.addingTimeInterval(240)
    try Ledger(database: scenario.fixture.database).insert(entry)
    let driver = await LaunchDriver(scenario.services())
    let window = InFlightWindow(since: entry.attemptStartedAt!, safeAt: entry.inFlightUntil!)
    #expect(
      window.text(timeZone: TimeZone(identifier: "UTC")!)
        == "in flight since 11:58, safe to check again at 12:04")
    #expect(
      driver.text().contains("Outbox (f3): in flight since 11:58, safe to check again at 12:04"))
  }

  /// A rejection stays listed in the outbox but waits for nothing, so the start does not announce it.
  @Test func aRejectedSubmissionIsNotAnnouncedAsWaiting() async throws {
    let scenario = try LaunchScenario()
    let rejected = SubmissionFailure(
      code: "ATS.APPLICATION_ALREADY_EXISTS", httpStatus: 409, title: nil, message: "exists", logURL: nil,
      retryable: false)
    let entry = LedgerEntry(
      id: UUID(), createdAt: AppTestEnvironment.start, jobID: AppSamples.openJobID, jobName: nil,
      integrationID: AppFakeKombo.integrationID, candidateEmail: "ada@example.com", body: Data("{}".utf8),
      state: .failed(rejected), attempt: 1, ownerPID: nil)
    try Ledger(database: scenario.fixture.database).insert(entry)
    let driver = await LaunchDriver(scenario.services())
    #expect(!driver.text().contains("waiting in the outbox"))
    #expect(!entry.isWaiting)
  }

  @Test func aHangUpDuringStartUpStopsWithTheSignal() async throws {
    let scenario = try LaunchScenario()
    var driver = await LaunchDriver(scenario.services(integration: nil, known: LaunchScenario.known))
    await driver.send(.signal(.hangup))
    #expect(driver.model.finalExit == .signal(.hangup))
  }
}
