import ApplyCoreTesting
import Foundation
import KomboAPI
import Testing

@testable import ApplyCore

/// What `HTTPKomboClient` puts on the wire and how it reads answers, against the in-memory transport.
@Suite struct ClientRequestTests {
  static let integration = IntegrationID("greenhouse:8d1hpPsbjxUkoCoa1veLZGe5")!

  func client(
    integration: IntegrationID? = integration, _ handler: @escaping InMemoryTransport.Handler
  ) -> (HTTPKomboClient, InMemoryTransport) {
    let transport = InMemoryTransport(handler: handler)
    let client = HTTPKomboClient(
      server: KomboServer(region: .us), apiKey: APIKey("sk_test_abcdefghijklmnop")!, integration: integration,
      transport: transport, userAgent: "kombo-apply/test")
    return (client, transport)
  }

  static func job(_ id: String, name: String) -> Job {
    Job(id: id, remoteID: "r-\(id)", name: name, changedAt: KomboTimestamp(millisecondsSince1970: 0))
  }

  @Test func atsRequestsCarryAuthIntegrationAndJSONHeaders() async throws {
    let (client, transport) = client { _ throws(TransportFailure) in
      SubmitFakeKombo.json(KomboPage<Job>(next: nil, results: []))
    }
    _ = try await client.jobsPage(JobQuery(), cursor: nil)
    let request = try #require(transport.requests.first)
    #expect(request.method == .get)
    #expect(request.header("Authorization") == "Bearer sk_test_abcdefghijklmnop")
    #expect(request.header("X-Integration-Id") == "greenhouse:8d1hpPsbjxUkoCoa1veLZGe5")
    #expect(request.header("Accept") == "application/json")
    #expect(request.header("User-Agent") == "kombo-apply/test")
    #expect(request.header("Content-Type") == nil)
    #expect(request.url.absoluteString.hasPrefix("https://api.us.kombo.dev/v1/ats/jobs?"))
  }

  @Test func generalEndpointsDoNotSendTheIntegrationHeader() async throws {
    let (client, transport) = client { _ throws(TransportFailure) in
      TransportResponse(
        status: 200, body: Data(#"{"status":"success","data":{"environment_id":"EnvA"}}"#.utf8))
    }
    let check = try await client.checkAPIKey()
    #expect(check.environmentID == "EnvA")
    #expect(transport.requests.first?.header("X-Integration-Id") == nil)
    #expect(transport.requests.first?.url.path == "/v1/check-api-key")
  }

  @Test func listFiltersAreOneCommaSeparatedValue() async throws {
    let (client, transport) = client { _ throws(TransportFailure) in
      SubmitFakeKombo.json(KomboPage<Job>(next: nil, results: []))
    }
    let query = JobQuery(
      statuses: [.open, .draft], nameContains: "Backend & Ops", remoteIDs: ["a,b", "c"], pageSize: 250)
    _ = try await client.jobsPage(query, cursor: nil)
    let url = try #require(transport.requests.first?.url.absoluteString)
    #expect(url.contains("statuses=OPEN%2CDRAFT"))
    #expect(url.contains("name_contains=Backend%20%26%20Ops"))
    #expect(url.contains("remote_ids=a%2Cb%2Cc"))
    #expect(url.contains("page_size=250&include_deleted=false"))
    #expect(!url.contains("ignore_unsupported_filters"))
    _ = try await client.jobsPage(JobQuery(ignoreUnsupportedFilters: true), cursor: nil)
    let asked = try #require(transport.requests.last?.url.absoluteString)
    #expect(asked.contains("ignore_unsupported_filters=true"))
  }

  @Test func remoteJobIdsAreEscapedInThePathAndBodyIsSentVerbatim() async throws {
    let (client, transport) = client { _ throws(TransportFailure) in
      SubmitFakeKombo.json(
        CreateApplicationResponse(
          data: Application(id: "AppA", changedAt: KomboTimestamp(millisecondsSince1970: 0))))
    }
    let body = Data(#"{"candidate":{"first_name":"Ada"}}"#.utf8)
    let response = try await client.createApplication(jobID: "remote:a/b 1", body: body, timeout: .seconds(9))
    let request = try #require(transport.requests.first)
    #expect(response.applicationID == "AppA")
    #expect(
      request.url.absoluteString == "https://api.us.kombo.dev/v1/ats/jobs/remote%3Aa%2Fb%201/applications")
    #expect(request.method == .post)
    #expect(request.body == body)
    #expect(request.header("Content-Type") == "application/json")
    #expect(request.timeout == .seconds(9))
  }

  @Test func pagesFollowTheCursorLazilyWithTheSameFilters() async throws {
    let (client, transport) = client { request throws(TransportFailure) in
      let cursor = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems?
        .first { $0.name == "cursor" }?.value
      switch cursor {
      case nil: return SubmitFakeKombo.json(KomboPage(next: "c2", results: [Self.job("J1", name: "One")]))
      case "c2": return SubmitFakeKombo.json(KomboPage(next: "c3", results: [Self.job("J2", name: "Two")]))
      default: return SubmitFakeKombo.json(KomboPage(next: nil, results: [Self.job("J3", name: "Three")]))
      }
    }
    var iterator = client.jobs(JobQuery(statuses: [.open])).makeAsyncIterator()
    let first = try await iterator.next()
    #expect(first?.results.map(\.id) == ["J1"])
    #expect(transport.requests.count == 1, "the next page is fetched only when asked for")
    var names: [String] = []
    while let page = try await iterator.next() { names += page.results.compactMap(\.name) }
    #expect(names == ["Two", "Three"])
    #expect(transport.requests.count == 3)
    for request in transport.requests { #expect(request.url.absoluteString.contains("statuses=OPEN")) }
    #expect(transport.requests.last?.url.absoluteString.contains("cursor=c3") == true)
  }

  @Test func repeatedCursorStopsWithAnError() async throws {
    let (client, _) = client { _ throws(TransportFailure) in
      SubmitFakeKombo.json(KomboPage(next: "same", results: [Self.job("J1", name: "One")]))
    }
    await #expect(throws: KomboClientError.self) { _ = try await client.jobs().collect() }
  }

  @Test func komboErrorsKeepUnknownCodesLogURLAndRetryHeaders() async throws {
    let (client, _) = client { _ throws(TransportFailure) in
      TransportResponse(
        status: 429,
        headers: [("Retry-After", "3"), ("Concurrency-Limit", "30"), ("Concurrency-Remaining", "0")],
        body: Data(
          #"{"status":"error","error":{"code":"PLATFORM.SOMETHING_NEW","title":null,"message":"Slow","log_url":"https://app.kombo.dev/l/1"}}"#
            .utf8))
    }
    let error = await #expect(throws: KomboClientError.self) {
      _ = try await client.jobsPage(JobQuery(), cursor: nil)
    }
    guard case .api(let failure) = error else {
      Issue.record("expected a Kombo error, got \(String(describing: error))")
      return
    }
    #expect(failure.error.code == .unrecognized("PLATFORM.SOMETHING_NEW"))
    #expect(failure.error.logURL == "https://app.kombo.dev/l/1")
    #expect(failure.httpStatus == 429)
    #expect(failure.hints.delay(now: Date()) == .seconds(3))
    #expect(failure.hints.concurrencyRemaining == 0)
  }

  @Test func htmlErrorPageBecomesAClearUnexpectedResponse() async throws {
    let (client, _) = client { _ throws(TransportFailure) in
      TransportResponse(
        status: 502, headers: [("Content-Type", "text/html; charset=utf-8")],
        body: Data(
          "<html>\n<head><title>502 Bad Gateway</title></head>\u{1B}[31m<body>nginx</body></html>".utf8))
    }
    let error = await #expect(throws: KomboClientError.self) {
      _ = try await client.jobsPage(JobQuery(), cursor: nil)
    }
    guard case .unexpectedResponse(let response) = error else {
      Issue.record("got \(String(describing: error))")
      return
    }
    #expect(response.status == 502)
    #expect(response.firstLine == "502 Bad Gateway")
    #expect(
      response.description
        == #"HTTP 502 (text/html; charset=utf-8) instead of a Kombo response: "502 Bad Gateway""#)
  }

  @Test func atsCallWithoutIntegrationSendsNothing() async throws {
    let (client, transport) = client(integration: nil) { _ throws(TransportFailure) in
      TransportResponse(status: 200)
    }
    let error = await #expect(throws: KomboClientError.self) {
      _ = try await client.jobsPage(JobQuery(), cursor: nil)
    }
    guard case .missingIntegration = error else {
      Issue.record("got \(String(describing: error))")
      return
    }
    #expect(transport.requests.isEmpty)
  }

  @Test func oneJobIsLookedUpByIdOrRemoteId() async throws {
    let (client, transport) = client { _ throws(TransportFailure) in
      SubmitFakeKombo.json(KomboPage(next: nil, results: [Self.job("JobAAAAAAAAAAAAAAAAAAAA1", name: "One")]))
    }
    _ = try await client.job(id: "JobAAAAAAAAAAAAAAAAAAAA1")
    _ = try await client.job(id: "remote:r-JobAAAAAAAAAAAAAAAAAAAA1")
    #expect(transport.requests[0].url.absoluteString.contains("ids=JobAAAAAAAAAAAAAAAAAAAA1"))
    #expect(transport.requests[1].url.absoluteString.contains("remote_ids=r-JobAAAAAAAAAAAAAAAAAAAA1"))
  }

  /// A server that ignores the filter (or an empty id) never turns the lookup into another job.
  @Test func onlyTheJobAskedForIsTaken() async throws {
    let (client, transport) = client { _ throws(TransportFailure) in
      SubmitFakeKombo.json(KomboPage(next: nil, results: [Self.job("JobAAAAAAAAAAAAAAAAAAAA1", name: "One")]))
    }
    for id in ["JobBBBBBBBBBBBBBBBBBBBB2", "remote:4711", "", " ", "remote:"] {
      do {
        _ = try await client.job(id: id)
        Issue.record("\(id.debugDescription) must not find a job")
      } catch {
        guard case .notFound = error else {
          Issue.record("expected notFound, got \(error)")
          continue
        }
      }
    }
    #expect(transport.requests.count == 2, "empty ids are refused without a request")
  }
}

/// Reads change nothing, so a busy Kombo (rate limit, 503) is asked again after the wait it names.
@Suite struct ClientReadRetryTests {
  private func client(_ answers: [TransportResponse]) -> (HTTPKomboClient, InMemoryTransport, ManualClock) {
    let queue = Queue(answers)
    let transport = InMemoryTransport { _ throws(TransportFailure) in queue.next() }
    let clock = ManualClock()
    let client = HTTPKomboClient(
      server: KomboServer(region: .us), apiKey: APIKey("sk_test_abcdefghijklmnop")!,
      integration: ClientRequestTests.integration, transport: transport, clock: clock)
    return (client, transport, clock)
  }

  final class Queue: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [TransportResponse]
    init(_ answers: [TransportResponse]) { self.answers = answers }
    func next() -> TransportResponse { lock.withLock { answers.removeFirst() } }
  }

  static func limited(_ retryAfter: String) -> TransportResponse {
    let error = KomboError(code: .platformRateLimitExceeded, title: "Rate limit", message: "slow down")
    var response = SubmitFakeKombo.json(KomboErrorResponse(error: error))
    response.status = 429
    response.headers.append((name: "Retry-After", value: retryAfter))
    return response
  }

  static let page = SubmitFakeKombo.json(
    KomboPage(next: nil, results: [ClientRequestTests.job("JobAAAAAAAAAAAAAAAAAAAA1", name: "One")]))

  @Test func aRateLimitedReadWaitsAndSucceeds() async throws {
    let (client, transport, waits) = client([Self.limited("2"), Self.page])
    let page = try await client.jobsPage(JobQuery(), cursor: nil)
    #expect(page.results.count == 1)
    #expect(transport.requests.count == 2)
    #expect(waits.sleeps == [.seconds(2)])
  }

  /// A `Retry-After` date is measured from the client's clock, not the machine's.
  @Test func aRetryAfterDateIsMeasuredOnTheInjectedClock() async throws {
    let start = ManualClock().now()  // the instant every manual clock, the client's too, starts at
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    let (client, transport, waits) = client([
      Self.limited(formatter.string(from: start.addingTimeInterval(5))), Self.page,
    ])
    _ = try await client.jobsPage(JobQuery(), cursor: nil)
    #expect(transport.requests.count == 2)
    #expect(waits.sleeps == [.seconds(5)])
  }

  @Test func aBusyReadGivesUpAfterThreeAttempts() async throws {
    let busy = TransportResponse(status: 503, body: Data("<html>busy</html>".utf8))
    let (client, transport, waits) = client([busy, busy, busy, Self.page])
    await #expect(throws: KomboClientError.self) { try await client.jobsPage(JobQuery(), cursor: nil) }
    #expect(transport.requests.count == 3)
    #expect(waits.sleeps == [.milliseconds(500), .seconds(1)])
  }

  @Test func aWaitLongerThanHalfAMinuteIsNotSatThrough() async throws {
    let (client, transport, waits) = client([Self.limited("120"), Self.page])
    await #expect(throws: KomboClientError.self) { try await client.jobsPage(JobQuery(), cursor: nil) }
    #expect(transport.requests.count == 1)
    #expect(waits.sleeps.isEmpty)
  }
}
