// Request types leave out empty lists and read missing lists as empty.

extension KeyedDecodingContainer {
  /// Decodes a list that may be missing (or `null`) as empty.
  func decodeList<Element: Decodable>(forKey key: Key) throws -> [Element] {
    try decodeIfPresent([Element].self, forKey: key) ?? []
  }
}

extension KeyedEncodingContainer {
  /// Encodes a list unless it is empty (requests leave out what is not set).
  mutating func encodeList<Element: Encodable>(_ list: [Element], forKey key: Key) throws {
    if !list.isEmpty { try encode(list, forKey: key) }
  }
}
