import Foundation
import KomboAPI
import Testing

@Suite struct JobDecodingTests {
  private func page() throws -> KomboPage<Job> {
    try KomboJSON.decoder().decode(KomboPage<Job>.self, from: TestSupport.fixture("jobs-page.json"))
  }

  private func job() throws -> Job {
    try #require(try page().results.first)
  }

  @Test func decodesThePageEnvelope() throws {
    let page = try page()
    #expect(page.next == "eyJwYWdlIjoyfQ==")
    #expect(!page.isLastPage)
    #expect(page.results.count == 1)
    #expect(KomboPage<Job>(next: "", results: []).isLastPage)
    #expect(KomboPage<Job>(results: []).isLastPage)
  }

  @Test func decodesEveryJobField() throws {
    let job = try job()
    #expect(job.id == "JobAAAAAAAAAAAAAAAAAAAA1")
    #expect(job.remoteID == "4711")
    #expect(job.name == "Backend Engineer (Swift/Server)")
    #expect(job.jobCode == "ENG-42")
    #expect(job.description == "<p>Build <b>things</b>.</p>")
    #expect(job.category == "Engineering")
    #expect(job.department == "Platform")
    #expect(job.postURL == "https://jobs.example.com/backend/4711")
    #expect(job.experienceLevel == "Senior")
    #expect(job.salaryCurrency == "EUR")
    #expect(job.remoteURL == "https://ats.example.com/jobs/4711")
    #expect(job.confidential == false)
    #expect(job.weeklyHours == 40)
    #expect(job.salaryAmount == nil)
    #expect(job.salaryAmountFrom == 70000)
    #expect(job.salaryAmountTo == 90000.5)
    #expect(job.employmentType == .fullTime)
    #expect(job.visibility == .public)
    #expect(job.salaryPeriod == .year)
    #expect(job.location?.city == "Berlin")
    #expect(job.location?.street1 == "Unter den Linden 1")
    #expect(job.location?.street2 == nil)
    #expect(job.location?.zipCode == "10117")
    #expect(job.customFields == ["cost_center": "CC-9", "headcount": 2, "tags": ["a", "b"]])
    #expect(job.integrationFields?.first?.type == .custom)
    #expect(job.integrationFields?.first?.value == "XL")
    #expect(job.remoteData == ["raw": true])
    #expect(job.openedAt?.iso8601 == "2026-01-02T03:04:05.123Z")
    #expect(job.closedAt == nil)
    #expect(job.remoteCreatedAt?.iso8601 == "2025-12-31T23:59:59.000Z")
    #expect(job.changedAt.iso8601 == "2026-01-05T10:00:01.196Z")
    #expect(job.contactID == nil)
  }

  @Test func keepsUnknownOpenEnumValuesAndWritesThemBack() throws {
    let job = try job()
    #expect(job.status == JobStatus(rawValue: "ON_HOLD"))
    #expect(job.status?.isKnown == false)
    #expect(job.remoteWorkStatus?.rawValue == "WORK_FROM_ANYWHERE")
    #expect(job.employmentType?.isKnown == true)
    let tree = try TestSupport.tree(job)
    #expect(tree["status"] == "ON_HOLD")
    #expect(tree["remote_work_status"] == "WORK_FROM_ANYWHERE")
    #expect(try TestSupport.roundTrip(job) == job)
  }

  @Test func decodesStagesPostingsAndHiringTeam() throws {
    let job = try job()
    #expect(job.stages.map(\.name) == ["Applied", "Interview", nil])
    #expect(job.stages.map(\.status) == [.active, .inactive, nil])
    #expect(job.stages.map(\.index) == [0, nil, nil])
    #expect(job.stages[1].customFields == ["color": "blue"])
    let posting = try #require(job.jobPostings.first)
    #expect(posting.status == .active)
    #expect(posting.visibility == .public)
    #expect(posting.descriptionHTML == "<p>Join us</p>")
    let member = try #require(job.hiringTeam.first)
    #expect(member.email == "grace@example.com")
    #expect(member.hiringTeamRoles == [.hiringManager])
    #expect(member.jobRoles.map(\.unifiedType) == [.hiringManager, .admin, nil])
    #expect(member.jobRoles.allSatisfy { $0.scope == .job })
  }

  @Test func decodesAllNineQuestionFormats() throws {
    let formats = try job().screeningQuestions.map(\.format)
    #expect(formats[0] == .text(.init(displayType: .multiLine, maxLength: 2000)))
    #expect(formats[1] == .text(.init(displayType: .email)))
    #expect(formats[2] == .number(.init(displayType: .slider, min: 0, max: 40.5)))
    #expect(
      formats[3]
        == .file(.init(acceptedMimeTypes: ["application/pdf", "image/png"], maxFileSizeBytes: 5_242_880)))
    #expect(
      formats[4]
        == .singleSelect(
          .init(
            displayType: .radio,
            options: [
              SelectOption(id: "OptAAAAAAAAAAAAAAAAAAAA1", remoteID: "yes", name: "Yes"),
              SelectOption(id: "OptAAAAAAAAAAAAAAAAAAAA2", name: "No"),
            ])))
    #expect(formats[5]?.options.map(\.name) == ["German", "English"])
    #expect(formats[6] == .boolean)
    #expect(formats[7] == .date)
    #expect(formats[8] == .information)
    #expect(formats[9] == .unknown(rawQuestion: ["kind": "likert", "scale": [1, 2, 3]]))
    #expect(
      formats.map { $0?.type } == [
        "TEXT", "TEXT", "NUMBER", "FILE", "SINGLE_SELECT", "MULTI_SELECT", "BOOLEAN", "DATE", "INFORMATION",
        "UNKNOWN", "VIDEO", nil,
      ])
    #expect(
      formats.map { $0?.isAnswerable } == [
        true, true, true, true, true, true, true, true, false, false, false, nil,
      ])
  }

  @Test func anUnrecognisedFormatKeepsItsTypeAndRawObject() throws {
    let questions = try job().screeningQuestions
    let video = questions[10]
    guard case .unrecognized(let type, let raw) = video.format else {
      Issue.record("expected an unrecognized format, got \(String(describing: video.format))")
      return
    }
    #expect(type == "VIDEO")
    #expect(raw == ["type": "VIDEO", "max_seconds": 90, "hints": ["camera": true]])
    #expect(try TestSupport.tree(video)["format"] == .object(raw))
    #expect(questions[11].format == nil)
    #expect(questions[11].title == nil)
  }

  @Test func readsPreconditionsAsOptionIDsOrBooleans() throws {
    let questions = try job().screeningQuestions
    #expect(questions[5].preconditionQuestionID == "QssAAAAAAAAAAAAAAAAAAAA1")
    #expect(questions[5].preconditionOptions == .options(["OptAAAAAAAAAAAAAAAAAAAA1"]))
    #expect(questions[7].preconditionOptions == .booleans([true]))
    #expect(questions[0].preconditionOptions == nil)
    let ids = PreconditionOptions.options(["A", "B"])
    #expect(ids.isSatisfied(by: .singleSelect(optionID: "A")))
    #expect(ids.isSatisfied(by: .text("B")))
    #expect(ids.isSatisfied(by: .multiSelect(optionIDs: ["C", "B"])))
    #expect(!ids.isSatisfied(by: .multiSelect(optionIDs: ["C"])))
    #expect(!ids.isSatisfied(by: .boolean(true)))
    #expect(PreconditionOptions.booleans([false]).isSatisfied(by: .boolean(false)))
    #expect(!PreconditionOptions.booleans([false]).isSatisfied(by: .boolean(true)))
    #expect(try TestSupport.decode(PreconditionOptions.self, "[]") == .options([]))
    #expect(try TestSupport.decode(PreconditionOptions.self, "[false,true]") == .booleans([false, true]))
    #expect(throws: DecodingError.self) { try TestSupport.decode(PreconditionOptions.self, "[1]") }
  }

  @Test func readsQuestionMetadata() throws {
    let questions = try job().screeningQuestions
    #expect(questions[8].category == .eeo)
    #expect(questions[9].category == .demographic)
    #expect(questions[0].required == true)
    #expect(questions[8].required == nil)
    #expect(questions.map(\.index).prefix(3) == [0, 1, 2])
  }

  @Test func theWholePageRoundTrips() throws {
    let page = try page()
    #expect(try TestSupport.roundTrip(page) == page)
  }
}
