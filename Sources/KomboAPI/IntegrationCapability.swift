/// A read model or write action of an integration, with per-field coverage.
///
/// ``IntegrationDetails/ReadModel`` and ``IntegrationDetails/WriteAction`` share this shape and
/// differ in their fields.
public struct IntegrationCapability<Field: Hashable & Sendable & Codable>: Hashable, Sendable, Codable,
  Identifiable
{
  /// The id, e.g. `ats_jobs` or `ats_create_application`.
  public var id: String
  /// A display name.
  public var label: String
  /// Whether the caller can use it now.
  public var isAvailable: Bool
  /// Whether Kombo supports it for this tool.
  public var coverageStatus: CoverageStatus
  /// What the scope configuration says.
  public var scopeConfigSetting: ScopeConfigSetting
  /// Whether the customer opted out.
  public var optedOutByCustomer: Bool
  /// Coverage per field.
  public var fields: [Field]

  /// A capability.
  public init(
    id: String, label: String, isAvailable: Bool, coverageStatus: CoverageStatus,
    scopeConfigSetting: ScopeConfigSetting, optedOutByCustomer: Bool, fields: [Field] = []
  ) {
    self.id = id
    self.label = label
    self.isAvailable = isAvailable
    self.coverageStatus = coverageStatus
    self.scopeConfigSetting = scopeConfigSetting
    self.optedOutByCustomer = optedOutByCustomer
    self.fields = fields
  }

  private enum CodingKeys: String, CodingKey {
    case id, label, fields
    case isAvailable = "is_available"
    case coverageStatus = "coverage_status"
    case scopeConfigSetting = "scope_config_setting"
    case optedOutByCustomer = "opted_out_by_customer"
  }
}

extension IntegrationDetails {
  /// A model the integration can read.
  public typealias ReadModel = IntegrationCapability<ReadModelField>
  /// An action the integration can perform, such as `ats_create_application`.
  public typealias WriteAction = IntegrationCapability<WriteActionField>
}

/// Whether Kombo supports a model, action or field for a tool (open: unknown values are kept).
public struct CoverageStatus: OpenEnum {
  /// The value on the wire.
  public let rawValue: String

  /// Any value, documented or not.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// `SUPPORTED`.
  public static let supported = Self(rawValue: "SUPPORTED")
  /// `UNSUPPORTED`: the tool cannot do it.
  public static let unsupported = Self(rawValue: "UNSUPPORTED")
  /// `NOT_IMPLEMENTED`: Kombo has not built it yet.
  public static let notImplemented = Self(rawValue: "NOT_IMPLEMENTED")
  /// `UNKNOWN`.
  public static let unknown = Self(rawValue: "UNKNOWN")

  /// The documented values.
  public static let knownValues: [Self] = [.supported, .unsupported, .notImplemented, .unknown]
}

/// What a scope configuration says about a model or field (open: unknown values are kept).
public struct ScopeConfigSetting: OpenEnum {
  /// The value on the wire.
  public let rawValue: String

  /// Any value, documented or not.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// `ENABLED`.
  public static let enabled = Self(rawValue: "ENABLED")
  /// `DISABLED`.
  public static let disabled = Self(rawValue: "DISABLED")
  /// `OPTIONAL`: the customer decides.
  public static let optional = Self(rawValue: "OPTIONAL")

  /// The documented values.
  public static let knownValues: [Self] = [.enabled, .disabled, .optional]
}

/// Coverage of one field of a read model.
public struct ReadModelField: Hashable, Sendable, Codable, Identifiable {
  /// The field id, e.g. `first_name`.
  public var id: String
  /// Whether the field is delivered.
  public var isAvailable: Bool
  /// Whether Kombo supports it for this tool.
  public var coverageStatus: CoverageStatus
  /// What the scope configuration says.
  public var scopeConfigSetting: ScopeConfigSetting
  /// Whether the customer opted out.
  public var optedOutByCustomer: Bool

  /// A read field.
  public init(
    id: String, isAvailable: Bool, coverageStatus: CoverageStatus, scopeConfigSetting: ScopeConfigSetting,
    optedOutByCustomer: Bool
  ) {
    self.id = id
    self.isAvailable = isAvailable
    self.coverageStatus = coverageStatus
    self.scopeConfigSetting = scopeConfigSetting
    self.optedOutByCustomer = optedOutByCustomer
  }

  private enum CodingKeys: String, CodingKey {
    case id
    case isAvailable = "is_available"
    case coverageStatus = "coverage_status"
    case scopeConfigSetting = "scope_config_setting"
    case optedOutByCustomer = "opted_out_by_customer"
  }
}

/// Coverage of one input of a write action, e.g. `candidate.first_name` of create-application.
public struct WriteActionField: Hashable, Sendable, Codable, Identifiable {
  /// The input's path, e.g. `candidate.first_name`.
  public var id: String
  /// Whether the input is written.
  public var isAvailable: Bool
  /// Whether Kombo supports it for this tool.
  public var coverageStatus: CoverageStatus

  /// A write field.
  public init(id: String, isAvailable: Bool, coverageStatus: CoverageStatus) {
    self.id = id
    self.isAvailable = isAvailable
    self.coverageStatus = coverageStatus
  }

  private enum CodingKeys: String, CodingKey {
    case id
    case isAvailable = "is_available"
    case coverageStatus = "coverage_status"
  }
}
