import ApplyCore
import Foundation
import KomboAPI
import Testing

/// `submit --body`: a ready-made wire body is checked by the validator the flags and the terminal UI use,
/// each problem named by its JSON path in the body.
struct ValidationBodyTests {
  static let candidate = #""first_name":"Ada","last_name":"Lovelace","email_address":"ada@example.com""#
  static let required =
    #"{"question_id":"QPermit","answer":false},{"question_id":"QOffice","answer":"OptBerlin"}"#
  static let pdf = Data("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".utf8).base64EncodedString()

  /// The report for a body with `candidate` extra keys, `answers` after the required ones and `rest` keys.
  func report(candidate extra: String = "", answers: String = "", rest: String = "") throws
    -> ValidationReport
  {
    let answerList = [Self.required, answers].filter { !$0.isEmpty }.joined(separator: ",")
    let json =
      #"{"candidate":{"# + Self.candidate + extra + #"},"screening_question_answers":["# + answerList + "]"
      + rest + "}"
    let body = try KomboJSON.decoder().decode(CreateApplicationRequest.self, from: Data(json.utf8))
    return Validator().validate(
      body: body, job: JobReference(ValidationTestJob.jobID), jobInfo: ValidationTestJob.job,
      today: try KomboDateTime("2026-06-01"))
  }

  @Test func aValidBodyPasses() throws {
    let report = try report()
    #expect(report.isValid, "\(report.issues)")
  }

  @Test(arguments: [
    (
      #","additional_email_addresses":[{"type":"WORK","email_address":"x@"}]"#,
      "candidate.additional_email_addresses[0].email_address"
    ),
    (#","location":{"country":"Germany"}"#, "candidate.location.country"),
    (#","location":{"country":"de"}"#, "candidate.location.country"),
    (#","social_links":[{"url":"not a url"}]"#, "candidate.social_links[0].url"),
    (#","phone_number":"call me""#, "candidate.phone_number"),
  ])
  func candidateProblemsAreNamedByTheirPath(extra: String, path: String) throws {
    let report = try report(candidate: extra)
    #expect(report.errors.map(\.path.rawValue).contains(path), "\(report.issues)")
  }

  @Test func theEmailIsChecked() throws {
    let json = #"{"candidate":{"first_name":"Ada","last_name":"L","email_address":"ada@"}}"#
    let body = try KomboJSON.decoder().decode(CreateApplicationRequest.self, from: Data(json.utf8))
    let report = Validator().validate(
      body: body, job: JobReference(ValidationTestJob.jobID), jobInfo: ValidationTestJob.plainJob)
    #expect(report.errors.map(\.path.rawValue) == ["candidate.email_address"])
  }

  @Test(arguments: [
    (#"{"question_id":"QYears","answer":"5"}"#, "takes a number"),
    (#"{"question_id":"QYears","answer":1e19}"#, "is outside"),
    (#"{"question_id":"QStart","answer":"01.03.2026"}"#, "Earliest start"),
    (#"{"question_id":"QLanguages","answer":["OptEn","OptXX"]}"#, "is not one of its options"),
    (#"{"question_id":"QLanguages","answer":"OptEn"}"#, "an array of option ids"),
    (#"{"question_id":"QEEO","answer":"ok"}"#, "information only"),
    (#"{"question_id":"QReferrer","answer":"bob"}"#, "takes an email address"),
    (#"{"question_id":"QWebsite","answer":"ftp//x"}"#, "takes a web address"),
    (#"{"question_id":"QWhyRemote","answer":"because"}"#, "only applies"),
    (#"{"question_id":"QPermit","answer":true}"#, "a second time"),
    (#"{"question_id":"QNope","answer":true}"#, "has no question"),
  ])
  func answerProblemsAreNamedByTheirIndex(answer: String, message: String) throws {
    let report = try report(answers: answer)
    let errors = report.errors.filter { $0.path.rawValue == "screening_question_answers[2].answer" }
    #expect(errors.contains { $0.message.contains(message) }, "\(report.issues)")
  }

  @Test func aMissingRequiredAnswerIsAnError() throws {
    let json = #"{"candidate":{"# + Self.candidate + "}}"
    let body = try KomboJSON.decoder().decode(CreateApplicationRequest.self, from: Data(json.utf8))
    let report = Validator().validate(
      body: body, job: JobReference(ValidationTestJob.jobID), jobInfo: ValidationTestJob.job)
    #expect(
      report.errors.contains { $0.message.contains("is required") && $0.path.rawValue.contains("QPermit") },
      "\(report.errors)")
  }

  @Test func embeddedFilesNeedAContentTypeAndAreCheckedLikeLocalFiles() throws {
    let missing = try report(
      rest: #","attachments":[{"name":"cv.pdf","type":"CV","data":""# + Self.pdf + #""}]"#)
    #expect(missing.errors.map(\.path.rawValue) == ["attachments[0].content_type"], "\(missing.issues)")
    let good = try report(
      rest: #","attachments":[{"name":"cv.pdf","type":"CV","content_type":"application/pdf","data":""#
        + Self.pdf + #""}]"#)
    #expect(good.isValid, "\(good.issues)")
    let text = Data("plain words".utf8).base64EncodedString()
    let wrongType = try report(
      answers: #"{"question_id":"QPortfolio","answer":{"name":"p.txt","content_type":"text/plain","data":""#
        + text + #""}}"#)
    #expect(wrongType.errors.contains { $0.path.rawValue == "screening_question_answers[2].answer" })
  }

  @Test func anInactiveStageWarnsAndAnUnknownOneIsAnError() throws {
    let unknown = try report(rest: #","stage_id":"StgNOPE""#)
    #expect(unknown.errors.map(\.path.rawValue) == ["stage_id"])
    let inactive = try report(rest: #","stage_id":"StgAAAAAAAAAAAAAAAAAAAA2""#)
    #expect(inactive.isValid && inactive.warnings.map(\.path.rawValue).contains("stage_id"))
  }

  @Test func repeatedKeysAreFoundAtEveryDepthWithEscapesResolved() {
    let json =
      #"{"candidate":{"email_address":"a@x.com","first_name":"A","email_address":"b@x.com"},"#
      + #""attachments":[{"name":"a"},{"name":"b","n\u0061me":"c"}],"x":{"y":[[{"z":1,"z":2}]]}}"#
    #expect(
      DuplicateJSONKeys.find(in: Data(json.utf8)) == [
        "candidate.email_address", "attachments[1].name", "x.y[0][0].z",
      ])
    #expect(DuplicateJSONKeys.find(in: Data(#"{"a":{"b":1},"c":{"b":"{\"b\":"}}"#.utf8)).isEmpty)
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(DuplicateJSONKeys.find(in: Data(deep.utf8)).isEmpty)
  }
}
