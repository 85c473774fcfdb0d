import Foundation
import Hummingbird
import HummingbirdTesting
import KomboAPI
import Testing

@testable import ATSSandbox

@Suite struct JobRouteTests {
  let server: SandboxServer

  init() throws {
    server = try Support.server()
  }

  /// Every job through every page of `query` (page size 4).
  func allPages(_ client: some TestClientProtocol, _ query: String) async throws -> [Job] {
    var jobs: [Job] = []
    var cursor: String?
    repeat {
      let uri =
        "/v1/ats/jobs?page_size=4" + (query.isEmpty ? "" : "&\(query)")
        + (cursor.map { "&cursor=\($0)" } ?? "")
      let response = try await client.execute(uri: uri, method: .get, headers: Support.headers())
      #expect(response.status == .ok)
      let page = try Support.decode(KomboPage<Job>.self, response)
      #expect(page.results.count <= 4)
      jobs += page.results
      cursor = page.next
    } while cursor != nil
    return jobs
  }

  @Test func pagesThroughEveryVisibleJobOnce() async throws {
    try await server.makeApplication().test(.router) { client in
      let jobs = try await allPages(client, "")
      #expect(jobs.count == SeedJobs.specs.count - 1)
      #expect(Set(jobs.map(\.id)).count == jobs.count)
      let withDeleted = try await allPages(client, "include_deleted=true")
      #expect(withDeleted.count == SeedJobs.specs.count)
      #expect(withDeleted.contains { $0.remoteDeletedAt != nil })
      let first = try await client.execute(uri: "/v1/ats/jobs", method: .get, headers: Support.headers())
      let page = try Support.decode(KomboPage<Job>.self, first)
      #expect(page.next == nil && page.results.count == SeedJobs.specs.count - 1)
    }
  }

  @Test func defaultPageSizeIsOneHundredAndMaximum250() async throws {
    try await Support.server(extraJobs: 400).makeApplication().test(.router) { client in
      let first = try await client.execute(uri: "/v1/ats/jobs", method: .get, headers: Support.headers())
      #expect(try Support.decode(KomboPage<Job>.self, first).results.count == 100)
      let big = try await client.execute(
        uri: "/v1/ats/jobs?page_size=250", method: .get, headers: Support.headers())
      let page = try Support.decode(KomboPage<Job>.self, big)
      #expect(page.results.count == 250 && page.next != nil)
    }
  }

  @Test(
    arguments: [
      ("statuses=CLOSED%2CDRAFT", { @Sendable (job: Job) in job.status == .closed || job.status == .draft }),
      ("status=DRAFT", { @Sendable (job: Job) in job.status == .draft }),
      (
        "employment_types=INTERNSHIP,SEASONAL",
        { @Sendable (job: Job) in [.internship, .seasonal].contains(job.employmentType) }
      ),
      ("visibilities=INTERNAL", { @Sendable (job: Job) in job.visibility == .internal }),
      ("name_contains=ENGINEER", { @Sendable (job: Job) in job.name!.lowercased().contains("engineer") }),
      ("name_contains=Pr%C3%BCfsysteme", { @Sendable (job: Job) in job.name!.contains("Prüfsysteme") }),
      (
        "remote_ids=REQ%2F2026%2F025,4712",
        { @Sendable (job: Job) in ["REQ/2026/025", "4712"].contains(job.remoteID) }
      ),
      ("job_codes=ENG-001", { @Sendable (job: Job) in job.jobCode == "ENG-001" }),
      ("post_url=https%3A%2F%2Fjobs.example.com%2F4711", { @Sendable (job: Job) in job.remoteID == "4711" }),
      (
        "updated_after=2026-01-01T00:00:00Z", { @Sendable (job: Job) in job.changedAt.iso8601 > "2026-01-01" }
      ),
      (
        "remote_created_after=2026-01-15",
        { @Sendable (job: Job) in job.remoteCreatedAt!.iso8601 >= "2026-01-15" }
      ),
    ] as [(String, @Sendable (Job) -> Bool)])
  func filtersSelectOnlyMatchingJobs(_ query: String, _ predicate: @escaping @Sendable (Job) -> Bool)
    async throws
  {
    try await server.makeApplication().test(.router) { client in
      let jobs = try await allPages(client, query)
      #expect(!jobs.isEmpty)
      let allMatch = jobs.allSatisfy { predicate($0) }
      #expect(allMatch)
      let everything = try await allPages(client, "include_deleted=true")
      #expect(jobs.count < everything.count)
    }
  }

  @Test func filtersCombineWithAndAndIDsSelectExactly() async throws {
    let demo = Support.seedJob(SeedJobs.demoJobIndex)
    let closed = Support.seedJob(SeedJobs.closedJobIndex)
    try await server.makeApplication().test(.router) { client in
      let both = try await allPages(client, "ids=\(demo.id),\(closed.id)")
      #expect(both.map(\.id) == [demo.id, closed.id])
      let openOnly = try await allPages(client, "ids=\(demo.id),\(closed.id)&statuses=OPEN")
      #expect(openOnly.map(\.id) == [demo.id])
    }
  }

  @Test(arguments: [
    ("page_size=0", "page_size"), ("page_size=251", "page_size"), ("statuses=OPEN,PAUSED", "statuses"),
    ("employment_types=GIG", "employment_types"), ("include_deleted=yes", "include_deleted"),
    ("updated_after=yesterday", "updated_after"), ("cursor=garbage", "cursor"),
  ])
  func badParametersAreRefusedNamingThem(_ query: String, _ name: String) async throws {
    try await server.makeApplication().test(.router) { client in
      let response = try await client.execute(
        uri: "/v1/ats/jobs?\(query)", method: .get, headers: Support.headers())
      #expect(response.status == .badRequest)
      let error = try Support.error(response)
      #expect(error.code == .platformInputInvalid)
      #expect(error.message.hasPrefix("\(name):"))
    }
  }

  @Test func aCursorOnlyWorksWithItsOwnFilters() async throws {
    try await server.makeApplication().test(.router) { client in
      let first = try await client.execute(
        uri: "/v1/ats/jobs?page_size=2&statuses=OPEN", method: .get, headers: Support.headers())
      let next = try #require(try Support.decode(KomboPage<Job>.self, first).next)
      let mismatched = try await client.execute(
        uri: "/v1/ats/jobs?page_size=2&statuses=CLOSED&cursor=\(next)", method: .get,
        headers: Support.headers())
      #expect(mismatched.status == .badRequest)
      #expect(try Support.error(mismatched).message.hasPrefix("cursor:"))
      let sameFilters = try await client.execute(
        uri: "/v1/ats/jobs?statuses=OPEN&page_size=3&cursor=\(next)", method: .get, headers: Support.headers()
      )
      #expect(sameFilters.status == .ok)
    }
  }

  @Test func unsupportedFiltersGiveNothingUnlessIgnored() async throws {
    let integration = try #require(
      SandboxIntegrations.all.first { $0.unsupportedJobFilters.contains("job_codes") })
    let headers = Support.headers(integration: integration.id)
    try await server.makeApplication().test(.router) { client in
      let strict = try await client.execute(
        uri: "/v1/ats/jobs?job_codes=ENG-001", method: .get, headers: headers)
      #expect(try Support.decode(KomboPage<Job>.self, strict).results.isEmpty)
      let lenient = try await client.execute(
        uri: "/v1/ats/jobs?job_codes=ENG-001&ignore_unsupported_filters=true", method: .get, headers: headers)
      #expect(try Support.decode(KomboPage<Job>.self, lenient).results.count == SeedJobs.specs.count - 1)
    }
  }

  @Test func splicedPagesAreByteForByteTheEncodedPage() async throws {
    try await Support.server(extraJobs: 30).makeApplication().test(.router) { client in
      for _ in 0..<2 {
        let response = try await client.execute(
          uri: "/v1/ats/jobs?page_size=40", method: .get, headers: Support.headers())
        let page = try Support.decode(KomboPage<Job>.self, response)
        #expect(page.results.count == 40)
        #expect(Data(buffer: response.body) == (try KomboJSON.encoder().encode(page)))
      }
    }
  }

  @Test func jobsKeepEveryKeyTheSDKRequires() async throws {
    try await server.makeApplication().test(.router) { client in
      let response = try await client.execute(
        uri: "/v1/ats/jobs?page_size=1", method: .get, headers: Support.headers())
      let raw = try Support.decode(JSONValue.self, response)
      let job = try #require(
        raw.objectValue?["data"]?.objectValue?["results"]?.arrayValue?.first?.objectValue)
      for key in [
        "remote_deleted_at", "closed_at", "contact_id", "salary_amount", "changed_at", "custom_fields",
      ] {
        #expect(job[key] != nil, "missing \(key)")
      }
      let stage = try #require(job["stages"]?.arrayValue?.first?.objectValue)
      #expect(stage["status"] == "ACTIVE" && stage["custom_fields"] != nil)
    }
  }
}
