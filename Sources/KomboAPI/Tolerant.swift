/// A value of a response that the app can do without: it decodes as `nil` instead of failing when
/// the JSON does not fit `Value` (a wrong type, an unknown closed-enum value, a malformed object).
///
/// Response types use it, through the ``KeyedDecodingContainer`` helpers below, for every field the
/// app does not act on, so one odd value never makes a whole job or listing unreadable.
struct Tolerant<Value: Decodable>: Decodable {
  /// The value, or `nil` when the JSON was `null` or did not fit.
  let value: Value?

  /// Decodes `Value`, or `nil` for anything else; never throws.
  init(from decoder: any Decoder) throws {
    value = try? Value(from: decoder)
  }
}

extension KeyedDecodingContainer {
  /// The value at `key`, or `nil` when it is missing, `null` or does not fit `T`.
  func tolerant<T: Decodable>(_ type: T.Type = T.self, forKey key: Key) -> T? {
    (try? decodeIfPresent(type, forKey: key)) ?? nil
  }

  /// The list at `key` with every element that does not fit `Element` left out; empty when the key is
  /// missing, `null` or not a list.
  func tolerantList<Element: Decodable>(_ type: Element.Type = Element.self, forKey key: Key) -> [Element] {
    let items = (try? decodeIfPresent([Tolerant<Element>].self, forKey: key)) ?? nil
    return items?.compactMap(\.value) ?? []
  }

  /// Like ``tolerantList(_:forKey:)``, but `nil` when the key is missing, `null` or not a list.
  func tolerantOptionalList<Element: Decodable>(
    _ type: Element.Type = Element.self, forKey key: Key
  ) -> [Element]? {
    let items = (try? decodeIfPresent([Tolerant<Element>].self, forKey: key)) ?? nil
    return items?.compactMap(\.value)
  }

  /// A whole number at `key` where the app only orders or bounds by it (`index`, `max_length`): an
  /// integer as is, a fraction rounded down (`1.5` is 1), and `nil` when missing, `null`, not a number,
  /// or outside `Int`'s range (`1e19` is no usable bound).
  func tolerantWholeNumber(forKey key: Key) -> Int? {
    if let value = try? decodeIfPresent(Int.self, forKey: key) { return value }
    guard let number = tolerant(Double.self, forKey: key) else { return nil }
    return Int(exactly: number.rounded(.down))
  }
}
