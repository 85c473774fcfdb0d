import Foundation
import KomboAPI
import Testing

/// What Kombo may send that the app does not act on never makes a job, or a page, unreadable.
@Suite struct TolerantJobTests {
  /// A job with one stage and one question; `stage`, `question` and `extra` are spliced in as JSON.
  static func job(
    id: String = "JobAAAAAAAAAAAAAAAAAAAA1", stage: String = "", format: String = #"{"type":"BOOLEAN"}"#,
    question: String = "", extra: String = ""
  ) -> String {
    """
    {"id":"\(id)","remote_id":"r-\(id)","changed_at":"2025-01-01T00:00:00.000Z"\(extra),
     "stages":[{"id":"StgAAAAAAAAAAAAAAAAAAAA1"\(stage)}],
     "screening_questions":[{"id":"QAAAAAAAAAAAAAAAAAAAAAA1","format":\(format)\(question)}],
     "job_postings":[],"hiring_team":[]}
    """
  }

  static func page(_ jobs: String...) throws -> KomboPage<Job> {
    try TestSupport.decode(
      KomboPage<Job>.self,
      #"{"status":"success","data":{"next":null,"results":["# + jobs.joined(separator: ",") + "]}}")
  }

  @Test func undocumentedStageStatusAndQuestionCategoryAreKept() throws {
    let page = try Self.page(
      Self.job(stage: #","status":"ARCHIVED_BY_ATS""#, question: #","category":"VETERAN""#))
    let job = try #require(page.results.first)
    #expect(job.stages.first?.status?.rawValue == "ARCHIVED_BY_ATS")
    #expect(job.stages.first?.status?.isKnown == false)
    #expect(job.screeningQuestions.first?.category?.rawValue == "VETERAN")
  }

  @Test(arguments: [("1.5", 1), ("2", 2), ("-0.0E+2", 0), ("1e19", nil), ("\"3\"", nil)] as [(String, Int?)])
  func indexesThatAreNotSmallWholeNumbersDoNotStopTheJob(index: String, expected: Int?) throws {
    let page = try Self.page(Self.job(stage: #","index":"# + index, question: #","index":"# + index))
    let job = try #require(page.results.first, "\(page.unreadable)")
    #expect(job.stages.first?.index == expected)
    #expect(job.screeningQuestions.first?.index == expected)
  }

  @Test func hugeLimitsAreNoLimitsAndKeepTheFormat() throws {
    let page = try Self.page(
      Self.job(format: #"{"type":"TEXT","max_length":1e19,"display_type":"CODE"}"#))
    let format = try #require(page.results.first?.screeningQuestions.first?.format)
    #expect(format == .text(.init(displayType: nil, maxLength: nil)))
  }

  @Test func fieldsTheAppDoesNotUseMayBeMissingNullOrOdd() throws {
    let odd = """
      ,"name":42,"status":"PAUSED","location":"Berlin","weekly_hours":"forty","custom_fields":[1],
      "remote_data":"x","integration_fields":[{"id":"IF1","key":"k","type":"NEW_KIND"},{"key":"no id"}],
      "hiring_team":[{"id":"U1","hiring_team_roles":["RECRUITER","OWNER"]},{"first_name":"no id"}],
      "job_postings":[{"id":"P1","status":"LIVE","visibility":"SECRET","title":7}]
      """
    let page = try Self.page(
      Self.job(extra: odd).replacingOccurrences(of: #","job_postings":[],"hiring_team":[]"#, with: ""))
    let job = try #require(page.results.first, "\(page.unreadable)")
    #expect(job.name == nil)
    #expect(job.status?.rawValue == "PAUSED")
    #expect(job.location == nil && job.weeklyHours == nil && job.customFields == nil && job.remoteData == nil)
    #expect(
      job.integrationFields == [
        IntegrationField(id: "IF1", key: "k", type: .init(rawValue: "NEW_KIND"), value: nil)
      ])
    #expect(job.hiringTeam.map(\.id) == ["U1"])
    #expect(job.hiringTeam.first?.hiringTeamRoles.map(\.rawValue) == ["RECRUITER", "OWNER"])
    #expect(job.jobPostings.first?.status?.rawValue == "LIVE")
    #expect(job.jobPostings.first?.visibility?.rawValue == "SECRET")
  }

  @Test func aJobThatCannotBeReadIsSkippedNamingItsIdAndTheField() throws {
    let broken = Self.job(id: "JobBROKENAAAAAAAAAAAAAA1", question: #","required":"yes""#)
    let page = try Self.page(Self.job(), broken, Self.job(id: "JobAAAAAAAAAAAAAAAAAAAA3"))
    #expect(page.results.map(\.id) == ["JobAAAAAAAAAAAAAAAAAAAA1", "JobAAAAAAAAAAAAAAAAAAAA3"])
    #expect(
      page.unreadable == [
        UnreadableItem(
          id: "JobBROKENAAAAAAAAAAAAAA1", problem: "screening_questions[0].required: must be true or false")
      ])
    #expect(
      page.unreadable.first?.describe("job")
        == "job JobBROKENAAAAAAAAAAAAAA1 could not be read (screening_questions[0].required: must be true or false)"
    )
  }

  @Test func messagesNameTheFieldWithoutDecoderInternals() throws {
    let missing = Self.job().replacingOccurrences(of: #""id":"QAAAAAAAAAAAAAAAAAAAAAA1","#, with: "")
    let page = try Self.page(missing)
    let problem = try #require(page.unreadable.first?.problem)
    #expect(problem == "screening_questions[0].id: is missing (it is required)")
    #expect(!problem.contains("CodingKeys") && !problem.contains("No value associated"))
  }
}
