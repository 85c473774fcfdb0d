import Foundation
import Hummingbird
import HummingbirdTesting
import KomboAPI
import Testing

@testable import ATSSandbox

@Suite struct ReadAndAuthRouteTests {
  let designer = Support.seedJob(titled: "Product Designer")
  let manager = Support.seedJob(titled: "Marketing Intern (Summer 2027)")
  let seeded = SeedApplications.entries.count

  /// Creates `count` applications to the designer job and one to the manager job.
  func seed(_ client: some TestClientProtocol, count: Int) async throws -> [KomboAPI.Application] {
    var created: [KomboAPI.Application] = []
    for index in 0..<count {
      let job = index == 0 ? manager : designer
      let stage = job.stages[index % 2].id
      let response = try await client.execute(
        uri: "/v1/ats/jobs/\(job.id)/applications", method: .post, headers: Support.headers(),
        body: Support.buffer(
          Support.body(for: job, email: "person\(index)@example.com", other: ["stage_id": .string(stage)])))
      created.append(try Support.decode(CreateApplicationResponse.self, response).data)
    }
    return created
  }

  @Test func candidatesFilterByEmailJobAndIDAcrossPages() async throws {
    try await Support.server().makeApplication().test(.router) { client in
      let created = try await seed(client, count: 5)
      let byEmail = try await client.execute(
        uri: "/v1/ats/candidates?email=PERSON3%40Example.com", method: .get, headers: Support.headers())
      let found = try Support.decode(KomboPage<Candidate>.self, byEmail).results
      #expect(found.map(\.id) == [created[3].candidateID])
      #expect(found.first?.applications?.map(\.id) == [created[3].id])
      let byJob = try await client.execute(
        uri: "/v1/ats/candidates?job_ids=\(manager.id)", method: .get, headers: Support.headers())
      #expect(
        try Support.decode(KomboPage<Candidate>.self, byJob).results.map(\.id) == [created[0].candidateID])
      var seen: [String] = []
      var cursor: String?
      repeat {
        let response = try await client.execute(
          uri: "/v1/ats/candidates?page_size=2" + (cursor.map { "&cursor=\($0)" } ?? ""), method: .get,
          headers: Support.headers())
        let page = try Support.decode(KomboPage<Candidate>.self, response)
        seen += page.results.map(\.id)
        cursor = page.next
      } while cursor != nil
      #expect(seen.count == seeded + created.count)
      #expect(Array(seen.suffix(created.count)) == created.compactMap(\.candidateID))
      let byID = try await client.execute(
        uri: "/v1/ats/candidates?ids=\(created[1].candidateID!)", method: .get, headers: Support.headers())
      #expect(try Support.decode(KomboPage<Candidate>.self, byID).results.count == 1)
    }
  }

  @Test func applicationsFilterByJobIDOutcomeAndStageAcrossPages() async throws {
    try await Support.server().makeApplication().test(.router) { client in
      let created = try await seed(client, count: 5)
      func list(_ query: String) async throws -> KomboPage<ListedApplication> {
        let response = try await client.execute(
          uri: "/v1/ats/applications?\(query)", method: .get, headers: Support.headers())
        #expect(response.status == .ok)
        return try Support.decode(KomboPage<ListedApplication>.self, response)
      }
      #expect(try await list("job_ids=\(designer.id)").results.count == 4)
      #expect(try await list("ids=\(created[2].id)").results.map(\.id) == [created[2].id])
      #expect(try await list("outcomes=PENDING").results.count == 5 + 1)
      let closedOutcomes = try await list("outcomes=HIRED,DECLINED").results
      #expect(closedOutcomes.compactMap(\.outcome) == [.hired, .declined])
      #expect(closedOutcomes.last?.rejectionReasonName == "Position filled")
      let staged = try await list("current_stage_ids=\(designer.stages[1].id)").results
      #expect(staged.map(\.id) == [created[1].id, created[3].id])
      #expect(staged.first?.candidate?.emailAddresses?.first?.emailAddress == "person1@example.com")
      let ours = "job_ids=\(designer.id),\(manager.id)"
      let first = try await list("page_size=3&\(ours)")
      let second = try await list("page_size=3&\(ours)&cursor=\(try #require(first.next))")
      #expect((first.results + second.results).map(\.id) == created.map(\.id) && second.next == nil)
      let bad = try await client.execute(
        uri: "/v1/ats/applications?outcomes=WITHDRAWN", method: .get, headers: Support.headers())
      #expect(try Support.error(bad).message.hasPrefix("outcomes:"))
    }
  }

  @Test func aFreshSandboxHasTheSeededApplications() async throws {
    let demo = Support.seedJob(SeedJobs.demoJobIndex)
    try await Support.server().makeApplication().test(.router) { client in
      let response = try await client.execute(
        uri: "/v1/ats/applications", method: .get, headers: Support.headers())
      let listed = try Support.decode(KomboPage<ListedApplication>.self, response).results
      #expect(listed.map(\.id) == (0..<seeded).map { SandboxID.derived("application", $0) })
      #expect(listed.first?.currentStage?.status == .active)
      let again = try await client.execute(
        uri: "/v1/ats/jobs/\(demo.id)/applications", method: .post, headers: Support.headers(),
        body: Support.buffer(Support.body(for: demo, email: "Ada.Lovelace@example.com")))
      #expect(try Support.error(again).code == .atsApplicationAlreadyExists)
    }
    let other = try await Support.server().makeApplication().test(.router) { client in
      try await client.execute(
        uri: "/v1/ats/applications", method: .get,
        headers: Support.headers(integration: SandboxIntegrations.all[0].id))
    }
    #expect(try Support.decode(KomboPage<ListedApplication>.self, other).results.isEmpty)
  }

  @Test func generalEndpointsNeedOnlyTheKey() async throws {
    try await Support.server().makeApplication().test(.router) { client in
      let check = try await client.execute(
        uri: "/v1/check-api-key", method: .get, headers: Support.headers(integration: nil))
      let key = try Support.decode(KomboResponse<APIKeyCheck>.self, check).data
      #expect(KomboID.isValid(key.environmentID) && key.customerID == key.environmentID)
      for integration in SandboxIntegrations.all {
        let encoded = integration.id.replacingOccurrences(of: ":", with: "%3A")
        let response = try await client.execute(
          uri: "/v1/integrations/\(encoded)", method: .get, headers: Support.headers(integration: nil))
        let details = try Support.decode(KomboResponse<IntegrationDetails>.self, response).data
        #expect(details.tool.id == integration.tool.slug && details.tool.label == integration.tool.label)
        let unsupported = Set(
          details.createApplicationFields.filter { $0.coverageStatus == .unsupported }.map(\.id))
        #expect(unsupported == integration.unsupportedFields)
      }
    }
  }

  @Test(arguments: [
    (
      "", SandboxIntegrations.default.id, HTTPResponse.Status.unauthorized,
      KomboErrorCode.platformAuthenticationInvalid
    ),
    ("Bearer ", SandboxIntegrations.default.id, .unauthorized, .platformAuthenticationInvalid),
    ("Basic abc", SandboxIntegrations.default.id, .unauthorized, .platformAuthenticationInvalid),
    ("Bearer wrong", SandboxIntegrations.default.id, .unauthorized, .platformAuthenticationInvalid),
    ("Bearer right", "", .notFound, .platformIntegrationNotFound),
    ("Bearer right", "greenhouse:111111111111111111111111", .notFound, .platformIntegrationNotFound),
  ])
  func authFailures(
    _ authorization: String, _ integration: String, _ status: HTTPResponse.Status,
    _ code: KomboErrorCode
  ) async throws {
    try await Support.server(apiKey: "right").makeApplication().test(.router) { client in
      var headers: HTTPFields = [:]
      if !authorization.isEmpty { headers[.authorization] = authorization }
      if !integration.isEmpty { headers[.integrationID] = integration }
      let response = try await client.execute(uri: "/v1/ats/jobs", method: .get, headers: headers)
      #expect(response.status == status)
      #expect(try Support.error(response).code == code)
    }
  }

  @Test func unknownRoutesAndWrongMethodsAnswerInTheEnvelope() async throws {
    try await Support.server().makeApplication().test(.router) { client in
      let missing = try await client.execute(uri: "/v1/ats/offers", method: .get, headers: Support.headers())
      #expect(missing.status == .notFound)
      #expect(try Support.error(missing).code == nil)
      let wrong = try await client.execute(uri: "/v1/ats/jobs", method: .delete, headers: Support.headers())
      #expect(wrong.status == .methodNotAllowed)
      #expect(wrong.headers[.allow] == "GET")
      #expect(try Support.error(wrong).message.contains("use GET"))
      let rate = try await client.execute(uri: "/v1/check-api-key", method: .get, headers: Support.headers())
      #expect(rate.headers[HeaderName("ratelimit-limit")!] == "300")
      #expect(rate.headers[HeaderName("ratelimit-remaining")!] != nil)
    }
  }
}
