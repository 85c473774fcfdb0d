/// A person on a job's hiring team (`hiring_team[]`).
public struct HiringTeamMember: Hashable, Sendable, Codable, Identifiable {
  /// The Kombo user id.
  public var id: String
  /// The ATS's own id.
  @ExplicitNull public var remoteID: String?
  /// The first name.
  @ExplicitNull public var firstName: String?
  /// The last name.
  @ExplicitNull public var lastName: String?
  /// The email address.
  @ExplicitNull public var email: String?
  /// Deprecated by Kombo in favour of ``jobRoles``; never contains ``HiringTeamRole/admin``.
  public var hiringTeamRoles: [HiringTeamRole]
  /// The person's roles on this job.
  public var jobRoles: [JobRole]

  /// A team member; everything but the id defaults to empty.
  public init(
    id: String, remoteID: String? = nil, firstName: String? = nil, lastName: String? = nil,
    email: String? = nil, hiringTeamRoles: [HiringTeamRole] = [], jobRoles: [JobRole] = []
  ) {
    self.id = id
    self.remoteID = remoteID
    self.firstName = firstName
    self.lastName = lastName
    self.email = email
    self.hiringTeamRoles = hiringTeamRoles
    self.jobRoles = jobRoles
  }

  private enum CodingKeys: String, CodingKey {
    case id, email
    case remoteID = "remote_id"
    case firstName = "first_name"
    case lastName = "last_name"
    case hiringTeamRoles = "hiring_team_roles"
    case jobRoles = "job_roles"
  }
}

/// A role a person has on one job (`job_roles[]`).
public struct JobRole: Hashable, Sendable, Codable {
  /// The ATS's id of the role.
  @ExplicitNull public var remoteID: String?
  /// The ATS's name of the role.
  @ExplicitNull public var remoteLabel: String?
  /// Kombo's unified role, if the ATS role maps to one.
  @ExplicitNull public var unifiedType: HiringTeamRole?
  /// What the role applies to; always the job.
  public var scope: Scope

  /// The scope of a job role (closed enum with one value).
  public enum Scope: String, CaseIterable, Hashable, Sendable, Codable {
    /// `JOB`.
    case job = "JOB"
  }

  /// A role on a job.
  public init(remoteID: String? = nil, remoteLabel: String? = nil, unifiedType: HiringTeamRole? = nil) {
    self.remoteID = remoteID
    self.remoteLabel = remoteLabel
    self.unifiedType = unifiedType
    scope = .job
  }

  private enum CodingKeys: String, CodingKey {
    case scope
    case remoteID = "remote_id"
    case remoteLabel = "remote_label"
    case unifiedType = "unified_type"
  }
}

/// Kombo's unified hiring roles (closed enum).
public enum HiringTeamRole: String, CaseIterable, Hashable, Sendable, Codable {
  /// `HIRING_MANAGER`.
  case hiringManager = "HIRING_MANAGER"
  /// `RECRUITER`.
  case recruiter = "RECRUITER"
  /// `COORDINATOR`.
  case coordinator = "COORDINATOR"
  /// `SOURCER`.
  case sourcer = "SOURCER"
  /// `INTERVIEWER`.
  case interviewer = "INTERVIEWER"
  /// `ADMIN`; only in ``JobRole/unifiedType``.
  case admin = "ADMIN"
}
