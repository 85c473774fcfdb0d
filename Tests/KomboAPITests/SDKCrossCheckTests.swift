import Foundation
import KomboAPI
import Testing

/// What we encode must pass the official Python SDK's validation, which is strict about required
/// keys and closed enums; requests must use only keys the SDK's request model knows.
@Suite struct SDKCrossCheckTests {
  private func expectAllAccepted(_ documents: [SDKCheck.Document]) async throws {
    let results = try await SDKCheck.run(documents)
    #expect(results.count == documents.count)
    for result in results where !result.ok {
      Issue.record(
        "the SDK rejects \(result.name) (\(result.kind)): \(result.errors.joined(separator: "; "))")
    }
  }

  @Test func acceptsEveryResponseWeEncode() async throws {
    let seed = try KomboJSON.decoder().decode(
      CreateApplicationResponse.self, from: TestSupport.fixture("create-application-response.json"))
    try await expectAllAccepted([
      .init(
        "jobs_page", "jobs, sparse and full",
        KomboPage(
          next: "n2",
          results: [
            SampleResponses.sparseJob(), try SampleResponses.fullJob(),
          ])),
      .init("jobs_page", "empty last page", KomboPage<Job>(results: [])),
      .init(
        "create_application_response", "sparse application",
        CreateApplicationResponse(
          data: SampleResponses.sparseApplication())),
      .init(
        "create_application_response", "full application",
        CreateApplicationResponse(
          data: SampleResponses.fullApplication(), warnings: [KomboWarning(message: "skipped gender")])),
      .init("create_application_response", "seed example re-encoded", seed),
      .init(
        "candidates_page", "candidates",
        KomboPage(results: [
          SampleResponses.fullCandidate(withApplications: true),
          {
            var candidate = SampleResponses.sparseCandidate()
            candidate.applications = []
            return candidate
          }(),
        ])),
      .init(
        "applications_page", "applications",
        KomboPage(next: "x", results: SampleResponses.listedApplications())),
      .init(
        "check_api_key", "key check",
        KomboResponse(data: APIKeyCheck(environmentID: "EnvAAAAAAAAAAAAAAAAAAAA1"))),
      .init(
        "check_api_key", "key check with customer_id",
        KomboResponse(
          data: APIKeyCheck(environmentID: "EnvAAAAAAAAAAAAAAAAAAAA1", customerID: "EnvAAAAAAAAAAAAAAAAAAAA1")
        )),
      .init(
        "integration_details", "integration, sparse",
        KomboResponse(
          data: SampleResponses.integrationDetails(sparse: true))),
      .init(
        "integration_details", "integration, full",
        KomboResponse(
          data: SampleResponses.integrationDetails(sparse: false))),
    ])
  }

  @Test func acceptsEveryErrorEnvelopeWeEncode() async throws {
    var documents = try KomboErrorCode.allCases.map {
      try SDKCheck.Document(
        "ats_error", $0.rawValue,
        KomboErrorResponse(
          error: KomboError(
            code: $0, title: "Title", message: "Message", logURL: "https://app.kombo.dev/logs/1")))
    }
    documents += try KomboErrorCode.allCases.filter(\.isGeneral).map {
      try SDKCheck.Document(
        "general_error", $0.rawValue, KomboErrorResponse(error: KomboError(code: $0, message: "m")))
    }
    documents.append(try .init("ats_error", "no code", KomboErrorResponse(error: KomboError(message: "m"))))
    documents.append(
      try .init("general_error", "no code", KomboErrorResponse(error: KomboError(message: "m"))))
    try await expectAllAccepted(documents)
  }

  @Test func acceptsOurRequestBodiesWithOnlyKeysItKnows() async throws {
    try await expectAllAccepted([
      .init("create_application_request", "full request", try SampleRequests.full()),
      .init(
        "create_application_request", "every remote field the SDK also models",
        CreateApplicationRequest(
          candidate: NewCandidate(firstName: "A", lastName: "B", emailAddress: "a@b.example"),
          remoteFields: try SampleRequests.everyRemoteField(sdkModels: true))),
      .init(
        "create_application_request", "minimal request",
        CreateApplicationRequest(
          candidate: NewCandidate(firstName: "A", lastName: "B", emailAddress: "a@b.example"))),
      .init(
        "create_application_request", "date-time forms",
        CreateApplicationRequest(
          candidate: NewCandidate(
            firstName: "A", lastName: "B", emailAddress: "a@b.example",
            availabilityDate: try KomboDateTime("2026-01-02T03:04:05")),
          gdprConsent: .init(expiresAt: try KomboDateTime("2026-01-02T03:04:05.5Z")))),
    ])
  }

  @Test func ourListsMatchTheSDK() async throws {
    try await expectAllAccepted([
      .init("error_codes", "error codes", KomboErrorCode.allCases.map(\.rawValue)),
      .init("tool_slugs", "tool slugs", ATSTool.all.map(\.slug)),
    ])
  }

  /// The check itself must be able to fail, or the tests above prove nothing.
  @Test func theCheckRejectsWhatTheSDKRejects() async throws {
    var job = try #require(try TestSupport.tree(SampleResponses.sparseJob()).objectValue)
    job["changed_at"] = nil
    let jobWithoutChangedAt: JSONValue = [
      "status": "success", "data": ["next": nil, "results": [.object(job)]],
    ]
    let documents: [SDKCheck.Document] = [
      try .init("jobs_page", "job without changed_at", jobWithoutChangedAt),
      try .init(
        "ats_error", "unknown code",
        KomboErrorResponse(error: KomboError(code: .unrecognized("X.Y"), message: "m"))),
      try .init(
        "create_application_request", "unknown remote field",
        [
          "candidate": ["first_name": "A", "last_name": "B", "email_address": "a@b.example"],
          "remote_fields": ["greenhouse": ["On_Behalf_Of": "1"]],
        ] as JSONValue),
      try .init("tool_slugs", "unknown slug", ["not-a-tool"]),
    ]
    let results = try await SDKCheck.run(documents)
    #expect(results.map(\.ok) == [false, false, false, false])
    #expect(results[2].errors == ["the SDK does not know $.remote_fields.greenhouse.On_Behalf_Of"])
  }
}
