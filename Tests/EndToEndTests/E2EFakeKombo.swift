import Foundation
import Hummingbird
import KomboAPI

/// A Kombo-compatible server on 127.0.0.1 for command-line tests: one job with questions, a stateful
/// create endpoint (with scripted faults), and candidate lookups that see what was created.
final class E2EFakeKombo: @unchecked Sendable {
  /// How the create endpoint answers.
  enum CreateMode {
    case create
    case reject(status: Int, code: String)
    /// Reads the request, records it, and never answers (until the test ends).
    case hang
  }

  static let jobID = "JobAAAAAAAAAAAAAAAAAAAA1"
  static let stageID = "StgAAAAAAAAAAAAAAAAAAAA1"
  static let integration = "greenhouse:8d1hpPsbjxUkoCoa1veLZGe5"
  static let apiKey = "sk_test_e2e_SECRETKEY1234"
  static let changedAt = KomboTimestamp(millisecondsSince1970: 1_767_225_600_000)

  static let job = Job(
    id: jobID, remoteID: "4711", name: "Backend Engineer", jobCode: "BE-1", status: .open,
    location: KomboLocation(city: "Berlin", country: "DE"), changedAt: changedAt,
    stages: [
      JobStage(id: stageID, name: "Applied", status: .active, index: 0),
      JobStage(id: "StgAAAAAAAAAAAAAAAAAAAA2", name: "Interview", status: .active, index: 1),
    ],
    screeningQuestions: [
      ScreeningQuestion(
        id: "QPermit", title: "Do you have a work permit?", required: true, format: .boolean, index: 0),
      ScreeningQuestion(
        id: "QOffice", title: "Preferred office", required: false,
        format: .singleSelect(
          .init(options: [
            SelectOption(id: "OptBerlin", name: "Berlin"), SelectOption(id: "OptRemote", name: "Remote"),
          ])),
        index: 1, preconditionQuestionID: "QPermit", preconditionOptions: .booleans([true])),
      ScreeningQuestion(
        id: "QYears", title: "Years of experience", format: .number(.init(min: 0, max: 50)), index: 2),
    ])
  static let otherJob = Job(
    id: "JobBBBBBBBBBBBBBBBBBBBB2", remoteID: "4712", name: "Designer", status: .draft, changedAt: changedAt)

  private let lock = NSLock()
  private var mode: CreateMode = .create
  private var bodies: [Data] = []
  private var createdEmails: [String: String] = [:]
  private var released = false
  private var rawJobsPage: Data?
  private var task: Task<Void, any Error>?
  private(set) var port = 0

  /// Starts the server and waits until it listens.
  static func start() async throws -> E2EFakeKombo {
    let fake = E2EFakeKombo()
    let (portStream, portContinuation) = AsyncStream<Int>.makeStream()
    let app = Application(
      router: fake.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)),
      onServerRunning: { channel in portContinuation.yield(channel.localAddress?.port ?? 0) })
    fake.task = Task { try await app.run() }
    for await port in portStream {
      fake.port = port
      break
    }
    return fake
  }

  /// Releases hanging requests and stops the server.
  func stop() async {
    lock.withLock { released = true }
    task?.cancel()
    _ = try? await task?.value
  }

  var baseURL: String { "http://127.0.0.1:\(port)/v1" }

  func setMode(_ mode: CreateMode) { lock.withLock { self.mode = mode } }

  /// Serves `body` as every `GET /ats/jobs` page instead of the two jobs (shapes the types cannot build).
  func serveJobsPage(_ body: Data) { lock.withLock { rawJobsPage = body } }

  /// Bodies of every create request received.
  var createBodies: [Data] { lock.withLock { bodies } }

  /// Applications that exist server-side.
  var applicationCount: Int { lock.withLock { createdEmails.count } }

  /// Makes an application for `email` exist (as if a lost request had been processed).
  func markCreated(email: String) {
    lock.withLock { createdEmails[email.lowercased()] = "AppCRASHAAAAAAAAAAAAAAA1" }
  }

  private func router() -> Router<BasicRequestContext> {
    let router = Router()
    router.get("/v1/ats/jobs") { [self] request, _ -> Response in
      if let raw = lock.withLock({ rawJobsPage }) {
        return Response(
          status: .ok, headers: [.contentType: "application/json"],
          body: .init(byteBuffer: ByteBuffer(bytes: raw)))
      }
      let ids = request.uri.queryParameters["ids"].map(String.init)
      let search = request.uri.queryParameters["name_contains"].map(String.init)
      let jobs = [Self.job, Self.otherJob].filter { job in
        (ids == nil || ids == job.id)
          && (search == nil || job.name?.localizedCaseInsensitiveContains(search!) == true)
      }
      return Self.json(KomboPage(next: nil, results: jobs))
    }
    router.get("/v1/ats/candidates") { [self] request, _ -> Response in
      let email = request.uri.queryParameters["email"].map { String($0).lowercased() } ?? ""
      let applicationID = lock.withLock { createdEmails[email] }
      let candidates =
        applicationID.map { id in
          [
            Candidate(
              id: "CanAAAAAAAAAAAAAAAAAAAA1", remoteID: "c1", changedAt: Self.changedAt,
              applications: [
                CandidateApplication(
                  id: id, changedAt: Self.changedAt, job: ApplicationJob(id: Self.jobID, remoteID: "4711"))
              ])
          ]
        } ?? []
      return Self.json(KomboPage(next: nil, results: candidates))
    }
    router.get("/v1/ats/applications") { _, _ -> Response in
      Self.json(KomboPage<ListedApplication>(next: nil, results: []))
    }
    router.post("/v1/ats/jobs/:job/applications") { [self] request, _ -> Response in
      let buffer = try await request.body.collect(upTo: 50 << 20)
      let data = Data(buffer.readableBytesView)
      let mode = lock.withLock {
        bodies.append(data)
        return self.mode
      }
      switch mode {
      case .create:
        let email =
          (try? JSONSerialization.jsonObject(with: data) as? [String: Any])
          .flatMap { ($0["candidate"] as? [String: Any])?["email_address"] as? String } ?? ""
        let id = lock.withLock {
          let id = "AppAAAAAAAAAAAAAAAAAAA\(String(format: "%02d", createdEmails.count + 1))"
          createdEmails[email.lowercased()] = id
          return id
        }
        return Self.json(
          CreateApplicationResponse(
            data: Application(id: id, candidateID: "CanAAAAAAAAAAAAAAAAAAAA1", changedAt: Self.changedAt)))
      case .reject(let status, let code):
        var response = Self.json(
          KomboErrorResponse(
            error: KomboError(
              code: KomboErrorCode(rawValue: code), message: "Rejected by the fake",
              logURL: "https://app.kombo.dev/logs/e2e")))
        response.status = .init(code: status)
        return response
      case .hang:
        while !lock.withLock({ released }) { try await Task.sleep(for: .milliseconds(50)) }
        return Response(status: .serviceUnavailable)
      }
    }
    return router
  }

  static func json(_ value: some Encodable) -> Response {
    let data = (try? KomboJSON.encoder().encode(value)) ?? Data()
    return Response(
      status: .ok, headers: [.contentType: "application/json"],
      body: .init(byteBuffer: ByteBuffer(bytes: data)))
  }
}

extension E2EFakeKombo {
  /// Runs `body` with a started fake Kombo and a command pointed at it; the server is stopped after,
  /// also when `body` throws.
  static func withServer(_ body: (E2EFakeKombo, E2ECommand) async throws -> Void) async throws {
    let server = try await E2EFakeKombo.start()
    do {
      try await body(server, try E2ECommand(server: server))
    } catch {
      await server.stop()
      throw error
    }
    await server.stop()
  }
}
