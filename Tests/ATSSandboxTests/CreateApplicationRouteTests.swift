import Foundation
import Hummingbird
import HummingbirdTesting
import KomboAPI
import Testing

@testable import ATSSandbox

@Suite struct CreateApplicationRouteTests {
  let server: SandboxServer
  let designer = Support.seedJob(titled: "Product Designer")
  let demo = Support.seedJob(SeedJobs.demoJobIndex)

  init() throws {
    server = try Support.server()
  }

  func create(
    _ client: some TestClientProtocol, job: String, body: JSONValue, headers: HTTPFields = Support.headers()
  ) async throws -> TestResponse {
    try await client.execute(
      uri: "/v1/ats/jobs/\(job)/applications", method: .post, headers: headers, body: Support.buffer(body))
  }

  @Test func createsAndAnswersWithTheDocumentedApplication() async throws {
    let stage = designer.stages[2]
    let body = Support.body(
      for: designer, email: "Ada@Example.com",
      candidate: ["location": ["country": "GB", "city": "London"], "phone_number": "+44 20 7946 0000"],
      other: [
        "stage_id": .string(stage.id),
        "attachments": [
          [
            "name": "cv.pdf", "type": "CV", "content_type": "application/pdf",
            "data": .string(Data("%PDF-1.4 cv".utf8).base64EncodedString()),
          ]
        ],
      ])
    try await server.makeApplication().test(.router) { client in
      let response = try await create(client, job: designer.id, body: body)
      #expect(response.status == .ok)
      let created = try Support.decode(CreateApplicationResponse.self, response)
      #expect(created.data.outcome == .pending)
      #expect(created.data.currentStage?.id == stage.id && created.data.currentStageID == stage.id)
      #expect(created.data.job?.id == designer.id && created.data.job?.remoteID == designer.remoteID)
      #expect(created.data.candidate?.firstName == "Ada")
      // Kombo's pattern wants a lowercase domain; the sandbox stores and echoes it so.
      #expect(created.data.candidate?.emailAddresses?.first?.emailAddress == "Ada@example.com")
      #expect(created.data.candidate?.location?.country == "GB")
      #expect(created.warnings.isEmpty)
      let raw = try Support.decode(JSONValue.self, response)
      #expect(raw.objectValue?["warnings"] == .array([]))
      let stored = try await server.store.attachments(applicationID: created.data.id)
      #expect(stored.map(\.name) == ["cv.pdf"] && stored.first?.data == Data("%PDF-1.4 cv".utf8))
    }
  }

  @Test(arguments: ["remote:4715", "remote%3A4715"])
  func acceptsRemoteIDsRawOrEncoded(_ reference: String) async throws {
    try await server.makeApplication().test(.router) { client in
      let response = try await create(client, job: reference, body: Support.body(for: designer))
      #expect(response.status == .ok)
      #expect(try Support.decode(CreateApplicationResponse.self, response).data.jobID == designer.id)
    }
  }

  @Test(arguments: ["remote:REQ/2026/025", "remote%3AREQ%2F2026%2F025"])
  func acceptsRemoteIDsContainingSlashes(_ reference: String) async throws {
    let job = Support.seedJob(SeedJobs.slashRemoteIDJobIndex)
    try await server.makeApplication().test(.router) { client in
      let response = try await create(client, job: reference, body: Support.body(for: job))
      #expect(response.status == .ok)
      #expect(try Support.decode(CreateApplicationResponse.self, response).data.jobID == job.id)
    }
  }

  @Test func answersEveryQuestionTypeFollowingTheChain() async throws {
    var answers: [JSONValue] = []
    var byTitle: [String: ScreeningQuestion] = [:]
    for question in demo.screeningQuestions { byTitle[question.title ?? ""] = question }
    let needsVisa = try #require(byTitle["Will you now or in the future require visa sponsorship?"])
    let visaType = try #require(byTitle["Which permit would you need?"])
    let details = try #require(byTitle["Describe the permit you would need"])
    let other = try #require(visaType.format?.options.first { $0.name == "Other" })
    for question in demo.screeningQuestions where question.preconditionQuestionID == nil {
      guard let value = question.id == needsVisa.id ? true : Support.answer(for: question) else { continue }
      answers.append(["question_id": .string(question.id), "answer": value])
    }
    answers.append(["question_id": .string(visaType.id), "answer": .string(other.id)])
    answers.append(["question_id": .string(details.id), "answer": "A researcher permit"])
    let body = Support.body(for: demo, answers: answers)
    try await server.makeApplication().test(.router) { client in
      let response = try await create(client, job: demo.id, body: body)
      #expect(response.status == .ok)
      let created = try Support.decode(CreateApplicationResponse.self, response)
      let types = Set(created.data.screeningQuestionAnswers?.map(\.answer.questionType) ?? [])
      #expect(types == ["TEXT", "NUMBER", "SINGLE_SELECT", "MULTI_SELECT", "BOOLEAN", "DATE"])
      #expect(created.data.screeningQuestionAnswers?.contains { $0.answer == .singleSelect("Other") } == true)
      let files = try await server.store.attachments(applicationID: created.data.id)
      #expect(files.count == 1 && files[0].questionID != nil)
    }
  }

  @Test func requiredFollowUpIsDemandedOnlyWhenShown() async throws {
    let needsVisa = try #require(
      demo.screeningQuestions.first { $0.title?.contains("visa sponsorship") == true })
    let visaType = try #require(demo.screeningQuestions.first { $0.preconditionQuestionID == needsVisa.id })
    let base = Support.requiredAnswers(demo).filter {
      $0.objectValue?["question_id"]?.stringValue != needsVisa.id
    }
    try await server.makeApplication().test(.router) { client in
      let shown = Support.body(
        for: demo, email: "a@example.com",
        answers: base + [["question_id": .string(needsVisa.id), "answer": true]])
      let refused = try await create(client, job: demo.id, body: shown)
      #expect(refused.status == .badRequest)
      let message = try Support.error(refused).message
      #expect(message.hasPrefix("screening_question_answers:") && message.contains(visaType.id))
      let hidden = Support.body(
        for: demo, email: "b@example.com",
        answers: base + [
          ["question_id": .string(needsVisa.id), "answer": false],
          ["question_id": .string(visaType.id), "answer": .string(visaType.format!.options[0].id)],
        ])
      let accepted = try await create(client, job: demo.id, body: hidden)
      #expect(accepted.status == .ok)
      let warnings = try Support.decode(CreateApplicationResponse.self, accepted).warnings.map(\.message)
      #expect(warnings.contains { $0.contains("hidden by its precondition") })
    }
  }

  static let base64PDF = JSONValue.string(Data("%PDF".utf8).base64EncodedString())

  /// Bodies that break one documented rule, and the field path the error must name.
  static let invalidBodies: [(String, JSONObject, JSONObject)] = [
    ("candidate.first_name", ["first_name": .null], [:]),
    ("candidate.last_name", ["last_name": "  "], [:]),
    ("candidate.email_address", ["email_address": "ada.example.com"], [:]),
    ("candidate.email_address", ["email_address": 42], [:]),
    ("candidate.gender", ["gender": "X"], [:]),
    ("candidate.location.country", ["location": ["country": "Germany"]], [:]),
    ("candidate.location.country", ["location": ["city": "Berlin"]], [:]),
    ("candidate.availability_date", ["availability_date": "01/02/2027"], [:]),
    ("candidate.salary_expectations.period", ["salary_expectations": ["period": "WEEK", "amount": 1]], [:]),
    ("candidate.salary_expectations.amount", ["salary_expectations": ["period": "YEAR"]], [:]),
    ("candidate.social_links[0].url", ["social_links": [["url": "not a url"]]], [:]),
    (
      "candidate.additional_email_addresses[0].type",
      ["additional_email_addresses": [["type": "HOME", "email_address": "a@b.co"]]], [:]
    ),
    (
      "candidate.additional_phone_numbers[0].phone_number", ["additional_phone_numbers": [["type": "WORK"]]],
      [:]
    ),
    ("candidate", [:], ["candidate": "Ada"]),
    ("stage_id", [:], ["stage_id": "nope"]),
    (
      "attachments[0].type", [:],
      ["attachments": [["name": "a.pdf", "type": "RESUME", "data_url": "https://a.io/a"]]]
    ),
    ("attachments[0].name", [:], ["attachments": [["type": "CV", "data_url": "https://a.io/a"]]]),
    (
      "attachments[0]", [:],
      ["attachments": [["name": "a.pdf", "type": "CV", "content_type": "application/pdf"]]]
    ),
    (
      "attachments[0]", [:],
      [
        "attachments": [
          [
            "name": "a.pdf", "type": "CV", "content_type": "application/pdf", "data": base64PDF,
            "data_url": "https://a.io/a",
          ]
        ]
      ]
    ),
    (
      "attachments[0].data", [:],
      ["attachments": [["name": "a.pdf", "type": "CV", "content_type": "application/pdf", "data": "%%%"]]]
    ),
    (
      "attachments[0].content_type", [:],
      ["attachments": [["name": "a.pdf", "type": "CV", "data": base64PDF]]]
    ),
    (
      "attachments[0].content_type", [:],
      ["attachments": [["name": "a.pdf", "type": "CV", "content_type": "pdf", "data": base64PDF]]]
    ),
    (
      "attachments[0].data_url", [:],
      ["attachments": [["name": "a.pdf", "type": "CV", "data_url": "files/a.pdf"]]]
    ),
    ("attachments", [:], ["attachments": ["name": "a.pdf"]]),
    ("sourced_by.user_id", [:], ["sourced_by": [:]]),
    ("gdpr_consent.given", [:], ["gdpr_consent": ["given": "yes"]]),
    ("gdpr_consent.expires_at", [:], ["gdpr_consent": ["expires_at": "soon"]]),
    ("screening_question_answers", [:], ["screening_question_answers": []]),
    ("screening_question_answers[0].question_id", [:], ["screening_question_answers": [["answer": true]]]),
    ("remote_fields.sandbox", [:], ["remote_fields": ["sandbox": "flat"]]),
    ("candidate.email_address", ["email_address": "a!b@example.com"], [:]),
    ("candidate.email_address", ["email_address": "ada@b\u{FC}cher.example"], [:]),
    ("candidate.email_address", ["email_address": "ada.@example.com"], [:]),
    (
      "candidate.additional_email_addresses[0].email_address",
      ["additional_email_addresses": [["type": "WORK", "email_address": "j\u{F6}rg@example.com"]]], [:]
    ),
    (
      "remote_fields.greenhouse.post_headers.On-Behalf-Of", [:],
      ["remote_fields": ["greenhouse": ["post_headers": ["On-Behalf-Of": 123]]]]
    ),
    (
      "remote_fields.workday.Candidate_Data.Language_Reference.WID", [:],
      ["remote_fields": ["workday": ["Candidate_Data": ["Language_Reference": ["ID": "en"]]]]]
    ),
    ("remote_fields.greenhouse.candidate", [:], ["remote_fields": ["greenhouse": ["candidate": "x"]]]),
    ("remote_fields.rexx", [:], ["remote_fields": ["rexx": ["candidate": [:]]]]),
    ("remote_fields.greenhousev3", [:], ["remote_fields": ["greenhousev3": ["candidate": [:]]]]),
    (
      "remote_fields.bullhorn.existing_candidate_remote_id", [:],
      ["remote_fields": ["bullhorn": ["existing_candidate_remote_id": "7"]]]
    ),
    (
      "remote_fields.smartrecruiters.consent_decisions", [:],
      ["remote_fields": ["smartrecruiters": ["consent_decisions": [:]]]]
    ),
    ("remote_fields.avature.candidate", [:], ["remote_fields": ["avature": ["candidate": [:]]]]),
  ]

  @Test(arguments: invalidBodies)
  func invalidBodiesAreRefusedNamingTheField(_ path: String, _ candidate: JSONObject, _ other: JSONObject)
    async throws
  {
    let body = Support.body(for: designer, candidate: candidate, other: other)
    try await server.makeApplication().test(.router) { client in
      let response = try await create(client, job: designer.id, body: body)
      #expect(response.status == .badRequest)
      let error = try Support.error(response)
      #expect(error.code == .platformInputInvalid)
      #expect(error.message.hasPrefix("\(path):"), "\(error.message)")
    }
  }

  @Test func everyAnswerIsCheckedAgainstItsFormat() async throws {
    func question(_ title: String) -> ScreeningQuestion {
      demo.screeningQuestions.first { $0.title == title }!
    }
    let cases: [(ScreeningQuestion, JSONValue, String)] = [
      (question("Your professional headline"), .string(String(repeating: "x", count: 81)), "at most 80"),
      (question("Your professional headline"), 5, "must be a string"),
      (question("Email address of a referee"), "nobody", "not an email address Kombo accepts"),
      (question("Email address of a referee"), "a!b@example.com", "not an email address Kombo accepts"),
      (question("Link to your portfolio or GitHub profile"), "github.com/ada", "not a valid http(s) URL"),
      (question("Years of professional experience"), 51, "above the maximum 50"),
      (question("Years of professional experience"), "5", "must be a number"),
      (question("Preferred remote days per week"), -1, "below the minimum 0"),
      (question("Notice period"), "2 weeks", "is not an option"),
      (question("Languages you speak at a professional level"), "English", "must be an array"),
      (question("Are you willing to relocate?"), "yes", "true or false"),
      (question("Earliest start date"), "next week", "not a date"),
      (
        question("Upload a work sample"),
        [
          "name": "a.exe", "content_type": "application/x-msdownload",
          "data": "TVo=",
        ], "not accepted"
      ),
      (question("Upload a work sample"), "a.pdf", "must be an object"),
    ]
    try await server.makeApplication().test(.router) { client in
      for (question, answer, fragment) in cases {
        let answers =
          Support.requiredAnswers(demo).filter { $0.objectValue?["question_id"]?.stringValue != question.id }
          + [["question_id": .string(question.id), "answer": answer]]
        let response = try await create(client, job: demo.id, body: Support.body(for: demo, answers: answers))
        #expect(response.status == .badRequest)
        let message = try Support.error(response).message
        #expect(message.hasPrefix("screening_question_answers["), "\(message)")
        #expect(message.contains(fragment), "\(message)")
      }
    }
  }

  @Test func closedDraftAndDeletedJobsAnswerJobClosed() async throws {
    let references = SeedJobs.specs.indices.filter {
      SeedJobs.specs[$0].status != .open || SeedJobs.specs[$0].deleted
    }
    #expect(references.count >= 3)
    try await server.makeApplication().test(.router) { client in
      for index in references {
        let job = Support.seedJob(index)
        let response = try await create(client, job: job.id, body: Support.body(for: job))
        #expect(response.status == .badRequest)
        #expect(try Support.error(response).code == .atsJobClosed)
      }
    }
  }

  @Test func theSameEmailCannotApplyTwiceToOneJob() async throws {
    let other = Support.seedJob(titled: "Product Manager, Payments")
    try await server.makeApplication().test(.router) { client in
      let first = try await create(
        client, job: designer.id, body: Support.body(for: designer, email: "grace@example.com"))
      #expect(first.status == .ok)
      let again = try await create(
        client, job: designer.id, body: Support.body(for: designer, email: "GRACE@example.COM"))
      #expect(again.status == .conflict)
      #expect(try Support.error(again).code == .atsApplicationAlreadyExists)
      let elsewhere = try await create(
        client, job: other.id, body: Support.body(for: other, email: "grace@example.com"))
      #expect(elsewhere.status == .ok)
      let reused = try Support.decode(CreateApplicationResponse.self, elsewhere)
      #expect(
        reused.data.candidateID
          == (try Support.decode(CreateApplicationResponse.self, first)).data.candidateID)
      #expect(reused.warnings.contains { $0.message.hasPrefix("candidate:") })
      let otherIntegration = Support.headers(integration: SandboxIntegrations.all[0].id)
      let separate = try await create(
        client, job: designer.id, body: Support.body(for: designer, email: "grace@example.com"),
        headers: otherIntegration)
      #expect(separate.status == .ok)
    }
  }

  @Test func concurrentCreatesForOneEmailShareOneCandidate() async throws {
    let jobs = [
      "Product Designer", "Product Manager, Payments", "Registered Nurse", "Marketing Intern (Summer 2027)",
    ]
    .map { Support.seedJob(titled: $0) }
    try await server.makeApplication().test(.router) { client in
      let candidates = try await withThrowingTaskGroup(of: String?.self) { group in
        for job in jobs {
          group.addTask {
            let response = try await create(
              client, job: job.id, body: Support.body(for: job, email: "same@example.com"))
            return try Support.decode(CreateApplicationResponse.self, response).data.candidateID
          }
        }
        return try await group.reduce(into: Set<String?>()) { $0.insert($1) }
      }
      #expect(candidates.count == 1)
    }
  }

  @Test func documentedRemoteFieldsAreAcceptedOnTheirTool() async throws {
    let greenhouse = try #require(SandboxIntegrations.all.first { $0.tool.slug == "greenhouse" })
    let workable = try #require(SandboxIntegrations.all.first { $0.tool.slug == "workable" })
    let cases: [(SandboxIntegration, JSONValue)] = [
      (
        greenhouse,
        [
          "greenhouse": [
            "candidate": ["tags": ["referral"]], "application": ["custom_fields": [:]],
            "post_headers": ["On-Behalf-Of": "4080"],
          ]
        ]
      ),
      (workable, ["workable": ["candidate": ["summary": "x"], "on_behalf_of_user_remote_id": "u-1"]]),
    ]
    try await server.makeApplication().test(.router) { client in
      for (index, (integration, fields)) in cases.enumerated() {
        let response = try await create(
          client, job: designer.id,
          body: Support.body(
            for: designer, email: "rf\(index)@example.com", other: ["remote_fields": fields]),
          headers: Support.headers(integration: integration.id))
        #expect(response.status == .ok, "\(integration.tool.slug)")
        let warnings = try Support.decode(CreateApplicationResponse.self, response).warnings.map(\.message)
        #expect(!warnings.contains { $0.hasPrefix("remote_fields") }, "\(warnings)")
      }
    }
  }

  @Test(arguments: [nil, "text/plain", "application/x-www-form-urlencoded"])
  func aBodyNotDeclaredAsJSONIsRefused(_ contentType: String?) async throws {
    var undeclared = Support.headers()
    undeclared[.contentType] = contentType
    let headers = undeclared
    try await server.makeApplication().test(.router) { client in
      let response = try await create(
        client, job: designer.id, body: Support.body(for: designer), headers: headers)
      #expect(response.status == .unsupportedMediaType)
      let error = try Support.error(response)
      #expect(error.code == .platformInputInvalid && error.message.hasPrefix("Content-Type:"))
      var declared = Support.headers()
      declared[.contentType] = "Application/JSON; charset=utf-8"
      let charset = try await create(
        client, job: designer.id, body: Support.body(for: designer), headers: declared)
      #expect(charset.status == .ok)
    }
  }

  @Test func unknownJobsAndMalformedBodies() async throws {
    try await server.makeApplication().test(.router) { client in
      let unknown = try await create(client, job: "remote:does-not-exist", body: Support.body(for: designer))
      #expect(unknown.status == .notFound)
      #expect(try Support.error(unknown).message.hasPrefix("job_id:"))
      let malformed = try await client.execute(
        uri: "/v1/ats/jobs/\(designer.id)/applications", method: .post, headers: Support.headers(),
        body: ByteBuffer(string: "{\"candidate\": {"))
      #expect(malformed.status == .badRequest)
      #expect(try Support.error(malformed).message.hasPrefix("body: not valid JSON"))
      let array = try await create(client, job: designer.id, body: [1, 2])
      #expect(try Support.error(array).message == "body: must be a JSON object")
    }
  }

  @Test func unsupportedFieldsAndForeignRemoteFieldsBecomeWarnings() async throws {
    let integration = try #require(
      SandboxIntegrations.all.first {
        $0.unsupportedFields.contains("candidate.gender")
          && RemoteFieldsSchema.spec.keys(of: $0.tool.slug) != nil
      })
    let slug = integration.tool.slug
    let accepted = try #require(RemoteFieldsSchema.spec.keys(of: slug)?.first)
    let foreign = slug == "lever" ? "greenhouse" : "lever"
    let body = Support.body(
      for: designer,
      candidate: ["gender": "FEMALE", "location": ["country": "GB", "street_1": "1 Main St"]],
      other: [
        "remote_fields": [
          .init(stringLiteral: foreign): ["candidate": [:]],
          .init(stringLiteral: slug): [.init(stringLiteral: accepted): [:]],
        ],
        "extra_top_level": true,
      ])
    try await server.makeApplication().test(.router) { client in
      let response = try await create(
        client, job: designer.id, body: body, headers: Support.headers(integration: integration.id))
      #expect(response.status == .ok)
      let created = try Support.decode(CreateApplicationResponse.self, response)
      let messages = created.warnings.map(\.message)
      #expect(
        messages.contains { $0.hasPrefix("candidate.gender: not supported by \(integration.tool.label)") })
      #expect(!messages.contains { $0.hasPrefix("remote_fields.\(slug).\(accepted)") })
      #expect(messages.contains { $0.hasPrefix("remote_fields.\(foreign):") }, "\(messages)")
      #expect(messages.contains { $0.hasPrefix("extra_top_level:") })
      #expect(messages.contains { $0.hasPrefix("candidate.location.street_1: not a field") })
      #expect(created.data.candidate?.customFields?["gender"] == nil)
    }
  }
}
