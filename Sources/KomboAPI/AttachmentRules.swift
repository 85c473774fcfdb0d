/// What an integration accepts as `attachments[]` when creating an application: the `data` of
/// `GET /ats/actions/ats_create_application` (`{"attachment_restrictions": … | null}`).
///
/// `nil` everywhere means "Kombo does not know": no check is made for it. Decoding is tolerant: a
/// missing or unreadable type, number or list reads as unknown, so an odd answer never blocks sending.
public struct AttachmentRules: Hashable, Sendable, Codable {
  /// The largest total size of all attachments (`total_size_bytes`), if known.
  public var totalSizeBytes: Int?
  /// The rules per attachment type; a type not listed is unknown (``TypeRule/unknown``).
  public var types: [Attachment.Kind: TypeRule]

  /// Nothing known: every type supported with no limits.
  public static let unknown = AttachmentRules()

  /// Rules with a total size and per-type rules.
  public init(totalSizeBytes: Int? = nil, types: [Attachment.Kind: TypeRule] = [:]) {
    self.totalSizeBytes = totalSizeBytes
    self.types = types
  }

  /// The rule for `kind` (``TypeRule/unknown`` when Kombo did not say).
  public func rule(for kind: Attachment.Kind) -> TypeRule { types[kind] ?? .unknown }

  /// Whether Kombo said nothing restricting at all (no total, every type supported and unlimited).
  public var isUnknown: Bool {
    totalSizeBytes == nil && Attachment.Kind.allCases.allSatisfy { rule(for: $0) == .unknown }
  }

  /// The rules for one attachment type (`types.CV`, `types.COVER_LETTER`, `types.OTHER`).
  public struct TypeRule: Hashable, Sendable, Codable {
    /// Whether the ATS takes this type at all (`is_supported`).
    public var isSupported: Bool
    /// At least this many (`min_amount`), if known.
    public var minAmount: Int?
    /// At most this many (`max_amount`), if known.
    public var maxAmount: Int?
    /// The largest size of one file (`max_file_size_bytes`), if known.
    public var maxFileSizeBytes: Int?
    /// The MIME types accepted (`accepted_mime_types`), if known.
    public var acceptedMimeTypes: [String]?

    /// Supported, nothing else known.
    public static let unknown = TypeRule()
    /// Not supported: `{"is_supported": false}`.
    public static let unsupported = TypeRule(isSupported: false)

    /// A type rule.
    public init(
      isSupported: Bool = true, minAmount: Int? = nil, maxAmount: Int? = nil, maxFileSizeBytes: Int? = nil,
      acceptedMimeTypes: [String]? = nil
    ) {
      self.isSupported = isSupported
      self.minAmount = minAmount
      self.maxAmount = maxAmount
      self.maxFileSizeBytes = maxFileSizeBytes
      self.acceptedMimeTypes = acceptedMimeTypes
    }

    private enum CodingKeys: String, CodingKey {
      case isSupported = "is_supported"
      case minAmount = "min_amount"
      case maxAmount = "max_amount"
      case maxFileSizeBytes = "max_file_size_bytes"
      case acceptedMimeTypes = "accepted_mime_types"
    }

    /// Decodes tolerantly: only an explicit `is_supported: false` makes the type unsupported.
    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      isSupported = container.tolerant(Bool.self, forKey: .isSupported) ?? true
      guard isSupported else { return }
      minAmount = container.tolerantWholeNumber(forKey: .minAmount)
      maxAmount = container.tolerantWholeNumber(forKey: .maxAmount)
      maxFileSizeBytes = container.tolerantWholeNumber(forKey: .maxFileSizeBytes)
      acceptedMimeTypes = container.tolerantOptionalList(String.self, forKey: .acceptedMimeTypes)
    }

    /// Encodes `{"is_supported": false}` alone, or all five keys with explicit `null`s.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(isSupported, forKey: .isSupported)
      guard isSupported else { return }
      try container.encode(minAmount, forKey: .minAmount)
      try container.encode(maxAmount, forKey: .maxAmount)
      try container.encode(maxFileSizeBytes, forKey: .maxFileSizeBytes)
      try container.encode(acceptedMimeTypes, forKey: .acceptedMimeTypes)
    }
  }

  private enum CodingKeys: String, CodingKey {
    case totalSizeBytes = "total_size_bytes"
    case types
  }

  private struct TypeKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// Decodes tolerantly (see the type's documentation).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    totalSizeBytes = container.tolerantWholeNumber(forKey: .totalSizeBytes)
    types = [:]
    guard let typesContainer = try? container.nestedContainer(keyedBy: TypeKey.self, forKey: .types) else {
      return
    }
    for kind in Attachment.Kind.allCases {
      if let rule = typesContainer.tolerant(TypeRule.self, forKey: TypeKey(stringValue: kind.rawValue)) {
        types[kind] = rule
      }
    }
  }

  /// Encodes `total_size_bytes` (explicit `null` when unknown) and every type (unknown ones as
  /// supported with `null` limits).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(totalSizeBytes, forKey: .totalSizeBytes)
    var typesContainer = container.nestedContainer(keyedBy: TypeKey.self, forKey: .types)
    for kind in Attachment.Kind.allCases {
      try typesContainer.encode(rule(for: kind), forKey: TypeKey(stringValue: kind.rawValue))
    }
  }
}

/// The `data` of `GET /ats/actions/ats_create_application`: `{"attachment_restrictions": … | null}`.
public struct CreateApplicationCapabilities: Hashable, Sendable, Codable {
  /// The attachment rules; `nil` when Kombo knows none for this integration.
  public var attachmentRestrictions: AttachmentRules?

  /// Capabilities with these attachment rules.
  public init(attachmentRestrictions: AttachmentRules?) {
    self.attachmentRestrictions = attachmentRestrictions
  }

  private enum CodingKeys: String, CodingKey {
    case attachmentRestrictions = "attachment_restrictions"
  }

  /// Decodes tolerantly: unreadable restrictions read as none known.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    attachmentRestrictions = container.tolerant(AttachmentRules.self, forKey: .attachmentRestrictions)
  }

  /// Encodes `attachment_restrictions`, explicit `null` when none.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(attachmentRestrictions, forKey: .attachmentRestrictions)
  }
}
