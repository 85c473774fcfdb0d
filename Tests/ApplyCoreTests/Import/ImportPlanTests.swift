import ApplyCore
import Foundation
import KomboAPI
import Testing

/// Header mapping, row reading and the whole-file check, as `kombo-apply import` reports them.
struct ImportPlanTests {
  let folder: String

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  func write(_ name: String, _ text: String) throws -> String {
    let path = folder + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  func plan(_ path: String, renames: [ImportColumns.Rename] = [], job: Job? = ValidationTestJob.job)
    -> ImportPlan
  {
    ImportPlan(path: path, renames: renames, job: job, jobReference: JobReference(ValidationTestJob.jobID))
  }

  @Test func headersAreMatchedIgnoringCaseSpacesHyphensAndUnderscores() throws {
    let columns = try ImportColumns(
      header: ["First Name", "LAST-NAME", "e_mail", "Available From", "Notes", "answer:Preferred office"],
      job: ValidationTestJob.job)
    #expect(columns.fields == [.firstName, .lastName, .email, .availableFrom, nil, .answer("QOffice")])
    #expect(columns.unknown == ["Notes"])
  }

  @Test func renamesMapAndIgnoreColumns() throws {
    let renames = [
      try ImportColumns.Rename(parsing: "Vorname=first_name"),
      try ImportColumns.Rename(parsing: "Nachname = last_name"),
      try ImportColumns.Rename(parsing: "Mail=email"), try ImportColumns.Rename(parsing: "Notes="),
    ]
    let columns = try ImportColumns(
      header: ["Vorname", "Nachname", "Mail", "Notes"], renames: renames, job: nil)
    #expect(columns.fields == [.firstName, .lastName, .email, nil])
    #expect(columns.unknown.isEmpty, "an ignored column is not warned about")
    #expect(throws: ImportProblem.self) { try ImportColumns.Rename(parsing: "Mail=e-post") }
    #expect(throws: ImportProblem.self) { try ImportColumns.Rename(parsing: "Mail") }
  }

  @Test func headerProblemsAreReportedTogether() {
    #expect {
      try ImportColumns(
        header: ["first_name", "email", "E-Mail", "answer:No such question"],
        renames: [ImportColumns.Rename(column: "Phone", field: .phone)], job: ValidationTestJob.job)
    } throws: { error in
      let lines = (error as? ImportHeaderProblems)?.problems.map(\.line) ?? []
      return lines.count == 4
        && lines[0].hasPrefix("column E-Mail: fills email like column \"email\"")
        && lines[1].hasPrefix(
          "column answer:No such question: this job has no question with this id or title")
        && lines[2].hasPrefix("--map \"Phone\": the file has no such column")
        && lines[3].hasPrefix("no column for last_name")
    }
  }

  @Test func everyProblemOfEveryRowIsReportedByRowAndColumnWithDuplicateEmails() throws {
    let path = try write(
      "c.csv",
      """
      first_name,last_name,Email,answer:QPermit,answer:Preferred office,attach,gdpr_consent
      Ada,Lovelace,ada@example.com,no,Berlin,,yes
      Grace,,grace@,maybe,Berlin,cv.pdf,
      Alan,Turing,ADA@example.com ,no,Paris,,perhaps
      Bob,B,bob@example.com,no,Munich
      """)
    let report = plan(path).check()
    #expect(report.rows == 4)
    #expect(report.invalidRows == [3, 4, 5])
    let lines = report.problems.map(\.line)
    #expect(
      lines.contains {
        $0.hasPrefix("row 3, column answer:QPermit: 'Do you have a work permit?' (QPermit) takes yes or no")
      })
    #expect(lines.contains { $0.hasPrefix("row 3, column last_name: ") })
    #expect(lines.contains { $0.hasPrefix("row 3, column Email: ") })
    #expect(
      lines.contains { $0.hasPrefix("row 3, column attach (file 1): ") && $0.contains("\(folder)/cv.pdf") })
    #expect(
      lines.contains { $0.hasPrefix("row 4, column answer:Preferred office: ") && $0.contains("Berlin") })
    #expect(lines.contains { $0.hasPrefix("row 4, column gdpr_consent: takes yes or no") })
    #expect(
      lines.contains(
        "row 4, column Email: repeats the email of row 2; the ATS would refuse the second application, so remove one of the rows"
      ))
    #expect(lines.contains { $0.hasPrefix("row 5: has 5 fields, but the header has 7 columns") })
    #expect(!lines.contains { $0.hasPrefix("row 2") }, "\(lines)")
  }

  @Test func aRequiredQuestionWithoutAColumnNamesTheColumnToAdd() throws {
    let path = try write("q.csv", "first_name,last_name,email\nAda,Lovelace,ada@example.com\n")
    let lines = plan(path).check().problems.map(\.line)
    #expect(
      lines.contains {
        $0.hasPrefix("row 2, column answer:QPermit: ") && $0.contains("Do you have a work permit?")
      },
      "\(lines)")
  }

  @Test func aValidRowBecomesTheDraftSubmitWouldMake() throws {
    _ = try write("cv.pdf", "%PDF-1.4\n%%EOF\n")
    let path = try write(
      "ok.csv",
      """
      first_name,last_name,email,salary,link,attach,answer:QPermit,answer:Preferred office,gdpr_consent,gdpr_until
      Ada,Lovelace,ada@example.com,70000/year,https://a.example | https://b.example,cv.pdf | https://x.example/l.pdf:COVER_LETTER,no,Munich,yes,2030-01-31
      """)
    let opened = try plan(path).open()
    let row = try #require(try opened.source.next())
    let parsed = opened.parser.parse(row)
    #expect(parsed.problems.isEmpty)
    guard let application = parsed.application, case .draft(let draft) = application.payload else {
      Issue.record("row 2 did not parse")
      return
    }
    #expect(draft.candidate.salaryAmount == "70000" && draft.candidate.salaryPeriod == "YEAR")
    #expect(draft.candidate.socialLinks == ["https://a.example", "https://b.example"])
    #expect(
      draft.attachments == [
        AttachmentDraft(path: folder + "/cv.pdf", type: .cv),
        AttachmentDraft(url: "https://x.example/l.pdf", type: .coverLetter),
      ])
    #expect(draft.answers == ["QPermit": .boolean(false), "QOffice": .option("OptMunich")])
    #expect(draft.gdprConsent == ConsentDraft(given: true, expiresAt: "2030-01-31"))
    let checked = plan(path).check(parsed, row: 2)
    #expect(checked.problems.isEmpty, "\(checked.problems)")
    #expect(checked.ready != nil)
  }

  @Test func jsonlTakesDraftsAndWireBodies() throws {
    let body =
      #"{"candidate":{"first_name":"Ada","last_name":"Lovelace","email_address":"ada@example.com"},"screening_question_answers":[{"question_id":"QPermit","answer":false},{"question_id":"QOffice","answer":"OptBerlin"}]}"#
    let draft =
      #"{"candidate":{"firstName":"Grace","lastName":"Hopper","emailAddress":"grace@example.com"},"answers":{"QPermit":{"type":"boolean","value":false},"QOffice":{"type":"option","value":"OptMunich"}}}"#
    let path = try write(
      "a.jsonl",
      [
        body, draft, #"{"candidate":{"email_address":"x@example.com","first_name":1}}"#, "[1]",
        #"{"a":1,"a":2}"#,
      ].joined(separator: "\n"))
    let report = plan(path).check()
    #expect(report.rows == 5)
    #expect(report.invalidRows == [3, 4, 5], "\(report.problems)")
    let lines = report.problems.map(\.line)
    #expect(lines.contains { $0.hasPrefix("row 3: is not a create-application body: ") })
    #expect(lines.contains { $0.hasPrefix("row 4: is not a JSON object") })
    #expect(lines.contains { $0.hasPrefix("row 5, column a: the key appears more than once") })
  }

  @Test func theImportIDFollowsTheContentTheJobAndTheMapping() throws {
    let path = try write("id.csv", "first_name,last_name,email\nA,B,a@example.com\n")
    let first = try ImportID(plan: plan(path))
    #expect(try ImportID(plan: plan(path)) == first, "the same import has the same id")
    #expect(first.submissionID(row: 2) == first.submissionID(row: 2))
    #expect(first.submissionID(row: 2) != first.submissionID(row: 3))
    var otherJob = plan(path)
    otherJob.jobReference = JobReference("JobAAAAAAAAAAAAAAAAAAAA2")
    #expect(try ImportID(plan: otherJob) != first)
    #expect(
      try ImportID(plan: plan(path, renames: [ImportColumns.Rename(column: "email", field: nil)])) != first)
    _ = try write("id.csv", "first_name,last_name,email\nA,B,b@example.com\n")
    #expect(try ImportID(plan: plan(path)) != first, "an edited file is another import")
  }

  @Test func concurrencyStartsWithOneKeepsUnderTheIntegrationLimitAndHalvesWhenThrottled() {
    let limit = AdaptiveConcurrency(requested: 8)
    #expect(limit.current == 1, "one in flight until Kombo has answered once")
    limit.answered(concurrencyLimit: 3)
    #expect(limit.current == 3, "the integration's limit caps the requested 8")
    for _ in 0..<20 { limit.answered(concurrencyLimit: nil) }
    #expect(limit.current == 3)
    let now = Date()
    limit.throttled(concurrencyLimit: nil, at: now)
    limit.throttled(concurrencyLimit: nil, at: now.addingTimeInterval(0.5))
    #expect(limit.current == 1, "halved once within a second")
    #expect(limit.throttles == 2)
    for _ in 0..<3 { limit.answered(concurrencyLimit: nil) }
    #expect(limit.current == 3, "raised by one after as many answers in a row as the limit")
  }
}
