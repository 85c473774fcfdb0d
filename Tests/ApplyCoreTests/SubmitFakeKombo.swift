import ApplyCoreTesting
import Foundation
import KomboAPI

@testable import ApplyCore

/// A scripted Kombo over `InMemoryTransport` for submitter tests: each create request takes the next
/// step of the script; candidate lookups find the candidate once an application "exists" server-side.
final class SubmitFakeKombo: @unchecked Sendable {
  /// What the next create request does.
  enum CreateStep {
    /// 200 with this application id.
    case created(String)
    /// A Kombo error envelope.
    case kombo(status: Int, code: String, headers: [(String, String)] = [])
    /// A non-Kombo body (e.g. a load balancer page).
    case html(status: Int, headers: [(String, String)] = [])
    /// Connection refused: the request never left.
    case refused
    /// The server created the application, but the answer never arrived.
    case timeoutAfterCreating(String)
    /// The request went out, nothing was created, and no answer arrived.
    case timeoutWithoutCreating
    /// `ATS.APPLICATION_ALREADY_EXISTS`, while lookups now find application `id` (an earlier attempt landed).
    case alreadyExists(landed: String)
    /// This status and body as they are (e.g. a 2xx Kombo does not document, an envelope without a code).
    case raw(status: Int, body: String)
  }

  static let jobID = "JobAAAAAAAAAAAAAAAAAAAA1"
  static let email = "ada.lovelace@example.com"
  static let apiKey = "sk_test_SECRETSECRETSECRET9876"
  static let integration = IntegrationID("greenhouse:8d1hpPsbjxUkoCoa1veLZGe5")!
  static let changedAt = KomboTimestamp(millisecondsSince1970: 1_780_000_000_000)

  private let lock = NSLock()
  private var script: [CreateStep]
  private var created: [String] = []
  private(set) var createBodies: [Data] = []
  private(set) var lookups = 0
  /// Whether candidate lookups fail (network down while reconciling).
  var lookupsFail = false
  /// The clock a timeout moves forward by the 300 s it takes, when set.
  var clock: ManualClock?
  /// Whether candidate lookups list the candidate without its applications (only the job's
  /// applications listing names them).
  var candidatesWithoutApplications = false
  /// An application the candidate made before (dated 2001), which lookups also return.
  var olderApplicationID: String?
  static let olderCreatedAt = KomboTimestamp(millisecondsSince1970: 1_000_000_000_000)

  init(_ script: [CreateStep]) {
    self.script = script
  }

  var createCount: Int { lock.withLock { createBodies.count } }
  var lookupCount: Int { lock.withLock { lookups } }

  /// A client over this fake.
  func client() -> HTTPKomboClient {
    HTTPKomboClient(
      server: KomboServer(region: .eu), apiKey: APIKey(Self.apiKey)!, integration: Self.integration,
      transport: InMemoryTransport { [self] request throws(TransportFailure) in try self.answer(request) })
  }

  private func answer(_ request: TransportRequest) throws(TransportFailure) -> TransportResponse {
    let path = request.url.path
    if request.method == .post {
      let step: CreateStep = lock.withLock {
        createBodies.append(request.body ?? Data())
        return script.isEmpty ? .created("AppDEFAULT") : script.removeFirst()
      }
      return try create(step)
    }
    if path.hasSuffix("/ats/candidates") {
      let (fail, found, older): (Bool, String?, String?) = lock.withLock {
        lookups += 1
        return (lookupsFail, created.first, olderApplicationID)
      }
      if fail { throw .notSent("connection refused by api.kombo.dev:443") }
      if candidatesWithoutApplications, found != nil {
        let candidate = Candidate(
          id: "CanAAAAAAAAAAAAAAAAAAAA1", remoteID: "c-1", changedAt: Self.changedAt, applications: [])
        return Self.json(KomboPage(next: nil, results: [candidate]))
      }
      let job = ApplicationJob(id: Self.jobID, name: "Backend Engineer", remoteID: "4711")
      let applications =
        (older.map {
          [
            CandidateApplication(
              id: $0, changedAt: Self.changedAt, remoteCreatedAt: Self.olderCreatedAt, job: job)
          ]
        }
          ?? []) + (found.map { [CandidateApplication(id: $0, changedAt: Self.changedAt, job: job)] } ?? [])
      let candidates =
        applications.isEmpty
        ? []
        : [
          Candidate(
            id: "CanAAAAAAAAAAAAAAAAAAAA1", remoteID: "c-1", changedAt: Self.changedAt,
            applications: applications)
        ]
      return Self.json(KomboPage(next: nil, results: candidates))
    }
    if path.hasSuffix("/ats/applications") {
      let found = lock.withLock { created.first }
      let listed = found.map { id in
        ListedApplication(
          id: id, candidateID: "CanAAAAAAAAAAAAAAAAAAAA1", changedAt: Self.changedAt,
          candidate: ApplicationCandidate(
            id: "CanAAAAAAAAAAAAAAAAAAAA1", remoteID: "c-1",
            emailAddresses: [Candidate.EmailAddress(emailAddress: Self.email, type: "PERSONAL")]))
      }
      return Self.json(KomboPage<ListedApplication>(next: nil, results: listed.map { [$0] } ?? []))
    }
    return TransportResponse(status: 404, body: Data("not found".utf8))
  }

  private func create(_ step: CreateStep) throws(TransportFailure) -> TransportResponse {
    switch step {
    case .created(let id):
      lock.withLock { created.append(id) }
      let application = Application(
        id: id, candidateID: "CanAAAAAAAAAAAAAAAAAAAA1", changedAt: Self.changedAt)
      return Self.json(
        CreateApplicationResponse(data: application, warnings: [KomboWarning(message: "source ignored")]))
    case .kombo(let status, let code, let headers):
      let error = KomboError(
        code: KomboErrorCode(rawValue: code), title: "Title", message: "Message for \(code)",
        logURL: "https://app.kombo.dev/logs/\(status)")
      var response = Self.json(KomboErrorResponse(error: error))
      response.status = status
      response.headers += headers.map { (name: $0.0, value: $0.1) }
      return response
    case .html(let status, let headers):
      return TransportResponse(
        status: status, headers: [("Content-Type", "text/html")] + headers.map { (name: $0.0, value: $0.1) },
        body: Data("<html><body><h1>\(status) Service Temporarily Unavailable</h1></body></html>".utf8))
    case .refused:
      throw .notSent("connection refused by api.kombo.dev:443")
    case .timeoutAfterCreating(let id):
      lock.withLock { created.append(id) }
      clock?.advance(by: .seconds(300))
      throw .maybeSent("no complete response from api.kombo.dev within 300 s")
    case .timeoutWithoutCreating:
      clock?.advance(by: .seconds(300))
      throw .maybeSent("no complete response from api.kombo.dev within 300 s")
    case .alreadyExists(let id):
      land(id)
      return try create(.kombo(status: 409, code: "ATS.APPLICATION_ALREADY_EXISTS"))
    case .raw(let status, let body):
      return TransportResponse(
        status: status, headers: [("Content-Type", "application/json")], body: Data(body.utf8))
    }
  }

  /// Makes lookups find application `id`, as if an attempt still running at Kombo had now landed.
  func land(_ id: String) {
    lock.withLock { created.append(id) }
  }

  static func json(_ value: some Encodable) -> TransportResponse {
    let body = (try? KomboJSON.encoder().encode(value)) ?? Data()
    return TransportResponse(status: 200, headers: [("Content-Type", "application/json")], body: body)
  }
}
