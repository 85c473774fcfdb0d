import Foundation
import KomboAPI

/// The human-written facts of one seed or generated job; ``job(index:)`` turns it into a wire
/// ``Job`` with deterministic ids, dates, stages, questions, posting and hiring team.
struct JobSpec: Sendable {
  /// A named stage list.
  enum Stages: Sendable {
    /// Applied → Phone screen → Technical interview → Offer → Hired.
    case standard
    /// Like standard, with an inactive legacy stage between.
    case withInactive
    /// New → Interview → Hired.
    case simple

    var names: [(String, StageStatus)] {
      switch self {
      case .standard:
        [
          ("Applied", .active), ("Phone Screen", .active), ("Technical Interview", .active),
          ("Offer", .active),
          ("Hired", .active),
        ]
      case .withInactive:
        [
          ("Applied", .active), ("Legacy CV Screening", .inactive), ("Interview", .active),
          ("Offer", .active),
          ("Hired", .active),
        ]
      case .simple:
        [("New", .active), ("Interview", .active), ("Hired", .active)]
      }
    }
  }

  var title: String
  var department: String
  var city: String
  var country: String
  var employmentType: EmploymentType
  var status: JobStatus = .open
  var visibility: JobVisibility = .public
  var remoteWork: RemoteWorkStatus = .onSite
  var salary: (from: Double, to: Double, currency: String)?
  var questions: [QuestionTemplate] = []
  var stages: Stages = .standard
  var remoteID: String?
  var deleted = false
  var extraDescription = ""

  /// The instant seed dates count back from: 2026-03-02T09:00:00Z.
  static let epochMilliseconds: Int64 = 1_772_442_000_000

  /// The ATS's id of the job with ordinal `index`.
  func remoteID(index: Int) -> String {
    remoteID ?? String(4711 + index)
  }

  /// The job code: department prefix and ordinal, e.g. `ENG-001`.
  func jobCode(index: Int) -> String {
    "\(department.prefix(3).uppercased())-\(String(format: "%03d", index + 1))"
  }

  /// The public posting URL; only open public jobs have one.
  func postURL(index: Int) -> String? {
    visibility == .public && status == .open ? "https://jobs.example.com/\(remoteID(index: index))" : nil
  }

  /// When the ATS created the job, counted back from the epoch (milliseconds since 1970).
  func createdMilliseconds(index: Int) -> Int64 {
    Self.epochMilliseconds - Int64(30 + (index % 5000) * 2) * 86_400_000 - Int64(index / 5000) * 3_600_000
  }

  /// When the job last changed (milliseconds since 1970).
  func updatedMilliseconds(index: Int) -> Int64 {
    createdMilliseconds(index: index) + Int64(1 + index % 17) * 3_600_000
  }

  /// The wire job for ordinal `index` (its position in the catalogue).
  func job(index: Int) -> Job {
    let id = SandboxID.derived("job", index)
    let remote = remoteID(index: index)
    let created = createdMilliseconds(index: index)
    let updated = updatedMilliseconds(index: index)
    let postURL = postURL(index: index)
    let stageList = stages.names.enumerated().map { offset, stage in
      JobStage(
        id: SandboxID.derived("stage", index * 16 + offset), remoteID: "stage-\(offset + 1)", name: stage.0,
        status: stage.1, customFields: [:], index: offset, remoteData: [:])
    }
    let postings =
      postURL.map { url in
        [
          JobPosting(
            id: SandboxID.derived("posting", index), remoteID: "post-\(remote)", title: title,
            descriptionHTML: description, status: .active, visibility: .public, url: url, remoteData: [:])
        ]
      } ?? []
    let recruiter = Self.recruiters[index % Self.recruiters.count]
    return Job(
      id: id, remoteID: remote, name: title, jobCode: jobCode(index: index),
      description: description, category: department, department: department, postURL: postURL,
      experienceLevel: index % 3 == 0 ? "Senior" : "Mid", salaryCurrency: salary?.currency,
      remoteURL: "https://ats.example.com/jobs/\(remote)", confidential: visibility == .confidential,
      weeklyHours: employmentType == .partTime ? 20 : 40, salaryAmountFrom: salary?.from,
      salaryAmountTo: salary?.to,
      employmentType: employmentType, status: status, visibility: visibility, remoteWorkStatus: remoteWork,
      salaryPeriod: salary == nil ? nil : .year,
      location: KomboLocation(city: city, country: country, raw: "\(city), \(country)"), customFields: [:],
      openedAt: status == .draft ? nil : KomboTimestamp(millisecondsSince1970: created),
      closedAt: status == .closed || status == .archived
        ? KomboTimestamp(millisecondsSince1970: updated) : nil,
      remoteCreatedAt: KomboTimestamp(millisecondsSince1970: created),
      remoteUpdatedAt: KomboTimestamp(millisecondsSince1970: updated),
      remoteDeletedAt: deleted ? KomboTimestamp(millisecondsSince1970: updated) : nil,
      changedAt: KomboTimestamp(millisecondsSince1970: updated), stages: stageList,
      screeningQuestions: QuestionTemplate.instantiate(questions, jobIndex: index), jobPostings: postings,
      hiringTeam: [
        HiringTeamMember(
          id: SandboxID.derived("user", index % Self.recruiters.count),
          remoteID: "user-\(index % Self.recruiters.count)",
          firstName: recruiter.0, lastName: recruiter.1,
          email: "\(recruiter.0.lowercased()).\(recruiter.1.lowercased())@example.com",
          hiringTeamRoles: [.recruiter],
          jobRoles: [JobRole(remoteID: "recruiter", remoteLabel: "Recruiter", unifiedType: .recruiter)])
      ], integrationFields: [], remoteData: [:])
  }

  private var description: String {
    "<h2>\(title)</h2><p>Join our \(department) team in \(city). You will work with a small, friendly team "
      + "on products used by thousands of people every day.</p><ul><li>Flexible hours</li>"
      + "<li>30 days of paid leave</li><li>Learning budget</li></ul>" + extraDescription
  }

  private static let recruiters = [
    ("Mia", "Schneider"), ("Jonas", "Weber"), ("Aiko", "Tanaka"), ("Omar", "Haddad"), ("Sofia", "Rossi"),
  ]
}
