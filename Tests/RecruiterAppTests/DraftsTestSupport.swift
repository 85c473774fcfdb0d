import ApplyCore
import ApplyCoreTesting
import Foundation
import KomboAPI
import TerminalUI
import TerminalUITesting

@testable import RecruiterApp

/// A private state directory with a state database in it, removed when the test ends.
final class StateFixture: @unchecked Sendable {
  let directory: String
  let database: StateDatabase

  init() throws {
    directory =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("drafts-\(UUID().uuidString)").path + "/state"
    database = try StateDatabase(path: directory + "/state.sqlite")
  }

  deinit {
    try? FileManager.default.removeItem(atPath: (directory as NSString).deletingLastPathComponent)
  }

  /// A repository as process `pid` would have it (locks are per object, like per process).
  func repository(pid: Int32, clock: ManualClock = ManualClock()) -> DraftRepository {
    DraftRepository(
      store: DraftStore(database: database),
      locks: DraftLocks(directory: directory + "/locks", processID: pid),
      clock: clock)
  }

  static func sample(first: String = "Ada", last: String = "Lovelace", job: String = "remote:4711")
    -> SavedDraft
  {
    var draft = ApplicationDraft(job: JobReference(job))
    draft.candidate.firstName = first
    draft.candidate.lastName = last
    draft.candidate.emailAddress = "ada@example.com"
    return SavedDraft(
      draft: draft, jobName: "Senior Backend Engineer (Platform)", step: "candidate",
      focus: "candidate.email_address", integrationID: "sandbox:yn2MzAVjqBG5w7v9TcMnUiQn")
  }
}

/// A Kombo answering from Swift values, logging each call in order: key check and integration
/// details (for start-up), candidate lookups (for reconciliation) and creates.
final class ScriptedKombo: KomboClient, @unchecked Sendable {
  private let lock = NSLock()
  private var log: [String] = []
  private var storedKeyCheck: Result<APIKeyCheck, KomboClientError>
  private var details: Result<IntegrationDetails, KomboClientError>
  /// An application the candidate lookup finds: (email, Kombo job id, application id).
  private var existing: (email: String, jobID: String, applicationID: String)?
  private var creates: [Result<CreateApplicationResponse, KomboClientError>]
  private var bodies: [Data] = []
  private let attachmentRules: AttachmentRules?

  init(
    keyCheck: Result<APIKeyCheck, KomboClientError> = .success(
      APIKeyCheck(environmentID: "EnvAAAAAAAAAAAAAAAAAAAA1")),
    details: Result<IntegrationDetails, KomboClientError> = .success(AppSamples.details()),
    existing: (email: String, jobID: String, applicationID: String)? = nil,
    creates: [Result<CreateApplicationResponse, KomboClientError>] = [],
    attachmentRules: AttachmentRules? = nil
  ) {
    self.attachmentRules = attachmentRules
    self.storedKeyCheck = keyCheck
    self.details = details
    self.existing = existing
    self.creates = creates
  }

  /// What `/check-api-key` answers (changeable, for "the network came back").
  var keyCheck: Result<APIKeyCheck, KomboClientError> {
    get { lock.withLock { storedKeyCheck } }
    set { lock.withLock { storedKeyCheck = newValue } }
  }

  /// Every call so far: `check-api-key`, `integration <id>`, `jobs`, `candidates <email>`, `applications`, `create <job>`.
  var calls: [String] { lock.withLock { log } }

  /// The body of every create, in order.
  var createdBodies: [Data] { lock.withLock { bodies } }

  static func created(_ id: String) -> Result<CreateApplicationResponse, KomboClientError> {
    .success(
      CreateApplicationResponse(
        data: Application(id: id, candidateID: "CanAAAAAAAAAAAAAAAAAAAA1", changedAt: AppFakeKombo.changedAt))
    )
  }

  static func apiError(_ code: KomboErrorCode, status: Int) -> KomboClientError {
    .api(
      KomboAPIFailure(
        error: KomboError(
          code: code, title: "Error", message: "Kombo says no", logURL: "https://app.kombo.dev/logs/1"),
        httpStatus: status))
  }

  private func record(_ call: String) { lock.withLock { log.append(call) } }

  func checkAPIKey() async throws(KomboClientError) -> APIKeyCheck {
    record("check-api-key")
    return try keyCheck.get()
  }

  func integrationDetails(_ id: IntegrationID) async throws(KomboClientError) -> IntegrationDetails {
    record("integration \(id)")
    return try details.get()
  }

  func createApplicationCapabilities() async throws(KomboClientError) -> CreateApplicationCapabilities {
    record("capabilities")
    return CreateApplicationCapabilities(attachmentRestrictions: attachmentRules)
  }

  func jobsPage(_ query: JobQuery, cursor: String?) async throws(KomboClientError) -> KomboPage<Job> {
    record("jobs")
    return KomboPage(next: nil, results: AppSamples.jobs)
  }

  func candidatesPage(email: String, jobIDs: [String], cursor: String?) async throws(KomboClientError)
    -> KomboPage<Candidate>
  {
    record("candidates \(email)")
    guard let existing, existing.email == email, jobIDs.contains(existing.jobID) else {
      return KomboPage(next: nil, results: [])
    }
    let application = CandidateApplication(
      id: existing.applicationID, changedAt: AppFakeKombo.changedAt,
      job: ApplicationJob(id: existing.jobID, remoteID: "4711"))
    return KomboPage(
      next: nil,
      results: [
        Candidate(
          id: "CanFOUNDAAAAAAAAAAAAAAA1", remoteID: "1", changedAt: AppFakeKombo.changedAt,
          applications: [application])
      ])
  }

  func applicationsPage(jobIDs: [String], cursor: String?) async throws(KomboClientError)
    -> KomboPage<ListedApplication>
  {
    record("applications")
    return KomboPage(next: nil, results: [])
  }

  func createApplication(jobID: String, body: Data, timeout: Duration?) async throws(KomboClientError)
    -> CreateAnswer
  {
    record("create \(jobID)")
    lock.withLock { bodies.append(body) }
    let next: Result<CreateApplicationResponse, KomboClientError> = lock.withLock {
      creates.isEmpty ? Self.created("AppRETRIEDAAAAAAAAAAAAA1") : creates.removeFirst()
    }
    return CreateAnswer(try next.get())
  }
}

/// Drives a `RecruiterProgram` over any services without a terminal, like `AppDriver`, on
/// `ProgramTestDriver`: work runs to completion; timers and ticks wait on virtual time.
struct ProgramDriver {
  private var run: ProgramTestDriver<RecruiterProgram>

  init(_ services: RecruiterServices, size: Size = Size(width: 80, height: 24)) async {
    let program = RecruiterProgram(services: services)
    var model = program.initialModel(now: AppTestEnvironment.start, size: size)
    let effects = program.initialEffects(&model)
    run = await ProgramTestDriver(program, model: model, initialEffects: effects)
  }

  /// The program.
  var program: RecruiterProgram { run.program }
  /// The model after everything so far.
  var model: AppModel { run.model }

  mutating func key(_ key: KeyPress) async {
    await run.send(.event(.key(key)))
  }

  func text(_ size: Size = Size(width: 80, height: 24)) -> String {
    run.program.view(run.model, size: size).text
  }
}

/// Services over a scripted Kombo and a fresh state directory, connected to `integrationID`, reading
/// `files`.
func scriptedServices(
  _ kombo: ScriptedKombo, fixture: StateFixture, integrationID: String = AppFakeKombo.integrationID,
  isSandbox: Bool = false, files: [String: [UInt8]] = [:]
) -> RecruiterServices {
  RecruiterServices(
    client: kombo, database: fixture.database, fileSystem: InMemoryFileSystem(files: files),
    directoryReader: InMemoryDirectoryReader(), homeDirectory: "/home/ada", workingDirectory: "/home/ada",
    clock: ManualClock(start: AppTestEnvironment.start), timeZone: TimeZone(identifier: "UTC")!,
    backend: BackendInfo(
      label: "https://api.kombo.dev/v1", isSandbox: isSandbox, integrationID: integrationID),
    sessionSeed: "test")
}
