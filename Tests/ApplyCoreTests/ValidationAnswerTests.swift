import ApplyCore
import KomboAPI
import Testing

@Suite struct ValidationAnswerTests {
  typealias Job = ValidationTestJob

  static let files = InMemoryFileSystem(files: [
    "/p/portfolio.pdf": FilesTestSamples.pdf, "/p/photo.png": FilesTestSamples.png,
    "/p/letter.docx": FilesTestSamples.docx,
    "/p/big.pdf": FilesTestSamples.pdf + [UInt8](repeating: 0x20, count: 1 << 20),
  ])

  static let cases: [ValidationCase] = [
    .fails(
      "required boolean missing", at: .answer("QPermit"),
      ["'Do you have a work permit?' is required", "yes or no"]
    ) {
      $0.answers["QPermit"] = nil
    },
    .passes("boolean typed as text") { $0.answers["QPermit"] = .text("no") },
    .fails(
      "boolean given as a number", at: .answer("QPermit"), ["takes yes or no", "the answer given is number"]
    ) {
      $0.answers["QPermit"] = .number("1")
    },
    .fails(
      "required select missing", at: .answer("QOffice"), ["is required", "one of: Berlin, Munich, Remote"]
    ) {
      $0.answers["QOffice"] = .option(" ")
    },
    .fails(
      "select with an unknown option", at: .answer("QOffice"),
      ["'Hamburg' is not one of its options", "Berlin (OptBerlin), Munich (OptMunich), Remote (OptRemote)"]
    ) { $0.answers["QOffice"] = .option("Hamburg") },
    .passes("number within range") { $0.answers["QYears"] = .number("7.5") },
    .passes("number at the bounds") { $0.answers["QYears"] = .number("50") },
    .fails("number above max", at: .answer("QYears"), ["between 0 and 50", "51 is outside"]) {
      $0.answers["QYears"] = .number("51")
    },
    .fails("number below min", at: .answer("QYears"), ["between 0 and 50", "-1 is outside"]) {
      $0.answers["QYears"] = .number("-1")
    },
    .fails(
      "number in words", at: .answer("QYears"),
      ["takes a number such as 3 or 2.5 between 0 and 50", "'five'"]
    ) {
      $0.answers["QYears"] = .number("five")
    },
    .passes("multi-select") { $0.answers["QLanguages"] = .options(["OptEn", "OptFrCa"]) },
    .fails(
      "multi-select with a repeat", at: .answer("QLanguages"), ["lists 'English' more than once", "once"]
    ) {
      $0.answers["QLanguages"] = .options(["OptEn", "OptDe", "OptEn"])
    },
    .fails(
      "multi-select with an unknown option", at: .answer("QLanguages"),
      ["'OptKlingon' is not one of its options"]
    ) {
      $0.answers["QLanguages"] = .options(["OptEn", "OptKlingon"])
    },
    .passes("date") { $0.answers["QStart"] = .date("2026-04-01") },
    .fails("impossible date", at: .answer("QStart"), ["not a real date"]) {
      $0.answers["QStart"] = .date("2026-02-29")
    },
    .fails("date in words", at: .answer("QStart"), ["YYYY-MM-DD"]) {
      $0.answers["QStart"] = .date("next monday")
    },
    .passes("email text") { $0.answers["QReferrer"] = .text("grace@example.com") },
    .fails(
      "email text that is not an email", at: .answer("QReferrer"),
      ["takes an email address", "name@example.com"]
    ) {
      $0.answers["QReferrer"] = .text("grace")
    },
    .passes("url text") { $0.answers["QWebsite"] = .text("https://ada.dev") },
    .fails(
      "url text without scheme", at: .answer("QWebsite"),
      ["takes a web address", "did you mean https://ada.dev"]
    ) {
      $0.answers["QWebsite"] = .text("ada.dev")
    },
    .passes("file answer that is a PDF") {
      $0.answers["QPortfolio"] = .file(FileReference(path: "/p/portfolio.pdf"))
    },
    .passes("file answer that is an image") {
      $0.answers["QPortfolio"] = .file(FileReference(path: "/p/photo.png"))
    },
    .fails(
      "file answer of a type not accepted", at: .answer("QPortfolio"),
      ["accepts application/pdf, image/*", "the file is application/vnd.openxmlformats"]
    ) { $0.answers["QPortfolio"] = .file(FileReference(path: "/p/letter.docx")) },
    .fails("file answer too large", at: .answer("QPortfolio"), ["the file is 1.0 MB", "files up to 1.0 MB"]) {
      $0.answers["QPortfolio"] = .file(FileReference(path: "/p/big.pdf"))
    },
    .fails("file answer missing", at: .answer("QPortfolio"), ["Portfolio", "does not exist"]) {
      $0.answers["QPortfolio"] = .file(FileReference(path: "/p/gone.pdf"))
    },
    .passes("file answer by URL of an accepted type") {
      $0.answers["QPortfolio"] = .file(FileReference(url: "https://files.example/portfolio.pdf"))
    },
    .fails(
      "file answer by URL of a type not accepted", at: .answer("QPortfolio"), ["accepts application/pdf"]
    ) {
      $0.answers["QPortfolio"] = .file(FileReference(url: "https://files.example/cv.docx"))
    },
    .fails("answer to a question the job lacks", at: .answer("QNope"), ["no question 'QNope'", "remove"]) {
      $0.answers["QNope"] = .text("hello")
    },
  ]

  @Test(arguments: cases)
  func rule(_ rule: ValidationCase) {
    rule.check(job: Job.job, files: Self.files)
  }

  /// Characters, not bytes — but counted as the ATS counts them (UTF-16 units) when that is more, so
  /// the sandbox (and a real ATS) never refuses what passed here.
  @Test func textLengthCountsCharactersAsTheATSDoes() {
    var draft = Job.validDraft()
    draft.answers["QOffice"] = .option("OptRemote")
    draft.answers["QWhyRemote"] = .text("Zürich ✓ 1")
    #expect(validate(draft).report.isValid, "10 characters, ü and ✓ one unit each")
    draft.answers["QWhyRemote"] = .text("Zürich ✓ 12345")
    var issue = validate(draft).report.issues(at: .answer("QWhyRemote")).first
    #expect(issue?.message == "'Why remote?' takes at most 10 characters; the answer has 14")
    draft.answers["QWhyRemote"] = .text("👩‍👩‍👧‍👦 Zürich ✓")
    issue = validate(draft).report.issues(at: .answer("QWhyRemote")).first
    #expect(
      issue?.message
        == "'Why remote?' takes at most 10 characters; the answer has 20 as the ATS counts them "
        + "(emoji and some accented letters count twice)")
  }

  @Test func singleLineTextRejectsLineBreaksButMultiLineKeepsThem() throws {
    var draft = Job.validDraft()
    draft.answers["QOffice"] = .option("OptRemote")
    draft.answers["QWhyRemote"] = .text("a\nb")
    #expect(
      validate(draft).report.issues(at: .answer("QWhyRemote")).first?.message.contains("one line") == true)
    draft.answers = [
      "QPermit": .boolean(true), "QPermitType": .option("OptOther"), "QOffice": .option("OptBerlin"),
    ]
    draft.answers["QPermitDetails"] = .text("  line one\nline two  ")
    let prepared = try #require(validate(draft).prepared)
    let details = prepared.request.screeningQuestionAnswers.first { $0.questionID == "QPermitDetails" }
    #expect(details?.answer == .text("line one\nline two"))
  }

  @Test func aHiddenQuestionIsNotRequiredAndItsAnswerIsDroppedWithAWarning() throws {
    var draft = Job.validDraft()
    draft.answers["QWhyRemote"] = .text("garden")
    let validation = validate(draft)
    #expect(validation.report.isValid)
    let warning = validation.report.issues(at: .answer("QWhyRemote")).first
    #expect(warning?.severity == .warning)
    #expect(
      warning?.message
        == "'Why remote?' only applies when 'Preferred office' is answered Remote; this answer will not be sent"
    )
    let ids = try #require(validation.prepared).request.screeningQuestionAnswers.map(\.questionID)
    #expect(ids == ["QPermit", "QOffice"])
  }

  /// Kombo's own example job has a precondition on a question the job does not list: nobody can meet
  /// it, so the question is never required and never sent (before, it counted as unconditional and a
  /// required one blocked every submission).
  @Test func aConditionOnAQuestionNotOnTheJobIsNeverMet() throws {
    let orphan = ScreeningQuestion(
      id: "QOrphan", title: "Orphan", required: true, format: .text(.init()), preconditionQuestionID: "QGone",
      preconditionOptions: .options(["OptX", "OptY"]))
    var job = Job.job
    job.screeningQuestions.append(orphan)
    let validator = Validator(fileSystem: Self.files)
    #expect(validator.validate(Job.validDraft(), job: job).report.errors.isEmpty)
    var draft = Job.validDraft()
    draft.answers["QOrphan"] = .text("typed anyway")
    let sent = try #require(validator.validate(draft, job: job).prepared).request.screeningQuestionAnswers
    #expect(!sent.map(\.questionID).contains("QOrphan"))
    let visibility = QuestionVisibility(questions: job.screeningQuestions, answers: draft.answers)
    #expect(!visibility.applies(orphan) && visibility.dependsOnMissingQuestion(orphan))
    #expect(!visibility.dependsOnMissingQuestion(Job.whyRemote))
    #expect(
      visibility.conditionDescription(of: orphan)
        == "question QGone is answered OptX or OptY (question not on this job)")
  }

  @Test func theChainFollowsABooleanThenASelectParent() throws {
    var draft = Job.validDraft()
    draft.answers["QPermit"] = .boolean(true)
    #expect(validate(draft).report.errors.map(\.path) == [.answer("QPermitType")])
    draft.answers["QPermitType"] = .option("OptEU")
    #expect(validate(draft).report.isValid)
    draft.answers["QPermitType"] = .option("OptOther")
    #expect(validate(draft).report.errors.map(\.path) == [.answer("QPermitDetails")])
    draft.answers["QPermitDetails"] = .text("Residence permit")
    let shown = try #require(validate(draft).prepared).request.screeningQuestionAnswers.map(\.questionID)
    #expect(shown == ["QPermit", "QPermitType", "QPermitDetails", "QOffice"])
    draft.answers["QPermit"] = .boolean(false)
    let hidden = validate(draft)
    #expect(hidden.report.isValid)
    #expect(
      try #require(hidden.prepared).request.screeningQuestionAnswers.map(\.questionID) == [
        "QPermit", "QOffice",
      ])
    #expect(hidden.report.warnings.map(\.path).contains(.answer("QPermitDetails")))
    #expect(hidden.report.warnings.map(\.path).contains(.answer("QPermitType")))
  }

  @Test func questionsThatCannotBeAnsweredAreWarnedAboutAndNeverSent() throws {
    var draft = Job.validDraft()
    draft.answers["QEEO"] = .text("read")
    draft.answers["QVideo"] = .text("https://video.example/intro")
    draft.answers["QSignature"] = .text("Ada")
    let validation = validate(draft)
    #expect(validation.report.isValid)
    #expect(
      validation.report.issues(at: .answer("QEEO")).map(\.message) == [
        "'Equal opportunity statement' is information only; this answer will not be sent"
      ])
    #expect(
      validation.report.issues(at: .answer("QVideo")).map(\.message) == [
        "'Video introduction' cannot be answered here (Kombo does not support its type); "
          + "this answer will not be sent",
        "'Video introduction' is required by the ATS but cannot be answered here (Kombo does not support its type); "
          + "the ATS may reject the application",
      ])
    #expect(
      validation.report.issues(at: .answer("QSignature")).first?.message.contains("cannot be answered here")
        == true)
    #expect(validation.report.issues.allSatisfy { $0.severity == .warning })
    let sent = try #require(validation.prepared).request.screeningQuestionAnswers.map(\.questionID)
    #expect(sent == ["QPermit", "QOffice"])
  }

  @Test func answersBecomeWireValuesInQuestionOrder() throws {
    var draft = Job.validDraft()
    draft.answers = [
      "QStart": .text(" 2026-04-01 "), "QLanguages": .options(["OptFrCa", "OptEn"]),
      "QYears": .number("1,000"),
      "QOffice": .text("OptMunich"), "QPermit": .text("Yes"), "QPermitType": .option("OptEU"),
      "QPortfolio": .file(FileReference(path: "/p/photo.png", name: "Me")),
    ]
    var job = Job.job
    job.screeningQuestions[5].format = .number(.init(min: nil, max: nil))
    let validation = Validator(fileSystem: Self.files).validate(draft, job: job)
    let answers = try #require(validation.prepared).request.screeningQuestionAnswers
    #expect(
      answers.map(\.questionID) == [
        "QPermit", "QPermitType", "QOffice", "QYears", "QLanguages", "QStart", "QPortfolio",
      ])
    #expect(
      answers.map(\.answer) == [
        .boolean(true), .singleSelect(optionID: "OptEU"), .singleSelect(optionID: "OptMunich"), .number(1000),
        .multiSelect(optionIDs: ["OptFrCa", "OptEn"]), .date(try KomboDateTime("2026-04-01")),
        .file(.init(name: "Me.png", contentType: "image/png", content: .base64(""))),
      ])
    let file = try #require(validation.prepared?.files.first)
    #expect(validation.prepared?.files.count == 1)
    #expect(file.slot == .answer(6))
    #expect(file.path == "/p/photo.png")
    #expect(file.size == FilesTestSamples.png.count)
    #expect(file.contentType == .png)
  }

  @Test func withoutTheJobAnswersAreSentByTheirOwnTypeWithAWarning() throws {
    var draft = Job.validDraft()
    draft.job = .remote("4711")
    draft.answers = ["B": .boolean(true), "A": .number("3"), "C": .options(["x", "y"]), "D": .text(" ")]
    let validation = Validator(fileSystem: Self.files).validate(draft, job: nil)
    #expect(validation.report.warnings.map(\.path) == [.answers])
    let answers = try #require(validation.prepared).request.screeningQuestionAnswers
    #expect(
      answers == [
        ScreeningAnswer(questionID: "A", answer: .number(3)),
        ScreeningAnswer(questionID: "B", answer: .boolean(true)),
        ScreeningAnswer(questionID: "C", answer: .multiSelect(optionIDs: ["x", "y"])),
      ])
    draft.answers = ["A": .number("three"), "C": .options(["x", "x"])]
    let bad = Validator(fileSystem: Self.files).validate(draft, job: nil).report
    #expect(bad.errors.map(\.path) == [.answer("A"), .answer("C")])
  }

  private func validate(_ draft: ApplicationDraft) -> Validation {
    Validator(fileSystem: Self.files).validate(draft, job: Job.job)
  }
}
