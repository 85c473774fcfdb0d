/// A raw ATS field as Kombo's OpenAPI description lists it on jobs, applications and candidates
/// (`integration_fields[]`). The SDK models ignore these; they are carried for completeness.
public struct IntegrationField: Hashable, Sendable, Codable, Identifiable {
  /// The Kombo id of the field.
  public var id: String
  /// The ATS's key, e.g. `firstName` or `customTshirtSize`.
  public var key: String
  /// Whether the ATS defines the field or the customer added it.
  public var type: Kind
  /// The value, any JSON; `null` also when Kombo leaves the key out (it is optional).
  public var value: JSONValue
  /// The ATS's label, e.g. "T-Shirt Size".
  @ExplicitNull public var label: String?

  /// Who defined an integration field. Open: unknown values are kept.
  public struct Kind: OpenEnum {
    /// The value on the wire.
    public let rawValue: String

    /// Any value, documented or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `DEFAULT`: part of the ATS.
    public static let `default` = Self(rawValue: "DEFAULT")
    /// `CUSTOM`: added by the customer.
    public static let custom = Self(rawValue: "CUSTOM")

    /// The documented values.
    public static let knownValues: [Self] = [.default, .custom]
  }

  /// An integration field.
  public init(id: String, key: String, type: Kind, value: JSONValue, label: String? = nil) {
    self.id = id
    self.key = key
    self.type = type
    self.value = value
    self.label = label
  }

  /// Decodes a field; `id` and `key` are required, a missing `value` is `null`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    key = try container.decode(String.self, forKey: .key)
    type = try container.decode(Kind.self, forKey: .type)
    value = container.tolerant(forKey: .value) ?? .null
    label = container.tolerant(forKey: .label)
  }

  private enum CodingKeys: String, CodingKey {
    case id, key, type, value, label
  }
}
