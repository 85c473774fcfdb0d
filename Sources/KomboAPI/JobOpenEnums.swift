// Kombo's open enumerations on jobs: documented values as static members; anything else the
// ATS sends is kept verbatim (see `OpenEnum`).

/// The kind of employment a job offers (`employment_type`). Open: unknown values are kept.
public struct EmploymentType: OpenEnum {
  /// The value on the wire.
  public let rawValue: String

  /// Any value, documented or not.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// `FULL_TIME`.
  public static let fullTime = Self(rawValue: "FULL_TIME")
  /// `PART_TIME`.
  public static let partTime = Self(rawValue: "PART_TIME")
  /// `CONTRACT`.
  public static let contract = Self(rawValue: "CONTRACT")
  /// `SEASONAL`.
  public static let seasonal = Self(rawValue: "SEASONAL")
  /// `INTERNSHIP`.
  public static let internship = Self(rawValue: "INTERNSHIP")

  /// The documented values.
  public static let knownValues: [Self] = [.fullTime, .partTime, .contract, .seasonal, .internship]
}

/// Where a job is in its life cycle (`status`). Open: unknown values are kept.
///
/// Judge whether people can apply from this and ``JobVisibility`` together.
public struct JobStatus: OpenEnum {
  /// The value on the wire.
  public let rawValue: String

  /// Any value, documented or not.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// `OPEN`.
  public static let open = Self(rawValue: "OPEN")
  /// `CLOSED`.
  public static let closed = Self(rawValue: "CLOSED")
  /// `DRAFT`.
  public static let draft = Self(rawValue: "DRAFT")
  /// `ARCHIVED`.
  public static let archived = Self(rawValue: "ARCHIVED")

  /// The documented values.
  public static let knownValues: [Self] = [.open, .closed, .draft, .archived]
}

/// Who can see a job (`visibility`). Open: unknown values are kept.
///
/// An `OPEN` job that is `INTERNAL` takes applications from employees only.
public struct JobVisibility: OpenEnum {
  /// The value on the wire.
  public let rawValue: String

  /// Any value, documented or not.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// `PUBLIC`.
  public static let `public` = Self(rawValue: "PUBLIC")
  /// `INTERNAL`.
  public static let `internal` = Self(rawValue: "INTERNAL")
  /// `UNLISTED`.
  public static let unlisted = Self(rawValue: "UNLISTED")
  /// `CONFIDENTIAL`.
  public static let confidential = Self(rawValue: "CONFIDENTIAL")

  /// The documented values.
  public static let knownValues: [Self] = [.public, .internal, .unlisted, .confidential]
}

/// Whether a job is remote (`remote_work_status`). Open: unknown values are kept.
public struct RemoteWorkStatus: OpenEnum {
  /// The value on the wire.
  public let rawValue: String

  /// Any value, documented or not.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// `REMOTE`.
  public static let remote = Self(rawValue: "REMOTE")
  /// `HYBRID`.
  public static let hybrid = Self(rawValue: "HYBRID")
  /// `TEMPORARY`.
  public static let temporary = Self(rawValue: "TEMPORARY")
  /// `ON_SITE`.
  public static let onSite = Self(rawValue: "ON_SITE")

  /// The documented values.
  public static let knownValues: [Self] = [.remote, .hybrid, .temporary, .onSite]
}

/// The period a job's salary amounts refer to (`salary_period`). Open: unknown values are kept.
public struct SalaryPeriod: OpenEnum {
  /// The value on the wire.
  public let rawValue: String

  /// Any value, documented or not.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// `YEAR`.
  public static let year = Self(rawValue: "YEAR")
  /// `MONTH`.
  public static let month = Self(rawValue: "MONTH")
  /// `TWO_WEEKS`.
  public static let twoWeeks = Self(rawValue: "TWO_WEEKS")
  /// `WEEK`.
  public static let week = Self(rawValue: "WEEK")
  /// `DAY`.
  public static let day = Self(rawValue: "DAY")
  /// `HOUR`.
  public static let hour = Self(rawValue: "HOUR")

  /// The documented values.
  public static let knownValues: [Self] = [.year, .month, .twoWeeks, .week, .day, .hour]
}
