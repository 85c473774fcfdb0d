import Foundation
import KomboAPI
import Testing

@Suite struct ResponseCodingTests {
  /// An outcome Kombo does not document (passed through from the ATS) is kept, not a decoding failure.
  @Test func anUndocumentedOutcomeDecodesAndIsKept() throws {
    let body =
      #"{"status":"success","data":{"id":"AppA","outcome":"ON_HOLD","changed_at":"2023-11-07T05:31:56Z"}}"#
    let response = try KomboJSON.decoder().decode(CreateApplicationResponse.self, from: Data(body.utf8))
    #expect(response.data.outcome?.rawValue == "ON_HOLD")
    #expect(response.data.outcome?.isKnown == false)
    #expect(String(decoding: try KomboJSON.encoder().encode(response), as: UTF8.self).contains(#""ON_HOLD""#))
  }

  @Test func decodesTheDocumentedCreateApplicationResponse() throws {
    let response = try KomboJSON.decoder().decode(
      CreateApplicationResponse.self, from: TestSupport.fixture("create-application-response.json"))
    #expect(
      response.warnings == [KomboWarning(message: "gender is not supported by this ATS and was not written")])
    let application = response.data
    #expect(application.outcome == .pending)
    #expect(application.rejectedAt == nil, "older bodies without rejected_at still decode")
    #expect(application.changedAt.iso8601 == "2023-11-07T05:31:56.000Z")
    #expect(application.currentStage?.name == "Initial Screening")
    #expect(application.currentStage?.index == nil)
    #expect(
      application.job
        == ApplicationJob(id: "26vafvWSRmbhNcxJYqjCzuJg", name: "Backend Engineer", remoteID: "32"))
    #expect(
      application.screeningQuestionAnswers == [
        ApplicationScreeningAnswer(questionRemoteID: "q1", questionTitle: "Why us?", answer: .text("Because"))
      ])
    #expect(application.integrationFields?.map(\.key) == ["firstName", "customTshirtSize"])
    let candidate = try #require(application.candidate)
    #expect(candidate.firstName == "Frank")
    #expect(candidate.tags.map(\.name) == ["High Potential"])
    #expect(candidate.phoneNumbers == [.init(phoneNumber: "+1-541-754-3010", type: "mobile")])
    #expect(candidate.emailAddresses?.first?.emailAddress == "jsmith@example.com")
    #expect(candidate.socialMedia?.first?.username == "frank")
    #expect(candidate.location?.raw == "New York, US")
    #expect(candidate.applications == nil)
  }

  @Test func sparseResponsesWriteEveryRequiredKeyAsNull() throws {
    let job = try TestSupport.tree(SampleResponses.sparseJob())
    for key in [
      "name", "job_code", "description", "confidential", "weekly_hours", "salary_amount", "custom_fields",
      "opened_at", "remote_deleted_at", "contact_id", "location", "status", "employment_type",
    ] {
      #expect(job[key] == .null, "job.\(key)")
    }
    #expect(job["changed_at"] == "2022-08-07T14:01:29.196Z")
    #expect(
      job["stages"]?[0] == [
        "id": "StgAAAAAAAAAAAAAAAAAAAA9", "remote_id": nil, "name": nil, "status": nil,
        "custom_fields": nil, "index": nil,
      ])
    #expect(job["screening_questions"]?[0]?["format"] == .null)
    #expect(job["integration_fields"] == nil, "extension keys are left out when unset")
    #expect(job["remote_data"] == nil)

    let application = try TestSupport.tree(
      CreateApplicationResponse(data: SampleResponses.sparseApplication()))
    #expect(application["status"] == "success")
    #expect(application["warnings"] == [])
    for key in [
      "remote_id", "outcome", "rejected_at", "current_stage", "job", "candidate", "custom_fields",
      "screening_question_answers",
    ] {
      #expect(application["data"]?[key] == .null, "application.\(key)")
    }
    let candidate = try TestSupport.tree(SampleResponses.sparseCandidate())
    #expect(candidate["tags"] == [])
    #expect(candidate["phone_numbers"] == .null)
    #expect(candidate["applications"] == nil)
  }

  @Test func pagesWriteNullNextOnTheLastPage() throws {
    #expect(
      try TestSupport.json(KomboPage<Offer>(results: [Offer(id: "o")]))
        == #"{"data":{"next":null,"results":[{"id":"o","remote_id":null,"status":null}]},"status":"success"}"#
    )
  }

  @Test func recordedAnswersUseOneKeyPerType() throws {
    let answers = try #require(try TestSupport.tree(SampleResponses.recordedAnswers).arrayValue)
    #expect(
      answers.map { $0["answer"] } == [
        ["content": "Because"], ["content": nil], ["choice": "Yes"], ["choices": ["German", "English"]],
        ["choices": nil], ["checked": true], ["number": 7.5], ["date": "2022-08-07T14:01:29.196Z"],
        ["raw": ["scale": 3]], ["raw": nil],
      ])
    #expect(
      answers.map { $0["question"]?["type"] } == [
        "TEXT", "TEXT", "SINGLE_SELECT", "MULTI_SELECT", "MULTI_SELECT", "BOOLEAN", "NUMBER", "DATE",
        "UNKNOWN",
        "UNKNOWN",
      ])
    #expect(answers[1]["question"] == ["remote_id": nil, "title": "Empty", "type": "TEXT"])
    #expect(try TestSupport.roundTrip(SampleResponses.recordedAnswers) == SampleResponses.recordedAnswers)
  }

  @Test func recordedAnswersOfUnknownTypesSurvive() throws {
    let json = #"{"question":{"remote_id":"v","title":"Video","type":"VIDEO"},"answer":{"url":"https://v"}}"#
    let answer = try TestSupport.decode(ApplicationScreeningAnswer.self, json)
    #expect(answer.answer == .unrecognized(type: "VIDEO", answer: ["url": "https://v"]))
    #expect(try TestSupport.tree(answer) == TestSupport.decode(JSONValue.self, json))
    let mismatched = try TestSupport.decode(
      ApplicationScreeningAnswer.self,
      #"{"question":{"title":"B","type":"BOOLEAN"},"answer":{"checked":"yes"}}"#)
    #expect(mismatched.answer == .unrecognized(type: "BOOLEAN", answer: ["checked": "yes"]))
  }

  @Test func everyResponseTypeRoundTrips() throws {
    #expect(try TestSupport.roundTrip(SampleResponses.fullJob()) == SampleResponses.fullJob())
    #expect(try TestSupport.roundTrip(SampleResponses.fullApplication()) == SampleResponses.fullApplication())
    let candidates = KomboPage(
      next: "c2",
      results: [
        SampleResponses.sparseCandidate(), SampleResponses.fullCandidate(withApplications: true),
      ])
    #expect(try TestSupport.roundTrip(candidates) == candidates)
    let applications = KomboPage(results: SampleResponses.listedApplications())
    #expect(try TestSupport.roundTrip(applications) == applications)
    for sparse in [true, false] {
      let details = KomboResponse(data: SampleResponses.integrationDetails(sparse: sparse))
      #expect(try TestSupport.roundTrip(details) == details)
    }
    let check = KomboResponse(data: APIKeyCheck(environmentID: "EnvAAAAAAAAAAAAAAAAAAAA1"))
    #expect(
      try TestSupport.json(check)
        == #"{"data":{"environment_id":"EnvAAAAAAAAAAAAAAAAAAAA1"},"status":"success"}"#)
  }

  @Test func integrationDetailsExposeCreateApplicationCoverage() {
    let details = SampleResponses.integrationDetails(sparse: false)
    #expect(details.createApplicationAction?.label == "Create application")
    #expect(details.createApplicationFields.map(\.id) == ["candidate.first_name", "candidate.gender"])
    #expect(details.createApplicationFields.last?.coverageStatus == .notImplemented)
    var withoutActions = details
    withoutActions.writeActions = []
    #expect(withoutActions.createApplicationFields.isEmpty)
  }

  @Test func anActionResponseWithoutWarningsDecodesWithNone() throws {
    let body = #"{"status":"success","data":{"id":"a","changed_at":"2026-01-01T00:00:00Z"}}"#
    let response = try TestSupport.decode(CreateApplicationResponse.self, body)
    #expect(response.warnings.isEmpty)
    #expect(response.data.id == "a")
  }

  @Test func anErrorBodyIsNotASuccessEnvelope() {
    let body = #"{"status":"error","error":{"code":null,"title":null,"message":"x","log_url":null}}"#
    #expect(throws: DecodingError.self) { try TestSupport.decode(CreateApplicationResponse.self, body) }
    #expect(throws: DecodingError.self) { try TestSupport.decode(KomboPage<Job>.self, body) }
  }
}
