import Foundation
import KomboAPI
import Testing

@Suite struct CreateApplicationRequestTests {
  private static let goldenName = "create-application-full.json"

  /// The golden file holds the exact wire bytes. Set `RECORD_GOLDEN=1` to rewrite it after an
  /// intended change (then rebuild, rerun and review the diff).
  @Test func aFullRequestEncodesToTheGoldenBodyByteForByte() throws {
    let encoded = try KomboJSON.encoder().encode(SampleRequests.full())
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try encoded.write(to: TestSupport.sourceFixtureURL(Self.goldenName))
    }
    let golden = try TestSupport.fixture(Self.goldenName)
    #expect(
      String(decoding: encoded, as: UTF8.self) == String(decoding: golden, as: UTF8.self),
      "re-record with RECORD_GOLDEN=1 if the change is intended")
  }

  @Test func theGoldenBodyHasNoNullsAndNoEscapedSlashes() throws {
    let compact = try TestSupport.json(SampleRequests.full())
    #expect(!compact.contains("null"))
    #expect(!compact.contains(#"\/"#))
    #expect(compact.contains(#""data_url":"https://files.example.com/a/b?c=d&e=f""#))
    #expect(compact.contains(#""amount":70000,"#), "integral numbers print without .0")
    #expect(compact.contains(#""answer":2.5"#))
  }

  @Test func aMinimalRequestSendsOnlyTheCandidate() throws {
    let request = CreateApplicationRequest(
      candidate: NewCandidate(firstName: "Ada", lastName: "Lovelace", emailAddress: "ada@example.com"))
    #expect(
      try TestSupport.json(request)
        == #"{"candidate":{"email_address":"ada@example.com","first_name":"Ada","last_name":"Lovelace"}}"#)
    #expect(try TestSupport.json(RemoteFields()) == "{}")
    #expect(RemoteFields().isEmpty)
    #expect(try !SampleRequests.remoteFields().isEmpty)
  }

  @Test func usesTheExactWireKeyNames() throws {
    let tree = try TestSupport.tree(SampleRequests.full())
    let remote = try #require(tree["remote_fields"])
    #expect(remote["greenhouse"]?["post_headers"]?["On-Behalf-Of"] == "4080")
    #expect(remote["successfactors"]?["Candidate"] == ["customField": "x"])
    #expect(remote["successfactors"]?["JobApplication"] == ["source": 7])
    #expect(remote["successfactors"]?["copyJobApplicationAttachments"] == true)
    #expect(remote["successfactors"]?["update_existing_candidate"] == false)
    #expect(remote["workday"]?["Candidate_Data"]?["Name_Detail_Data"]?["Middle_Name"] == "Augusta")
    #expect(remote["workday"]?["Override_Source_Reference_WID"] == "src-wid")
    #expect(remote["smartrecruiters"]?["candidate"] == ["tags": ["a"]])
    #expect(remote["hrworks"]?["jobApplication"] == ["note": "n"])
    #expect(remote["piloga"]?["candidate"]?["geburtsdatum"] == "1990-05-06")
    #expect(tree["sourced_by"]?["user_id"] == "remote:u-77")
    #expect(tree["source"]?["unified_key"] == "example_board")
  }

  @Test func eachAnswerShapeEncodesAsDocumented() throws {
    let answers = try #require(
      try TestSupport.tree(SampleRequests.full())["screening_question_answers"]?.arrayValue)
    #expect(
      answers.map { $0["answer"] } == [
        "Because / of \"you\"", "OptAAAAAAAAAAAAAAAAAAAA1",
        ["OptAAAAAAAAAAAAAAAAAAAA3", "OptAAAAAAAAAAAAAAAAAAAA4"],
        false, 7, 2.5, "2026-04-01",
        ["name": "portfolio.pdf", "content_type": "application/pdf", "data": "JVBERi0="],
        ["name": "talk.mp4", "data_url": "https://files.example.com/talk.mp4"],
      ])
  }

  @Test func decodingTheGoldenBodyGivesBackTheRequest() throws {
    let decoded = try KomboJSON.decoder().decode(
      CreateApplicationRequest.self, from: TestSupport.fixture(Self.goldenName))
    let original = try SampleRequests.full()
    #expect(decoded.candidate == original.candidate)
    #expect(decoded.attachments == original.attachments)
    #expect(decoded.remoteFields == original.remoteFields)
    #expect(decoded.gdprConsent == original.gdprConsent)
    let formats: [QuestionFormat] = [
      .text(.init()), .singleSelect(.init(options: [])), .multiSelect(.init(options: [])), .boolean,
      .number(.init()), .number(.init()), .date, .file(.init()), .file(.init()),
    ]
    let retyped = zip(decoded.screeningQuestionAnswers, formats).map {
      ScreeningAnswer(questionID: $0.questionID, answer: $0.answer.reading(as: $1))
    }
    #expect(retyped == original.screeningQuestionAnswers)
  }

  @Test func stringAnswersAreRetypedOnlyWhenTheyFit() throws {
    #expect(
      ScreeningAnswer.Value.text("x").reading(as: .singleSelect(.init(options: [])))
        == .singleSelect(optionID: "x"))
    #expect(
      ScreeningAnswer.Value.text("2026-01-02").reading(as: .date) == .date(try KomboDateTime("2026-01-02")))
    #expect(ScreeningAnswer.Value.text("soon").reading(as: .date) == .text("soon"))
    #expect(ScreeningAnswer.Value.boolean(true).reading(as: .date) == .boolean(true))
    #expect(ScreeningAnswer.Value.text("x").reading(as: .text(.init())) == .text("x"))
    #expect(ScreeningAnswer.Value.number(1).questionType == "NUMBER")
  }

  @Test(arguments: [
    (
      #"{"name":"a.pdf","type":"CV","content_type":"application/pdf","data":"QQ==","data_url":"https://x"}"#,
      "both"
    ),
    (#"{"name":"a.pdf","type":"CV","content_type":"application/pdf"}"#, "neither"),
  ])
  func anAttachmentNeedsExactlyOneSource(json: String, label: String) {
    #expect(throws: DecodingError.self, "\(label)") { try TestSupport.decode(Attachment.self, json) }
  }

  @Test func answersThatFitNoShapeFailToDecode() {
    for json in ["null", "[1,2]", #"{"content_type":"x"}"#, #"{"name":"a","data":"x","data_url":"y"}"#] {
      #expect(throws: DecodingError.self, "\(json)") {
        try TestSupport.decode(ScreeningAnswer.Value.self, json)
      }
    }
  }

  @Test func aBodyWithoutCandidateFailsToDecode() {
    #expect(throws: DecodingError.self) {
      try TestSupport.decode(CreateApplicationRequest.self, #"{"stage_id":"x"}"#)
    }
  }
}
