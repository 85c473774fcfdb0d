import Foundation
import Hummingbird
import HummingbirdTesting
import KomboAPI
import Testing

@testable import ATSSandbox

@Suite struct FaultRouteTests {
  let designer = Support.seedJob(titled: "Product Designer")

  func createRequest(_ client: some TestClientProtocol, email: String) async throws -> TestResponse {
    try await client.execute(
      uri: "/v1/ats/jobs/\(designer.id)/applications", method: .post, headers: Support.headers(),
      body: Support.buffer(Support.body(for: designer, email: email)))
  }

  func storedApplications(_ server: SandboxServer) async throws -> Int {
    try await server.store.applications(
      integrationID: SandboxIntegrations.default.id, jobIDs: [designer.id], ids: nil, outcomes: nil,
      stageIDs: nil, after: 0,
      limit: 100
    ).rows.count
  }

  @Test func rateLimitWithRetryAfterThenNormal() async throws {
    let server = try Support.server(faults: "create:429/3*1")
    try await server.makeApplication().test(.router) { client in
      let limited = try await createRequest(client, email: "a@example.com")
      #expect(limited.status == .tooManyRequests && limited.headers[.retryAfter] == "3")
      #expect(try Support.error(limited).code == .platformRateLimitExceeded)
      #expect(try await storedApplications(server) == 0)
      #expect(try await createRequest(client, email: "a@example.com").status == .ok)
    }
  }

  @Test(arguments: [
    ("jobs:500*1", HTTPResponse.Status.internalServerError, KomboErrorCode?.some(.platformUnknownError)),
    ("jobs:409-sync-pending*1", .conflict, .some(.integrationSetupSyncPending)),
    ("any:429*1", .tooManyRequests, .some(.platformRateLimitExceeded)),
  ])
  func jsonFaultsUseTheEnvelope(_ spec: String, _ status: HTTPResponse.Status, _ code: KomboErrorCode?)
    async throws
  {
    try await Support.server(faults: spec).makeApplication().test(.router) { client in
      let faulty = try await client.execute(uri: "/v1/ats/jobs", method: .get, headers: Support.headers())
      #expect(faulty.status == status)
      #expect(try Support.error(faulty).code == code)
      #expect(
        try await client.execute(uri: "/v1/ats/jobs", method: .get, headers: Support.headers()).status == .ok)
    }
  }

  @Test(arguments: [
    ("candidates:503", HTTPResponse.Status.serviceUnavailable), ("candidates:502-html", .badGateway),
  ])
  func proxyFaultsAreBareHTML(_ spec: String, _ status: HTTPResponse.Status) async throws {
    try await Support.server(faults: spec).makeApplication().test(.router) { client in
      let response = try await client.execute(
        uri: "/v1/ats/candidates", method: .get, headers: Support.headers())
      #expect(response.status == status)
      #expect(response.headers[.contentType] == "text/html")
      #expect(String(buffer: response.body).hasPrefix("<html>"))
      #expect(
        try await client.execute(uri: "/v1/ats/jobs", method: .get, headers: Support.headers()).status == .ok)
    }
  }

  @Test func latencyAndDelayAfterCommitSlowTheAnswerButStore() async throws {
    let server = try Support.server(faults: "jobs:latency=150*1,create:delay-after-commit=200*1")
    try await server.makeApplication().test(.router) { client in
      let clock = ContinuousClock()
      let slowJobs = try await clock.measure {
        _ = try await client.execute(uri: "/v1/ats/jobs", method: .get, headers: Support.headers())
      }
      #expect(slowJobs >= .milliseconds(150))
      var status = HTTPResponse.Status.ok
      let slowCreate = try await clock.measure {
        status = try await createRequest(client, email: "late@example.com").status
      }
      #expect(status == .ok)
      #expect(slowCreate >= .milliseconds(200))
      #expect(try await storedApplications(server) == 1)
    }
  }

  @Test func inFlightHoldsTheCreateThenStoresIt() async throws {
    let server = try Support.server(faults: "create:in-flight=300*1")
    try await server.makeApplication().test(.router) { client in
      var status = HTTPResponse.Status.ok
      let held = try await ContinuousClock().measure {
        status = try await createRequest(client, email: "held@example.com").status
      }
      #expect(status == .ok)
      #expect(held >= .milliseconds(300))
      #expect(try await storedApplications(server) == 1)
    }
  }

  /// Many ATSs take a second application of the same person: with `acceptsDuplicates` a duplicate
  /// create shows as two applications instead of `ATS.APPLICATION_ALREADY_EXISTS`.
  @Test(arguments: [false, true])
  func duplicatesAreRefusedUnlessTheModeAcceptsThem(accepts: Bool) async throws {
    let server = try Support.server(acceptsDuplicates: accepts)
    try await server.makeApplication().test(.router) { client in
      #expect(try await createRequest(client, email: "twice@example.com").status == .ok)
      let second = try await createRequest(client, email: "twice@example.com")
      #expect(second.status == (accepts ? .ok : .conflict))
      #expect(try await storedApplications(server) == (accepts ? 2 : 1))
    }
  }

  @Test func theAdminEndpointReplacesFaults() async throws {
    let server = try Support.server()
    try await server.makeApplication().test(.router) { client in
      let put = try await client.execute(
        uri: "/_sandbox/faults", method: .put, headers: Support.headers(),
        body: ByteBuffer(string: "jobs:500*2"))
      #expect(put.status == .ok)
      #expect(
        try await client.execute(uri: "/v1/ats/jobs", method: .get, headers: Support.headers()).status
          == .internalServerError)
      let state = try await client.execute(uri: "/_sandbox/faults", method: .get, headers: Support.headers())
      #expect(String(buffer: state.body).contains("jobs:500*1"))
      let bad = try await client.execute(
        uri: "/_sandbox/faults", method: .put, headers: Support.headers(),
        body: ByteBuffer(string: "jobs:teapot"))
      #expect(bad.status == .badRequest)
      let unauthenticated = try await client.execute(uri: "/_sandbox/faults", method: .get)
      #expect(unauthenticated.status == .unauthorized)
    }
  }

  @Test func theConcurrencyLimitRefusesTheExtraCreate() async throws {
    let server = try Support.server(faults: "create:latency=400", concurrencyLimit: 2)
    try await server.makeApplication().test(.router) { client in
      let responses = try await withThrowingTaskGroup(of: TestResponse.self) { group in
        for index in 0..<3 {
          group.addTask { try await createRequest(client, email: "parallel\(index)@example.com") }
        }
        return try await group.reduce(into: []) { $0.append($1) }
      }
      let refused = responses.filter { $0.status == .tooManyRequests }
      #expect(refused.count == 1)
      #expect(responses.filter { $0.status == .ok }.count == 2)
      let limited = try #require(refused.first)
      #expect(try Support.error(limited).code == .platformConcurrencyLimitExceeded)
      #expect(limited.headers[.concurrencyLimit] == "2" && limited.headers[.concurrencyRemaining] == "0")
      let ok = try #require(responses.first { $0.status == .ok })
      #expect(ok.headers[.concurrencyLimit] == "2")
      #expect(try await storedApplications(server) == 2)
    }
  }
}
