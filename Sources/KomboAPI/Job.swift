/// A job from `GET /ats/jobs`: what a candidate applies to, with its stages, screening questions,
/// postings and hiring team.
///
/// Decode a page with `KomboPage<Job>`. Every key the Python SDK requires is always encoded
/// (`null` where unset); see ``ExplicitNull``.
public struct Job: Hashable, Sendable, Codable, Identifiable {
  /// The Kombo id; pass it (or `remote:<remote id>`) as `job_id` when creating an application.
  public var id: String
  /// The ATS's own id.
  public var remoteID: String
  /// The job title.
  @ExplicitNull public var name: String?
  /// The ATS's job code or requisition number.
  @ExplicitNull public var jobCode: String?
  /// The description, as HTML from the ATS (sanitise before display).
  @ExplicitNull public var description: String?
  /// A category from the ATS.
  @ExplicitNull public var category: String?
  /// The department.
  @ExplicitNull public var department: String?
  /// The public posting URL.
  @ExplicitNull public var postURL: String?
  /// The experience level from the ATS.
  @ExplicitNull public var experienceLevel: String?
  /// The currency of the salary amounts.
  @ExplicitNull public var salaryCurrency: String?
  /// A link to the job in the ATS.
  @ExplicitNull public var remoteURL: String?
  /// Deprecated by Kombo in favour of ``visibility``.
  @ExplicitNull public var confidential: Bool?
  /// Hours per week.
  @ExplicitNull public var weeklyHours: Double?
  /// A single salary amount.
  @ExplicitNull public var salaryAmount: Double?
  /// The lower end of the salary range.
  @ExplicitNull public var salaryAmountFrom: Double?
  /// The upper end of the salary range.
  @ExplicitNull public var salaryAmountTo: Double?
  /// The kind of employment.
  @ExplicitNull public var employmentType: EmploymentType?
  /// The life-cycle status.
  @ExplicitNull public var status: JobStatus?
  /// Who can see the job.
  @ExplicitNull public var visibility: JobVisibility?
  /// Remote, hybrid or on site.
  @ExplicitNull public var remoteWorkStatus: RemoteWorkStatus?
  /// The period the salary amounts refer to.
  @ExplicitNull public var salaryPeriod: SalaryPeriod?
  /// Where the job is.
  @ExplicitNull public var location: KomboLocation?
  /// Fields outside Kombo's schema, as the integration maps them.
  @ExplicitNull public var customFields: JSONObject?
  /// When the job was opened.
  @ExplicitNull public var openedAt: KomboTimestamp?
  /// When the job was closed.
  @ExplicitNull public var closedAt: KomboTimestamp?
  /// When the ATS created the job.
  @ExplicitNull public var remoteCreatedAt: KomboTimestamp?
  /// When the ATS last changed the job.
  @ExplicitNull public var remoteUpdatedAt: KomboTimestamp?
  /// When the job was deleted in the ATS; set only for deleted jobs.
  @ExplicitNull public var remoteDeletedAt: KomboTimestamp?
  /// Deprecated by Kombo (use ``hiringTeam``).
  @ExplicitNull public var contactID: String?
  /// When Kombo last saw the job or its nested data change.
  public var changedAt: KomboTimestamp
  /// The stages an application can be placed in; `stage_id` comes from here.
  public var stages: [JobStage]
  /// The questions the application form asks.
  public var screeningQuestions: [ScreeningQuestion]
  /// The job's postings.
  public var jobPostings: [JobPosting]
  /// The people hiring for the job.
  public var hiringTeam: [HiringTeamMember]
  /// Integration fields from Kombo's OpenAPI description (absent from the SDK models); the key is
  /// left out when `nil`.
  public var integrationFields: [IntegrationField]?
  /// The raw ATS data, when Kombo includes it; the key is left out when `nil`.
  public var remoteData: JSONObject?

  /// A job; everything but the ids and `changedAt` defaults to empty.
  public init(
    id: String, remoteID: String, name: String? = nil, jobCode: String? = nil, description: String? = nil,
    category: String? = nil, department: String? = nil, postURL: String? = nil,
    experienceLevel: String? = nil, salaryCurrency: String? = nil, remoteURL: String? = nil,
    confidential: Bool? = nil, weeklyHours: Double? = nil, salaryAmount: Double? = nil,
    salaryAmountFrom: Double? = nil, salaryAmountTo: Double? = nil, employmentType: EmploymentType? = nil,
    status: JobStatus? = nil, visibility: JobVisibility? = nil, remoteWorkStatus: RemoteWorkStatus? = nil,
    salaryPeriod: SalaryPeriod? = nil, location: KomboLocation? = nil, customFields: JSONObject? = nil,
    openedAt: KomboTimestamp? = nil, closedAt: KomboTimestamp? = nil, remoteCreatedAt: KomboTimestamp? = nil,
    remoteUpdatedAt: KomboTimestamp? = nil, remoteDeletedAt: KomboTimestamp? = nil, contactID: String? = nil,
    changedAt: KomboTimestamp, stages: [JobStage] = [], screeningQuestions: [ScreeningQuestion] = [],
    jobPostings: [JobPosting] = [], hiringTeam: [HiringTeamMember] = [],
    integrationFields: [IntegrationField]? = nil, remoteData: JSONObject? = nil
  ) {
    self.id = id
    self.remoteID = remoteID
    self.name = name
    self.jobCode = jobCode
    self.description = description
    self.category = category
    self.department = department
    self.postURL = postURL
    self.experienceLevel = experienceLevel
    self.salaryCurrency = salaryCurrency
    self.remoteURL = remoteURL
    self.confidential = confidential
    self.weeklyHours = weeklyHours
    self.salaryAmount = salaryAmount
    self.salaryAmountFrom = salaryAmountFrom
    self.salaryAmountTo = salaryAmountTo
    self.employmentType = employmentType
    self.status = status
    self.visibility = visibility
    self.remoteWorkStatus = remoteWorkStatus
    self.salaryPeriod = salaryPeriod
    self.location = location
    self.customFields = customFields
    self.openedAt = openedAt
    self.closedAt = closedAt
    self.remoteCreatedAt = remoteCreatedAt
    self.remoteUpdatedAt = remoteUpdatedAt
    self.remoteDeletedAt = remoteDeletedAt
    self.contactID = contactID
    self.changedAt = changedAt
    self.stages = stages
    self.screeningQuestions = screeningQuestions
    self.jobPostings = jobPostings
    self.hiringTeam = hiringTeam
    self.integrationFields = integrationFields
    self.remoteData = remoteData
  }

  /// Decodes a job. Strict only where the app acts: `id`, `remote_id`, `changed_at`, and each stage
  /// and screening question (a job whose question cannot be read cannot be applied to safely).
  /// Everything else is tolerant: missing, `null` or ill-fitting values are `nil`, unreadable
  /// postings, hiring-team members and integration fields are left out, unknown keys are ignored.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    remoteID = try container.decode(String.self, forKey: .remoteID)
    name = container.tolerant(forKey: .name)
    jobCode = container.tolerant(forKey: .jobCode)
    description = container.tolerant(forKey: .description)
    category = container.tolerant(forKey: .category)
    department = container.tolerant(forKey: .department)
    postURL = container.tolerant(forKey: .postURL)
    experienceLevel = container.tolerant(forKey: .experienceLevel)
    salaryCurrency = container.tolerant(forKey: .salaryCurrency)
    remoteURL = container.tolerant(forKey: .remoteURL)
    confidential = container.tolerant(forKey: .confidential)
    weeklyHours = container.tolerant(forKey: .weeklyHours)
    salaryAmount = container.tolerant(forKey: .salaryAmount)
    salaryAmountFrom = container.tolerant(forKey: .salaryAmountFrom)
    salaryAmountTo = container.tolerant(forKey: .salaryAmountTo)
    employmentType = container.tolerant(forKey: .employmentType)
    status = container.tolerant(forKey: .status)
    visibility = container.tolerant(forKey: .visibility)
    remoteWorkStatus = container.tolerant(forKey: .remoteWorkStatus)
    salaryPeriod = container.tolerant(forKey: .salaryPeriod)
    location = container.tolerant(forKey: .location)
    customFields = container.tolerant(forKey: .customFields)
    openedAt = container.tolerant(forKey: .openedAt)
    closedAt = container.tolerant(forKey: .closedAt)
    remoteCreatedAt = container.tolerant(forKey: .remoteCreatedAt)
    remoteUpdatedAt = container.tolerant(forKey: .remoteUpdatedAt)
    remoteDeletedAt = container.tolerant(forKey: .remoteDeletedAt)
    contactID = container.tolerant(forKey: .contactID)
    changedAt = try container.decode(KomboTimestamp.self, forKey: .changedAt)
    stages = try container.decodeList(forKey: .stages)
    screeningQuestions = try container.decodeList(forKey: .screeningQuestions)
    jobPostings = container.tolerantList(forKey: .jobPostings)
    hiringTeam = container.tolerantList(forKey: .hiringTeam)
    integrationFields = container.tolerantOptionalList(forKey: .integrationFields)
    remoteData = container.tolerant(forKey: .remoteData)
  }

  private enum CodingKeys: String, CodingKey {
    case id, name, description, category, department, confidential, status, visibility, location, stages
    case remoteID = "remote_id"
    case jobCode = "job_code"
    case postURL = "post_url"
    case experienceLevel = "experience_level"
    case salaryCurrency = "salary_currency"
    case remoteURL = "remote_url"
    case weeklyHours = "weekly_hours"
    case salaryAmount = "salary_amount"
    case salaryAmountFrom = "salary_amount_from"
    case salaryAmountTo = "salary_amount_to"
    case employmentType = "employment_type"
    case remoteWorkStatus = "remote_work_status"
    case salaryPeriod = "salary_period"
    case customFields = "custom_fields"
    case openedAt = "opened_at"
    case closedAt = "closed_at"
    case remoteCreatedAt = "remote_created_at"
    case remoteUpdatedAt = "remote_updated_at"
    case remoteDeletedAt = "remote_deleted_at"
    case contactID = "contact_id"
    case changedAt = "changed_at"
    case screeningQuestions = "screening_questions"
    case jobPostings = "job_postings"
    case hiringTeam = "hiring_team"
    case integrationFields = "integration_fields"
    case remoteData = "remote_data"
  }
}
