public import Foundation
public import KomboAPI
import TextSafety

/// The calls kombo-apply makes to Kombo's API. Front ends and the `Submitter` depend on this protocol;
/// `HTTPKomboClient` implements it over an `HTTPTransport` (real or in-memory).
public protocol KomboClient: Sendable {
  /// `GET /check-api-key`: whether the key works, and its environment.
  func checkAPIKey() async throws(KomboClientError) -> APIKeyCheck
  /// `GET /integrations/{id}`: the connected tool and which create-application fields it supports.
  func integrationDetails(_ id: IntegrationID) async throws(KomboClientError) -> IntegrationDetails
  /// `GET /ats/actions/ats_create_application`: what the integration accepts as attachments.
  func createApplicationCapabilities() async throws(KomboClientError) -> CreateApplicationCapabilities
  /// One page of `GET /ats/jobs`; `cursor` is the previous page's `next`.
  func jobsPage(_ query: JobQuery, cursor: String?) async throws(KomboClientError) -> KomboPage<Job>
  /// One page of `GET /ats/candidates?email=…&job_ids=…`.
  func candidatesPage(
    email: String, jobIDs: [String], cursor: String?
  ) async throws(KomboClientError) -> KomboPage<Candidate>
  /// One page of `GET /ats/applications?job_ids=…`.
  func applicationsPage(jobIDs: [String], cursor: String?) async throws(KomboClientError) -> KomboPage<
    ListedApplication
  >
  /// `POST /ats/jobs/{job_id}/applications` with exactly `body`; `timeout` overrides the default.
  /// Every 2xx answer is returned (a 2xx means created), decoded or not.
  func createApplication(
    jobID: String, body: Data, timeout: Duration?
  ) async throws(KomboClientError) -> CreateAnswer
  /// The create limit used when `createApplication` is given no timeout.
  var defaultCreateTimeout: Duration { get }
}

extension KomboClient {
  /// Kombo's SDKs' create limit, 300 s, for clients that do not say theirs.
  public var defaultCreateTimeout: Duration { .seconds(300) }

  /// Every page of `GET /ats/jobs` for `query`, fetched lazily as the sequence is iterated.
  public func jobs(_ query: JobQuery = JobQuery()) -> KomboPages<Job> {
    KomboPages { cursor throws(KomboClientError) in try await self.jobsPage(query, cursor: cursor) }
  }

  /// The job with this Kombo id or `remote:` id; `.notFound` if there is none, `.undecodable` naming
  /// the field if Kombo sent it but it cannot be read.
  ///
  /// Only a job whose id (or remote id) is the one asked for counts: a server that ignored the filter
  /// must not turn an empty or odd id into some other job.
  public func job(id: String) async throws(KomboClientError) -> Job {
    let wanted = id.trimmingCharacters(in: .whitespaces)
    guard !wanted.isEmpty, wanted != KomboID.remotePrefix else {
      throw .notFound("a job id is needed: a Kombo id, or remote:<the ATS's id>")
    }
    let page = try await jobsPage(.job(wanted), cursor: nil)
    guard let job = page.results.first(where: { $0.id == wanted || "remote:\($0.remoteID)" == wanted }) else {
      let isRemote = wanted.hasPrefix(KomboID.remotePrefix)
      if let unreadable = page.unreadable.first(where: { isRemote || $0.id == wanted }) {
        throw .undecodable(Sanitizer.line(unreadable.describe("job"), limit: 300))
      }
      throw .notFound("no job with id \(Sanitizer.line(id, limit: 80)) in this integration")
    }
    return job
  }

  /// Every candidate with this email who applied to one of `jobIDs` (all pages).
  public func candidates(email: String, jobIDs: [String]) async throws(KomboClientError) -> [Candidate] {
    try await KomboPages { cursor throws(KomboClientError) in
      try await self.candidatesPage(email: email, jobIDs: jobIDs, cursor: cursor)
    }.collect()
  }

  /// Every application to one of `jobIDs` (all pages).
  public func applications(jobIDs: [String]) async throws(KomboClientError) -> [ListedApplication] {
    try await KomboPages { cursor throws(KomboClientError) in
      try await self.applicationsPage(jobIDs: jobIDs, cursor: cursor)
    }.collect()
  }
}

/// The pages of a Kombo list endpoint, fetched one at a time by following `next`.
///
/// Stops after the last page, and with `.undecodable` if the server hands out the same cursor twice.
public struct KomboPages<Item: Sendable>: AsyncSequence, Sendable {
  /// One page.
  public typealias Element = KomboPage<Item>
  /// Errors are the client's.
  public typealias Failure = KomboClientError

  /// Fetches the page after `cursor` (`nil` for the first).
  let fetch: @Sendable (String?) async throws(KomboClientError) -> KomboPage<Item>

  /// Wraps a page fetcher.
  public init(fetch: @escaping @Sendable (String?) async throws(KomboClientError) -> KomboPage<Item>) {
    self.fetch = fetch
  }

  /// Walks the cursor chain.
  public struct AsyncIterator: AsyncIteratorProtocol {
    let fetch: @Sendable (String?) async throws(KomboClientError) -> KomboPage<Item>
    var cursor: String?
    var seen: Set<String> = []
    var finished = false

    /// The next page, or `nil` after the last one.
    public mutating func next() async throws(KomboClientError) -> KomboPage<Item>? {
      guard !finished else { return nil }
      let page = try await fetch(cursor)
      if page.isLastPage {
        finished = true
      } else if let next = page.next {
        guard seen.insert(next).inserted else {
          finished = true
          throw .undecodable("the server returned the cursor \(Sanitizer.line(next, limit: 40)) twice")
        }
        cursor = next
      }
      return page
    }
  }

  /// Starts at the first page.
  public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(fetch: fetch) }

  /// Every item of every page.
  public func collect() async throws(KomboClientError) -> [Item] {
    var items: [Item] = []
    var iterator = makeAsyncIterator()
    while let page = try await iterator.next() { items += page.results }
    return items
  }
}
