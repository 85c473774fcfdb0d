public import Foundation
public import KomboAPI
import TextSafety

/// `KomboClient` over an `HTTPTransport`: builds each request (base URL, headers, query), and turns
/// responses into wire types or a `KomboClientError`.
///
/// Sends `Authorization: Bearer <key>`, `Accept: application/json`, a `User-Agent`, and
/// `X-Integration-Id` on `/ats/*` paths only. A create is sent once: trying it again is the
/// `Submitter`'s decision, made with the ledger. Reads change nothing and are tried again here while
/// Kombo says it is busy (`readAttempts`), waiting on the injected clock.
public struct HTTPKomboClient: KomboClient {
  /// The API server.
  public let server: KomboServer
  private let apiKey: APIKey
  /// The integration for `/ats/*` calls.
  public let integration: IntegrationID?
  private let transport: any HTTPTransport
  private let userAgent: String
  private let readTimeout: Duration
  private let createTimeout: Duration
  /// The time a server-asked wait is measured from, and the sleep between read attempts (tests pass
  /// a `ManualClock` that returns at once).
  private let clock: any WallClock

  /// How often a read is tried when Kombo is busy (rate or concurrency limit, a 503): reads change
  /// nothing, so trying again is always safe.
  static let readAttempts = 3
  /// The longest server-asked wait a read sits through.
  static let longestReadWait: Duration = .seconds(30)

  /// Creates a client.
  /// - Parameters:
  ///   - readTimeout: the limit for GET requests.
  ///   - createTimeout: the default limit for creating an application (Kombo's SDK uses 300 s).
  ///   - clock: what "now" is for a `Retry-After` date, and how a busy read waits before trying again.
  public init(
    server: KomboServer, apiKey: APIKey, integration: IntegrationID?, transport: any HTTPTransport,
    userAgent: String = "kombo-apply", readTimeout: Duration = .seconds(60),
    createTimeout: Duration = .seconds(300), clock: any WallClock = SystemClock()
  ) {
    self.server = server
    self.apiKey = apiKey
    self.integration = integration
    self.transport = transport
    self.userAgent = userAgent
    self.readTimeout = readTimeout
    self.createTimeout = createTimeout
    self.clock = clock
  }

  /// `GET /check-api-key`.
  public func checkAPIKey() async throws(KomboClientError) -> APIKeyCheck {
    let response: KomboResponse<APIKeyCheck> = try await get("/check-api-key")
    return response.data
  }

  /// `GET /integrations/{id}`.
  public func integrationDetails(_ id: IntegrationID) async throws(KomboClientError) -> IntegrationDetails {
    let response: KomboResponse<IntegrationDetails> = try await get(
      "/integrations/" + KomboServer.encodePathSegment(id.description))
    return response.data
  }

  /// `GET /ats/actions/ats_create_application`.
  public func createApplicationCapabilities() async throws(KomboClientError) -> CreateApplicationCapabilities
  {
    let response: KomboResponse<CreateApplicationCapabilities> = try await get(
      "/ats/actions/ats_create_application")
    return response.data
  }

  /// One page of `GET /ats/jobs`.
  public func jobsPage(_ query: JobQuery, cursor: String?) async throws(KomboClientError) -> KomboPage<Job> {
    try await get("/ats/jobs", query: withCursor(query.parameters, cursor))
  }

  /// One page of `GET /ats/candidates` filtered by email and jobs; `.undecodable` if any candidate on
  /// it cannot be read (a lookup that skipped one could miss an application and cause a resend).
  public func candidatesPage(
    email: String, jobIDs: [String], cursor: String?
  ) async throws(KomboClientError) -> KomboPage<Candidate> {
    let query: [(String, String)] = [
      ("page_size", "100"), ("include_deleted", "false"), ("email", email),
      ("job_ids", jobIDs.joined(separator: ",")),
    ]
    return try Self.complete(await get("/ats/candidates", query: withCursor(query, cursor)), "candidate")
  }

  /// One page of `GET /ats/applications` filtered by jobs; `.undecodable` if any application on it
  /// cannot be read (as for candidates).
  public func applicationsPage(
    jobIDs: [String], cursor: String?
  ) async throws(KomboClientError) -> KomboPage<ListedApplication> {
    let query: [(String, String)] = [
      ("page_size", "100"), ("include_deleted", "false"), ("job_ids", jobIDs.joined(separator: ",")),
    ]
    return try Self.complete(await get("/ats/applications", query: withCursor(query, cursor)), "application")
  }

  /// `page` if every item on it was read, else `.undecodable` naming the first that was not.
  static func complete<Item>(_ page: KomboPage<Item>, _ noun: String) throws(KomboClientError) -> KomboPage<
    Item
  > {
    guard let first = page.unreadable.first else { return page }
    throw .undecodable(Sanitizer.line(first.describe(noun), limit: 300))
  }

  /// `POST /ats/jobs/{job_id}/applications` with `body` as is.
  ///
  /// Any 2xx is an answer, even one that does not decode as documented (see ``CreateAnswer``).
  public func createApplication(
    jobID: String, body: Data, timeout: Duration?
  ) async throws(KomboClientError) -> CreateAnswer {
    let path = "/ats/jobs/\(KomboServer.encodePathSegment(jobID))/applications"
    let request = try makeRequest(.post, path: path, body: body, timeout: timeout ?? createTimeout)
    let response = try await successfulResponse(to: request)
    var answer = CreateAnswer(body: response.body)
    answer.concurrencyLimit = RetryHints(response: response).concurrencyLimit
    return answer
  }

  /// The create limit used when a call gives none.
  public var defaultCreateTimeout: Duration { createTimeout }

  private func withCursor(_ query: [(String, String)], _ cursor: String?) -> [(String, String)] {
    guard let cursor, !cursor.isEmpty else { return query }
    return query + [("cursor", cursor)]
  }

  /// A read, tried again (up to `readAttempts`) while Kombo says it is busy, waiting what it asks (at
  /// most `longestReadWait`) or 0.5 s, 1 s.
  private func get<T: Decodable>(_ path: String, query: [(String, String)] = [])
    async throws(KomboClientError) -> T
  {
    let request = try makeRequest(.get, path: path, query: query, timeout: readTimeout)
    var attempt = 1
    while true {
      do throws(KomboClientError) {
        return try await exchange(request)
      } catch {
        guard attempt < Self.readAttempts, let wait = Self.busyWait(error, attempt: attempt, now: clock.now())
        else { throw error }
        let busy = error
        // Cancelled while waiting: the read ends with the answer that made it wait.
        do { try await clock.sleep(for: wait) } catch { throw busy }
        attempt += 1
      }
    }
  }

  /// How long to wait before reading again after `error` at `now`, or nil when trying again would not
  /// help.
  static func busyWait(_ error: KomboClientError, attempt: Int, now: Date) -> Duration? {
    let fallback = Duration.milliseconds(500 * (1 << (attempt - 1)))
    switch error {
    case .api(let failure) where failure.error.code?.isSafeToRetryAutomatically == true:
      let asked = failure.hints.delay(now: now) ?? fallback
      return asked <= longestReadWait ? asked : nil
    case .unexpectedResponse(let response) where response.status == 503:
      return response.hints.delay(now: now).map { min($0, longestReadWait) } ?? fallback
    default:
      return nil
    }
  }

  /// The request for `path`, with every header; throws `.missingIntegration` for `/ats/*` without one.
  func makeRequest(
    _ method: TransportRequest.Method, path: String, query: [(String, String)] = [], body: Data? = nil,
    timeout: Duration
  ) throws(KomboClientError) -> TransportRequest {
    guard let url = server.url(path: path, query: query) else {
      throw .undecodable("cannot form a URL for \(path)")
    }
    var headers: [(name: String, value: String)] = [
      ("Authorization", "Bearer \(apiKey.secret)"),
      ("Accept", "application/json"),
      ("User-Agent", userAgent),
    ]
    if path.hasPrefix("/ats/") {
      guard let integration else { throw .missingIntegration }
      headers.append(("X-Integration-Id", integration.description))
    }
    if body != nil {
      headers.append(("Content-Type", "application/json"))
    }
    return TransportRequest(method: method, url: url, headers: headers, body: body, timeout: timeout)
  }

  /// Sends `request`; a 2xx answer is returned, anything else thrown as a ``KomboClientError``.
  private func successfulResponse(
    to request: TransportRequest
  ) async throws(KomboClientError) -> TransportResponse {
    let response: TransportResponse
    do {
      response = try await transport.send(request)
    } catch {
      throw .transport(error)
    }
    guard (200..<300).contains(response.status) else {
      throw Self.failure(from: response)
    }
    return response
  }

  private func exchange<T: Decodable>(_ request: TransportRequest) async throws(KomboClientError) -> T {
    let response = try await successfulResponse(to: request)
    do {
      return try KomboJSON.decode(T.self, from: response.body)
    } catch {
      let detail =
        (error as? DecodingError)?.summary(reading: response.body) ?? String(describing: type(of: error))
      throw .undecodable(Sanitizer.line(detail, limit: 300))
    }
  }

  /// The error for a non-2xx response: Kombo's envelope if it is one, else an unexpected response.
  static func failure(from response: TransportResponse) -> KomboClientError {
    if let envelope = try? KomboJSON.decoder().decode(KomboErrorResponse.self, from: response.body) {
      return .api(
        KomboAPIFailure(
          error: envelope.error, httpStatus: response.status, hints: RetryHints(response: response)))
    }
    return .unexpectedResponse(UnexpectedResponse(response: response))
  }
}
