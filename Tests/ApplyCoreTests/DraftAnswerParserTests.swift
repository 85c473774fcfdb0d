import ApplyCore
import KomboAPI
import Testing

@Suite struct DraftAnswerParserTests {
  typealias Job = ValidationTestJob

  static let parsed: [(question: ScreeningQuestion, text: String, answer: AnswerDraft)] = [
    (Job.permit, "yes", .boolean(true)), (Job.permit, "Y", .boolean(true)),
    (Job.permit, " TRUE ", .boolean(true)),
    (Job.permit, "no", .boolean(false)), (Job.permit, "n", .boolean(false)),
    (Job.permit, "False", .boolean(false)),
    (Job.experience, " 7.5 ", .number("7.5")), (Job.experience, "1,000", .number("1,000")),
    (Job.start, "2026-04-01", .date("2026-04-01")),
    (Job.start, "2026-04-01T09:00:00Z", .date("2026-04-01T09:00:00Z")),
    (Job.office, "OptMunich", .option("OptMunich")), (Job.office, "munich", .option("OptMunich")),
    (Job.office, " REMOTE ", .option("OptRemote")),
    (Job.languages, "English, german", .options(["OptEn", "OptDe"])),
    (Job.languages, "French, Canadian", .options(["OptFrCa"])),
    (Job.languages, "German,French, Canadian,OptEn", .options(["OptDe", "OptFrCa", "OptEn"])),
    (Job.languages, "", .options([])),
    (Job.referrer, "  keeps spaces  ", .text("  keeps spaces  ")),
    (Job.portfolio, "/home/ada/portfolio.pdf", .file(FileReference(path: "/home/ada/portfolio.pdf"))),
    (Job.portfolio, "https://files.example/p.pdf", .file(FileReference(url: "https://files.example/p.pdf"))),
  ]

  @Test(arguments: parsed.indices)
  func parsesTypedText(_ index: Int) throws {
    let row = Self.parsed[index]
    #expect(try AnswerParser.parse(row.text, for: row.question) == row.answer)
  }

  static let rejected: [(question: ScreeningQuestion, text: String, message: String)] = [
    (
      Job.permit, "maybe",
      "'Do you have a work permit?' (QPermit) takes yes or no (also true/false, y/n); 'maybe' is neither"
    ),
    (
      Job.experience, "a few",
      "'Years of experience' (QYears) takes a number such as 3 or 2.5 between 0 and 50; 'a few' is not one"
    ),
    (
      Job.start, "2026-02-30",
      "'Earliest start' (QStart) takes a date: \"2026-02-30\" is not a real date or time of day"
    ),
    (
      Job.office, "Hamburg",
      "'Preferred office' (QOffice) takes one of: Berlin, Munich, Remote; 'Hamburg' is not one"
    ),
    (
      Job.languages, "English, Klingon",
      "'Languages' (QLanguages) takes a comma-separated list of: English, German, French, Canadian; "
        + "'Klingon' is not one"
    ),
    (
      Job.languages, "English, english",
      "'Languages' (QLanguages) lists 'English' twice; choose each option once"
    ),
    (Job.portfolio, " ", "'Portfolio' (QPortfolio) takes a file: give its path"),
    (Job.eeo, "ok", "'Equal opportunity statement' (QEEO) is information only and takes no answer"),
    (
      Job.video, "x",
      "'Video introduction' (QVideo) cannot be answered here: Kombo does not support its type (UNKNOWN)"
    ),
    (
      Job.signature, "x",
      "'Signature' (QSignature) cannot be answered here: Kombo does not support its type (SIGNATURE)"
    ),
    (
      ScreeningQuestion(id: "QBare"), "x",
      "question QBare (QBare) has no answer format and cannot be answered here"
    ),
  ]

  @Test(arguments: rejected.indices)
  func rejectsTextNamingTheQuestionAndWhatIsAllowed(_ index: Int) {
    let row = Self.rejected[index]
    #expect(throws: AnswerParseError(questionID: row.question.id, message: row.message)) {
      try AnswerParser.parse(row.text, for: row.question)
    }
  }

  @Test func ambiguousOptionNamesAskForAnID() throws {
    let twins = ScreeningQuestion(
      id: "QTwin", title: "Team",
      format: .singleSelect(.init(options: [.init(id: "T1", name: "Core"), .init(id: "T2", name: "core")])))
    #expect(
      throws: AnswerParseError(
        questionID: "QTwin",
        message: "'Team' (QTwin) has several options named 'CORE'; give one of their ids: T1, T2")
    ) {
      try AnswerParser.parse("CORE", for: twins)
    }
    #expect(try AnswerParser.parse("T2", for: twins) == .option("T2"))
  }

  @Test func assignmentsNameTheQuestion() throws {
    let (id, answer) = try AnswerParser.parse(assignment: "QOffice=Remote", questions: Job.questions)
    #expect(id == "QOffice")
    #expect(answer == .option("OptRemote"))
    let text = try AnswerParser.parse(assignment: "QReferrer=a=b@example.com", questions: Job.questions)
    #expect(text.answer == .text("a=b@example.com"))
    #expect(
      throws: AnswerParseError(
        questionID: "", message: "'QOffice' is not QUESTION_ID=VALUE (the = is missing)")
    ) {
      try AnswerParser.parse(assignment: "QOffice", questions: Job.questions)
    }
    do {
      _ = try AnswerParser.parse(assignment: "QNope=1", questions: Job.questions)
      Issue.record("an unknown question was accepted")
    } catch {
      #expect(error.questionID == "QNope")
      #expect(
        error.message.hasPrefix(
          "this job has no question 'QNope'; its questions are: QPermit 'Do you have a work permit?';"))
      #expect(!error.message.contains("QEEO"))
    }
  }

  @Test func parsedAnswersPassValidation() throws {
    var draft = Job.validDraft()
    for (question, text) in [
      (Job.permit, "yes"), (Job.permitType, "other"), (Job.permitDetails, "Student visa"),
      (Job.languages, "German"),
    ] {
      draft.answers[question.id] = try AnswerParser.parse(text, for: question)
    }
    #expect(Validator(fileSystem: InMemoryFileSystem()).validate(draft, job: Job.job).report.errors == [])
  }
}
