/// Incremental fuzzy search over a `FuzzyIndex`: when the query grows (a character typed), only the
/// previous query's matches are searched again; when it shrinks (Backspace), an earlier result is
/// reused from a small cache.
public struct FuzzySearch: Sendable {
  /// The indexed items.
  public let index: FuzzyIndex
  /// The current query.
  public private(set) var query = FuzzyQuery("")
  /// Item indices, best match first (input order for an empty query).
  public private(set) var results: [Int32]
  /// Recent queries and their matches in input order, newest last.
  private var cache: [(query: FuzzyQuery, hits: [FuzzyMatcher.Hit])] = []

  /// How many recent results are kept for Backspace and narrowing.
  static let cacheLimit = 24

  /// A search showing every item.
  public init(index: FuzzyIndex) {
    self.index = index
    self.results = Array(0..<Int32(index.count))
  }

  /// Runs `text` as the new query.
  public mutating func update(query text: String) {
    let next = FuzzyQuery(text)
    guard next.text != query.text else { return }
    query = next
    if next.isEmpty {
      results = Array(0..<Int32(index.count))
      return
    }
    if let cached = cache.last(where: { $0.query.terms == next.terms }) {
      results = FuzzyMatcher.ranked(cached.hits, in: index)
      return
    }
    let base = cache.filter { $0.query.isNarrowed(by: next) }.min { $0.hits.count < $1.hits.count }
    let hits = FuzzyMatcher.matches(next, in: index, candidates: base?.hits.map(\.item))
    remember(next, hits)
    results = FuzzyMatcher.ranked(hits, in: index)
  }

  /// Per field, the character offsets of `item` that the current query matched.
  public func highlights(item: Int32) -> [[Int]] {
    query.isEmpty
      ? index.items[Int(item)].map { _ in [] } : FuzzyMatcher.positions(query, in: index, item: Int(item))
  }

  private mutating func remember(_ query: FuzzyQuery, _ hits: [FuzzyMatcher.Hit]) {
    cache.append((query, hits))
    if cache.count > Self.cacheLimit { cache.removeFirst() }
  }
}
