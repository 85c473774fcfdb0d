import ApplyCore
import ApplyCoreTesting
import Foundation
import KomboAPI
import TerminalUI
import TerminalUITesting

@testable import RecruiterApp

/// A scripted Kombo over `InMemoryTransport` for the app's tests: serves jobs in pages (with
/// `remote_ids` and `ids` filters), the integration's details, candidate lookups, and answers creates
/// from a script. Shared by every `RecruiterAppTests` suite.
final class AppFakeKombo: @unchecked Sendable {
  /// What the next create request does.
  enum CreateStep: Sendable {
    /// 200 with this application id and warnings.
    case created(String, warnings: [String] = [])
    /// A Kombo error envelope.
    case kombo(status: Int, code: String, message: String)
    /// The request went out and no answer came; nothing was created.
    case noAnswer
  }

  static let integrationID = "greenhouse:8d1hpPsbjxUkoCoa1veLZGe5"
  static let changedAt = KomboTimestamp(millisecondsSince1970: 1_780_000_000_000)

  private let lock = NSLock()
  let jobs: [Job]
  var details: IntegrationDetails
  /// What `GET /ats/actions/ats_create_application` answers (nil: no restrictions known).
  let attachmentRules: AttachmentRules?
  private var script: [CreateStep]
  private(set) var createBodies: [Data] = []
  private(set) var jobRequests: [URL] = []

  init(
    jobs: [Job] = AppSamples.jobs, details: IntegrationDetails = AppSamples.details(),
    script: [CreateStep] = [], attachmentRules: AttachmentRules? = nil
  ) {
    self.jobs = jobs
    self.details = details
    self.attachmentRules = attachmentRules
    self.script = script
  }

  /// The bodies of every create request so far, decoded as JSON objects.
  var createdBodies: [JSONObject] {
    lock.withLock { createBodies }.compactMap { try? JSONDecoder().decode(JSONObject.self, from: $0) }
  }

  /// A client over this fake.
  func client() -> HTTPKomboClient {
    HTTPKomboClient(
      server: KomboServer(region: .eu), apiKey: APIKey("sk_test_app_fake_key_123456")!,
      integration: IntegrationID(Self.integrationID),
      transport: InMemoryTransport { [self] request throws(TransportFailure) in try self.answer(request) })
  }

  private func answer(_ request: TransportRequest) throws(TransportFailure) -> TransportResponse {
    let path = request.url.path
    let query = Dictionary(
      (URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []).map {
        ($0.name, $0.value ?? "")
      },
      uniquingKeysWith: { first, _ in first })
    if request.method == .post { return try create(request.body ?? Data()) }
    if path.hasSuffix("/ats/jobs") {
      lock.withLock { jobRequests.append(request.url) }
      var matching = jobs
      if let remote = query["remote_ids"] {
        matching = matching.filter { remote.split(separator: ",").contains(Substring($0.remoteID)) }
      }
      if let ids = query["ids"] {
        matching = matching.filter { ids.split(separator: ",").contains(Substring($0.id)) }
      }
      let size = Int(query["page_size"] ?? "100") ?? 100
      let start = Int(query["cursor"] ?? "0") ?? 0
      let end = min(matching.count, start + size)
      let next = end < matching.count ? String(end) : nil
      return Self.json(KomboPage(next: next, results: Array(matching[min(start, end)..<end])))
    }
    if path.contains("/integrations/") { return Self.json(KomboResponse(data: details)) }
    if path.hasSuffix("/ats/actions/ats_create_application") {
      return Self.json(
        KomboResponse(data: CreateApplicationCapabilities(attachmentRestrictions: attachmentRules)))
    }
    if path.hasSuffix("/ats/candidates") { return Self.json(KomboPage<Candidate>(next: nil, results: [])) }
    if path.hasSuffix("/ats/applications") {
      return Self.json(KomboPage<ListedApplication>(next: nil, results: []))
    }
    return TransportResponse(status: 404, body: Data("not found".utf8))
  }

  private func create(_ body: Data) throws(TransportFailure) -> TransportResponse {
    let step: CreateStep = lock.withLock {
      createBodies.append(body)
      return script.isEmpty ? .created("AppCREATED") : script.removeFirst()
    }
    switch step {
    case .created(let id, let warnings):
      let application = Application(
        id: id, candidateID: "CanAAAAAAAAAAAAAAAAAAAA1", changedAt: Self.changedAt)
      return Self.json(
        CreateApplicationResponse(data: application, warnings: warnings.map(KomboWarning.init)))
    case .kombo(let status, let code, let message):
      let error = KomboError(
        code: KomboErrorCode(rawValue: code), title: "Rejected", message: message,
        logURL: "https://app.kombo.dev/logs/req_123")
      var response = Self.json(KomboErrorResponse(error: error))
      response.status = status
      return response
    case .noAnswer:
      throw .maybeSent("no complete response within 300 s")
    }
  }

  static func json(_ value: some Encodable) -> TransportResponse {
    TransportResponse(
      status: 200, headers: [("Content-Type", "application/json")],
      body: (try? KomboJSON.encoder().encode(value)) ?? Data())
  }
}

/// Jobs and integration details for the app's tests.
enum AppSamples {
  static let openJobID = "JobBackendEngAAAAAAAAAA1"
  static let closedJobID = "JobSwiftAppAAAAAAAAAAAA1"

  static func job(
    id: String, remoteID: String, name: String, code: String? = nil, department: String? = nil,
    city: String? = nil,
    status: JobStatus? = .open, visibility: JobVisibility? = .public, stages: [JobStage] = [],
    questions: [ScreeningQuestion] = [], description: String? = nil
  ) -> Job {
    Job(
      id: id, remoteID: remoteID, name: name, jobCode: code, description: description, department: department,
      salaryCurrency: "EUR", salaryAmountFrom: 60_000, salaryAmountTo: 80_000, employmentType: .fullTime,
      status: status, visibility: visibility, remoteWorkStatus: .hybrid, salaryPeriod: .year,
      location: KomboLocation(city: city, country: "DE"), changedAt: AppFakeKombo.changedAt, stages: stages,
      screeningQuestions: questions)
  }

  static let stages = [
    JobStage(id: "StgINTERVIEWAAAAAAAAAAA1", name: "Interview", status: .active, index: 2),
    JobStage(id: "StgAPPLIEDAAAAAAAAAAAAA1", name: "Applied", status: .active, index: 1),
    JobStage(id: "StgARCHIVEDAAAAAAAAAAAA1", name: "Old screening", status: .inactive, index: 3),
  ]

  static let jobs: [Job] = [
    job(
      id: openJobID, remoteID: "4711", name: "Senior Backend Engineer", code: "ENG-1",
      department: "Engineering",
      city: "Berlin", stages: stages,
      description: "<p>Build the <b>platform</b>.</p><ul><li>Swift</li><li>Postgres</li></ul>\u{1B}[31mred"),
    job(
      id: "JobDesignerAAAAAAAAAAAA1", remoteID: "4712", name: "Product Designer", code: "DES-2",
      department: "Design",
      city: "Hamburg", visibility: .internal),
    job(
      id: closedJobID, remoteID: "4713", name: "iOS Engineer", code: "ENG-3", department: "Engineering",
      city: "Munich", status: .closed),
    job(
      id: "JobSALESAAAAAAAAAAAAAAA1", remoteID: "4714", name: "Account Executive", code: "SAL-4",
      department: "Sales",
      city: "München", visibility: .unlisted),
  ]

  /// Integration details where `unsupported` create-application fields are not available.
  static func details(
    slug: String = "greenhouse", label: String = "Greenhouse", unsupported: Set<String> = []
  ) -> IntegrationDetails {
    let fields = [
      "candidate.first_name", "candidate.gender", "candidate.salary_expectations", "source", "remote_fields",
    ].map {
      WriteActionField(
        id: $0, isAvailable: !unsupported.contains($0),
        coverageStatus: unsupported.contains($0) ? .unsupported : .supported)
    }
    return IntegrationDetails(
      id: AppFakeKombo.integrationID,
      tool: .init(
        id: slug, label: label, logoURL: "https://example.com/l.svg", iconURL: "https://example.com/i.svg"),
      category: .ats, status: .active, setupStatus: .completed, endUser: .init(organizationName: "Acme GmbH"),
      scopeConfig: .init(id: "ScopeAAAAAAAAAAAAAAAAAA1"), createdAt: AppFakeKombo.changedAt, beta: false,
      writeActions: [
        .init(
          id: IntegrationDetails.createApplicationActionID, label: "Create application", isAvailable: true,
          coverageStatus: .supported, scopeConfigSetting: .enabled, optedOutByCustomer: false, fields: fields)
      ])
  }
}

/// Services for tests: the fake Kombo, a fresh SQLite file in a temporary directory, an in-memory file
/// system and directory tree, a manual clock at 2026-06-01 12:00 UTC.
struct AppTestEnvironment {
  let kombo: AppFakeKombo
  let services: RecruiterServices
  let clock: ManualClock
  let directory: String

  static let start = Date(timeIntervalSince1970: 1_780_315_200)

  init(
    kombo: AppFakeKombo = AppFakeKombo(), isSandbox: Bool = false, pageSize: Int = 100,
    directoryReader: InMemoryDirectoryReader = InMemoryDirectoryReader()
  ) throws {
    self.kombo = kombo
    clock = ManualClock(start: Self.start)
    directory = NSTemporaryDirectory() + "kombo-apply-app-tests-" + UUID().uuidString
    let database = try StateDatabase(path: directory + "/state.sqlite")
    let files = InMemoryFileSystem(files: ["/home/ada/cv.pdf": Array("%PDF-1.7\n".utf8)])
    services = RecruiterServices(
      client: kombo.client(), database: database, fileSystem: files,
      directoryReader: directoryReader,
      homeDirectory: "/home/ada", workingDirectory: "/home/ada", clock: clock,
      timeZone: TimeZone(identifier: "UTC")!,
      backend: BackendInfo(
        label: "https://api.kombo.dev/v1", isSandbox: isSandbox, integrationID: AppFakeKombo.integrationID),
      sessionSeed: "test", jobPageSize: pageSize)
  }

  var program: RecruiterProgram { RecruiterProgram(services: services) }
}

/// Drives the program without a terminal on `ProgramTestDriver`: work runs to completion one effect
/// after another; timers (autosave, clock, spinner) wait on virtual time, which moves only when a test
/// calls `advance(by:)`, so tests see the model as the user would after each step.
struct AppDriver {
  /// The generic driver underneath.
  private(set) var run: ProgramTestDriver<RecruiterProgram>

  init(_ environment: AppTestEnvironment, size: Size = Size(width: 80, height: 24)) async {
    let program = environment.program
    var model = program.initialModel(now: AppTestEnvironment.start, size: size)
    let effects = program.initialEffects(&model)
    run = await ProgramTestDriver(program, model: model, initialEffects: effects)
  }

  /// The program.
  var program: RecruiterProgram { run.program }

  /// The model after everything so far.
  var model: AppModel {
    get { run.model }
    set { run.model = newValue }
  }

  /// The ids of every timer started so far (a save scheduled, a clock tick…).
  var startedTimers: [String?] { run.startedTimers }

  /// Moves virtual time on, firing the timers that fall due.
  mutating func advance(by duration: Duration) async { await run.advance(by: duration) }

  /// Sends a terminal event and runs the resulting work.
  mutating func send(_ event: InputEvent) async {
    await run.send(.event(event))
  }

  /// Sends a key.
  mutating func key(_ key: KeyPress) async { await send(.key(key)) }

  /// Types text, one key per character.
  mutating func type(_ text: String) async {
    for character in text { await send(.key(.character(character))) }
  }

  /// Sends an app message (as an effect would).
  mutating func message(_ message: AppMsg) async {
    await run.send(message)
  }

  /// Searches for `job` and chooses it; its first stage is taken and the candidate form shows.
  mutating func openCandidateForm(job: String = "backend") async {
    await type(job)
    await key(.enter)
  }

  /// Types `values` into consecutive fields, with Tab between them.
  mutating func fill(_ values: [String]) async {
    for (index, value) in values.enumerated() {
      if index > 0 { await key(.tab) }
      await type(value)
    }
  }

  /// Shows `destination` as the app would on navigation, and runs its work.
  mutating func go(_ destination: Destination, arrival: Arrival = .forward) async {
    var model = run.model
    let effects = program.show(destination, arrival: arrival, &model)
    run.model = model
    await run.run(effects)
  }

  /// The screen at `size` as text.
  func text(_ size: Size = Size(width: 80, height: 24)) -> String {
    program.view(model, size: size).text
  }

}
