/// A raw ATS field as Kombo's OpenAPI description lists it on jobs, applications and candidates
/// (`integration_fields[]`). The SDK models ignore these; they are carried for completeness.
public struct IntegrationField: Hashable, Sendable, Codable, Identifiable {
  /// The Kombo id of the field.
  public var id: String
  /// The ATS's key, e.g. `firstName` or `customTshirtSize`.
  public var key: String
  /// Whether the ATS defines the field or the customer added it.
  public var type: Kind
  /// The value, any JSON.
  public var value: JSONValue
  /// The ATS's label, e.g. "T-Shirt Size".
  @ExplicitNull public var label: String?

  /// Who defined an integration field (closed enum).
  public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
    /// `DEFAULT`: part of the ATS.
    case `default` = "DEFAULT"
    /// `CUSTOM`: added by the customer.
    case custom = "CUSTOM"
  }

  /// An integration field.
  public init(id: String, key: String, type: Kind, value: JSONValue, label: String? = nil) {
    self.id = id
    self.key = key
    self.type = type
    self.value = value
    self.label = label
  }
}
