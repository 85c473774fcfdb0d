/// Marks an optional property of a **response** type whose key is always present on the wire.
///
/// Kombo's responses list many keys as required but nullable, and the official SDKs reject a
/// body where such a key is missing. Swift's synthesized `Codable` leaves out `nil` optionals, so
/// response types wrap those properties:
///
/// ```swift
/// @ExplicitNull public var remoteID: String?   // encodes "remote_id": null when nil
/// public var integrationFields: [IntegrationField]?   // plain optional: key left out when nil
/// ```
///
/// Decoding is tolerant: a missing key, `null`, and a value that does not fit `Value` (a wrong type,
/// an unknown value of a closed enum) all decode as `nil`, so one odd field the app does not act on
/// never makes a whole response unreadable. Fields the app acts on are decoded strictly by their
/// type's own `init(from:)`.
///
/// Request types never use this wrapper: a request leaves out every unset optional and never sends
/// `null`.
@propertyWrapper
public struct ExplicitNull<Value> {
  /// The optional value.
  public var wrappedValue: Value?

  /// Wraps `wrappedValue`.
  public init(wrappedValue: Value?) {
    self.wrappedValue = wrappedValue
  }
}

extension ExplicitNull: Sendable where Value: Sendable {}
extension ExplicitNull: Equatable where Value: Equatable {}
extension ExplicitNull: Hashable where Value: Hashable {}

extension ExplicitNull: Encodable where Value: Encodable {
  /// Encodes the value, or `null` when it is `nil`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let wrappedValue {
      try container.encode(wrappedValue)
    } else {
      try container.encodeNil()
    }
  }
}

extension ExplicitNull: Decodable where Value: Decodable {
  /// Decodes `null`, and anything that is not a `Value`, as `nil`; never throws.
  public init(from decoder: any Decoder) throws {
    let isNull = (try? decoder.singleValueContainer().decodeNil()) ?? false
    wrappedValue = isNull ? nil : try? Value(from: decoder)
  }
}

extension KeyedDecodingContainer {
  /// Decodes an ``ExplicitNull`` property; a missing key decodes as `nil` instead of throwing.
  public func decode<Value: Decodable>(
    _ type: ExplicitNull<Value>.Type, forKey key: Key
  ) throws -> ExplicitNull<Value> {
    ExplicitNull(wrappedValue: tolerant(Value.self, forKey: key))
  }
}
