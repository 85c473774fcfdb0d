/// A JSON object whose keys keep a deterministic order: the order they were inserted in.
///
/// Equality and hashing ignore order (as JSON does): two objects are equal when they hold the same
/// keys with equal values.
///
/// Foundation's `JSONDecoder` does not report the order of keys in the document, so an object
/// decoded from JSON holds its keys sorted (Swift `String` order). Encoding writes keys in
/// order, but `JSONEncoder` reorders them unless it sorts; ``KomboJSON/encoder()`` sorts keys so
/// the bytes on the wire are deterministic.
public struct JSONObject: Hashable, Sendable {
  private var storage: [String: JSONValue]
  /// The keys in insertion order.
  public private(set) var keys: [String]

  /// An empty object.
  public init() {
    storage = [:]
    keys = []
  }

  /// An object from key-value pairs in order; a repeated key keeps its first position and its
  /// last value.
  public init(_ members: some Sequence<(String, JSONValue)>) {
    self.init()
    for (key, value) in members { self[key] = value }
  }

  /// The value for `key`; setting `nil` removes the key, setting a new key appends it.
  public subscript(key: String) -> JSONValue? {
    get { storage[key] }
    set {
      if let newValue {
        if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
      } else if storage.removeValue(forKey: key) != nil {
        keys.removeAll { $0 == key }
      }
    }
  }

  /// The members in key order.
  public var members: [(key: String, value: JSONValue)] {
    keys.map { ($0, storage[$0] ?? .null) }
  }

  /// The number of keys.
  public var count: Int { keys.count }

  /// Whether the object has no keys.
  public var isEmpty: Bool { keys.isEmpty }

  /// Order-insensitive equality: the same keys with equal values.
  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    lhs.storage == rhs.storage
  }

  /// Hashes the keys and values, ignoring order.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(storage)
  }
}

extension JSONObject: Codable {
  private struct MemberKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// Decodes a JSON object; its keys are sorted (the decoder does not report document order).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: MemberKey.self)
    let keys = container.allKeys.sorted { $0.stringValue < $1.stringValue }
    self.init(try keys.map { ($0.stringValue, try container.decode(JSONValue.self, forKey: $0)) })
  }

  /// Encodes the members in key order.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: MemberKey.self)
    for (key, value) in members {
      try container.encode(value, forKey: MemberKey(stringValue: key))
    }
  }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
  /// A dictionary literal; keys keep the literal's order.
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self.init(elements)
  }
}

extension JSONObject: CustomStringConvertible {
  /// A compact rendering for debugging, keys in order.
  public var description: String {
    "{" + members.map { "\($0.key.debugDescription): \($0.value)" }.joined(separator: ", ") + "}"
  }
}
