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

  /// Decodes a member; only `id` is required. Roles missing (Kombo's spec has no `job_roles`) or
  /// unreadable are left out.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    remoteID = container.tolerant(forKey: .remoteID)
    firstName = container.tolerant(forKey: .firstName)
    lastName = container.tolerant(forKey: .lastName)
    email = container.tolerant(forKey: .email)
    hiringTeamRoles = container.tolerantList(forKey: .hiringTeamRoles)
    jobRoles = container.tolerantList(forKey: .jobRoles)
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
  /// What the role applies to; `JOB` here, `nil` when Kombo sends none.
  @ExplicitNull public var scope: Scope?

  /// The scope of a job role. Open: unknown values are kept.
  public struct Scope: OpenEnum {
    /// The value on the wire.
    public let rawValue: String

    /// Any value, documented or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `JOB`.
    public static let job = Self(rawValue: "JOB")

    /// The documented values.
    public static let knownValues: [Self] = [.job]
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

/// Kombo's unified hiring roles. Open: unknown values are kept.
public struct HiringTeamRole: OpenEnum {
  /// The value on the wire.
  public let rawValue: String

  /// Any value, documented or not.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// `HIRING_MANAGER`.
  public static let hiringManager = Self(rawValue: "HIRING_MANAGER")
  /// `RECRUITER`.
  public static let recruiter = Self(rawValue: "RECRUITER")
  /// `COORDINATOR`.
  public static let coordinator = Self(rawValue: "COORDINATOR")
  /// `SOURCER`.
  public static let sourcer = Self(rawValue: "SOURCER")
  /// `INTERVIEWER`.
  public static let interviewer = Self(rawValue: "INTERVIEWER")
  /// `ADMIN`; only in ``JobRole/unifiedType``.
  public static let admin = Self(rawValue: "ADMIN")

  /// The documented values.
  public static let knownValues: [Self] = [
    .hiringManager, .recruiter, .coordinator, .sourcer, .interviewer, .admin,
  ]
}
