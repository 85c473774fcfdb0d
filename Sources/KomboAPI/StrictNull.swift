/// Like ``ExplicitNull`` (the key is always encoded, `null` when unset; a missing key or `null`
/// decodes as `nil`), but a value that does not fit `Value` is an error instead of `nil`.
///
/// For the few optional response fields the app acts on, where reading a malformed value as "absent"
/// would be unsafe: the candidate and email addresses a duplicate lookup compares, for instance. A
/// page whose item then cannot be read is refused as a whole by the lookups.
@propertyWrapper
public struct StrictNull<Value> {
  /// The optional value.
  public var wrappedValue: Value?

  /// Wraps `wrappedValue`.
  public init(wrappedValue: Value?) {
    self.wrappedValue = wrappedValue
  }
}

extension StrictNull: Sendable where Value: Sendable {}
extension StrictNull: Equatable where Value: Equatable {}
extension StrictNull: Hashable where Value: Hashable {}

extension StrictNull: Encodable where Value: Encodable {
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

extension StrictNull: Decodable where Value: Decodable {
  /// Decodes `null` as `nil`, anything else as `Value` (throwing when it does not fit).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
  }
}

extension KeyedDecodingContainer {
  /// Decodes a ``StrictNull`` property; a missing key decodes as `nil` instead of throwing.
  public func decode<Value: Decodable>(
    _ type: StrictNull<Value>.Type, forKey key: Key
  ) throws -> StrictNull<Value> {
    try decodeIfPresent(type, forKey: key) ?? StrictNull(wrappedValue: nil)
  }
}
