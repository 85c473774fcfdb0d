/// `data` of `GET /integrations/{integration_id}` (decode the body as
/// `KomboResponse<IntegrationDetails>`): which ATS an integration connects, its state, and what it
/// can read and write.
///
/// The Python SDK requires every key and closes every enum; Kombo's OpenAPI description has no
/// `write_actions`, so that key may be missing (coverage unknown), and enums are open here.
public struct IntegrationDetails: Hashable, Sendable, Codable, Identifiable {
  /// The integration id, `<tool>:<id>`.
  public var id: String
  /// The connected tool.
  public var tool: Tool
  /// The kind of tool.
  public var category: Category
  /// Whether the connection works.
  public var status: Status
  /// How far setup has got.
  public var setupStatus: SetupStatus
  /// The customer that connected the tool.
  public var endUser: EndUser
  /// The scope configuration in use.
  public var scopeConfig: ScopeConfig
  /// When the integration's data expired, if it did.
  @ExplicitNull public var dataExpiredAt: KomboTimestamp?
  /// When the integration was created.
  public var createdAt: KomboTimestamp
  /// Whether the tool's integration is in beta.
  public var beta: Bool
  /// What the integration can read.
  public var readModels: [ReadModel]
  /// What the integration can write; see ``createApplicationFields``. `nil` when Kombo does not say
  /// (the key is missing): coverage is unknown, not empty. The key is left out when `nil`.
  public var writeActions: [WriteAction]?

  /// The id of the create-application write action.
  public static let createApplicationActionID = "ats_create_application"

  /// Integration details.
  public init(
    id: String, tool: Tool, category: Category, status: Status, setupStatus: SetupStatus, endUser: EndUser,
    scopeConfig: ScopeConfig, dataExpiredAt: KomboTimestamp? = nil, createdAt: KomboTimestamp, beta: Bool,
    readModels: [ReadModel] = [], writeActions: [WriteAction]? = []
  ) {
    self.id = id
    self.tool = tool
    self.category = category
    self.status = status
    self.setupStatus = setupStatus
    self.endUser = endUser
    self.scopeConfig = scopeConfig
    self.dataExpiredAt = dataExpiredAt
    self.createdAt = createdAt
    self.beta = beta
    self.readModels = readModels
    self.writeActions = writeActions
  }

  /// The create-application action, if listed.
  public var createApplicationAction: WriteAction? {
    writeActions?.first { $0.id == Self.createApplicationActionID }
  }

  /// Whether Kombo said what the integration can write (`write_actions` was present).
  public var reportsWriteActions: Bool { writeActions != nil }

  /// Which create-application inputs (`candidate.first_name`, …) this ATS supports; empty when
  /// the action is not listed or coverage is unknown.
  public var createApplicationFields: [WriteActionField] {
    createApplicationAction?.fields ?? []
  }

  private enum CodingKeys: String, CodingKey {
    case id, tool, category, status, beta
    case setupStatus = "setup_status"
    case endUser = "end_user"
    case scopeConfig = "scope_config"
    case dataExpiredAt = "data_expired_at"
    case createdAt = "created_at"
    case readModels = "read_models"
    case writeActions = "write_actions"
  }

  /// The connected tool.
  public struct Tool: Hashable, Sendable, Codable, Identifiable {
    /// The tool slug, e.g. `greenhouse`; `sandbox` for Kombo's sandbox (see ``ATSTool``).
    public var id: String
    /// The display name.
    public var label: String
    /// Kombo's internal name; for debugging only, do not show it.
    @ExplicitNull public var internalLabel: String?
    /// The tool's logo.
    public var logoURL: String
    /// The tool's icon.
    public var iconURL: String

    /// A tool.
    public init(id: String, label: String, internalLabel: String? = nil, logoURL: String, iconURL: String) {
      self.id = id
      self.label = label
      self.internalLabel = internalLabel
      self.logoURL = logoURL
      self.iconURL = iconURL
    }

    private enum CodingKeys: String, CodingKey {
      case id, label
      case internalLabel = "internal_label"
      case logoURL = "logo_url"
      case iconURL = "icon_url"
    }
  }

  /// The kind of tool (open: unknown values are kept).
  public struct Category: OpenEnum {
    /// The value on the wire.
    public let rawValue: String

    /// Any value, documented or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `HRIS`.
    public static let hris = Self(rawValue: "HRIS")
    /// `ATS`.
    public static let ats = Self(rawValue: "ATS")
    /// `ASSESSMENT`.
    public static let assessment = Self(rawValue: "ASSESSMENT")
    /// `LMS`.
    public static let lms = Self(rawValue: "LMS")

    /// The documented values.
    public static let knownValues: [Self] = [.hris, .ats, .assessment, .lms]
  }

  /// Whether the connection works (open: unknown values are kept).
  public struct Status: OpenEnum {
    /// The value on the wire.
    public let rawValue: String

    /// Any value, documented or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `ACTIVE`.
    public static let active = Self(rawValue: "ACTIVE")
    /// `INVALID`: credentials no longer work.
    public static let invalid = Self(rawValue: "INVALID")
    /// `INACTIVE`.
    public static let inactive = Self(rawValue: "INACTIVE")

    /// The documented values.
    public static let knownValues: [Self] = [.active, .invalid, .inactive]
  }

  /// How far setup has got (open: unknown values are kept).
  public struct SetupStatus: OpenEnum {
    /// The value on the wire.
    public let rawValue: String

    /// Any value, documented or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `INCOMPLETE`: the customer has not finished setup.
    public static let incomplete = Self(rawValue: "INCOMPLETE")
    /// `FINAL_SYNC_PENDING`: the first sync is running.
    public static let finalSyncPending = Self(rawValue: "FINAL_SYNC_PENDING")
    /// `COMPLETED`.
    public static let completed = Self(rawValue: "COMPLETED")

    /// The documented values.
    public static let knownValues: [Self] = [.incomplete, .finalSyncPending, .completed]
  }

  /// The customer that connected the tool.
  public struct EndUser: Hashable, Sendable, Codable {
    /// The organisation's name.
    public var organizationName: String
    /// Who created the integration.
    @ExplicitNull public var creatorEmail: String?
    /// The customer's id in the caller's system.
    @ExplicitNull public var originID: String?

    /// An end user.
    public init(organizationName: String, creatorEmail: String? = nil, originID: String? = nil) {
      self.organizationName = organizationName
      self.creatorEmail = creatorEmail
      self.originID = originID
    }

    private enum CodingKeys: String, CodingKey {
      case organizationName = "organization_name"
      case creatorEmail = "creator_email"
      case originID = "origin_id"
    }
  }

  /// The scope configuration in use.
  public struct ScopeConfig: Hashable, Sendable, Codable, Identifiable {
    /// Its id.
    public var id: String
    /// Its name.
    @ExplicitNull public var name: String?

    /// A scope configuration.
    public init(id: String, name: String? = nil) {
      self.id = id
      self.name = name
    }
  }
}
