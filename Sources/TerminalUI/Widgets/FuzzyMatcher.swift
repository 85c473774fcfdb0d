/// Scores items of a `FuzzyIndex` against a `FuzzyQuery` the way fzf's v1 algorithm does.
///
/// For each term: a forward scan finds the first place the term's characters occur in order, a
/// backward scan from there shrinks the window to the shortest one ending at that place, and the
/// window is scored (matches, gaps, word-start and camelCase bonuses, consecutive runs). An item's
/// score is the sum over the terms. Results are ordered by score, then shorter items, then input order.
public enum FuzzyMatcher {
  /// One matching item.
  public struct Hit: Equatable, Sendable {
    /// The item's index.
    public let item: Int32
    /// Higher is better.
    public let score: Int32
  }

  /// Items among `candidates` (all items when nil) that match `query`, in index order.
  public static func matches(_ query: FuzzyQuery, in index: FuzzyIndex, candidates: [Int32]? = nil) -> [Hit] {
    var hits: [Hit] = []
    index.units.withUnsafeBufferPointer { units in
      index.meta.withUnsafeBufferPointer { meta in
        index.starts.withUnsafeBufferPointer { starts in
          let text = Text(units: units, meta: meta)
          func consider(_ item: Int32) {
            let start = Int(starts[Int(item)])
            let end = Int(starts[Int(item) + 1])
            var total = 0
            for term in query.terms {
              guard let score = text.score(term, start: start, end: end, positions: nil) else { return }
              total += score
            }
            hits.append(Hit(item: item, score: Int32(clamping: total)))
          }
          if let candidates {
            hits.reserveCapacity(candidates.count)
            for item in candidates { consider(item) }
          } else {
            hits.reserveCapacity(index.count)
            for item in 0..<Int32(index.count) { consider(item) }
          }
        }
      }
    }
    return hits
  }

  /// `hits` ordered best first: score descending, then shorter items, then input order.
  /// Runs in linear time (two stable counting sorts) when scores span a modest range.
  public static func ranked(_ hits: [Hit], in index: FuzzyIndex) -> [Int32] {
    guard hits.count > 1 else { return hits.map(\.item) }
    let lengths = hits.map { index.starts[Int($0.item) + 1] - index.starts[Int($0.item)] }
    let byLength = countingSort(Array(hits.indices), keys: lengths.map(Int.init))
    let byScore = countingSort(byLength, keys: hits.map { -Int($0.score) })
    return byScore.map { hits[$0].item }
  }

  /// Matched character positions of `item` for highlighting: per field, character offsets.
  public static func positions(_ query: FuzzyQuery, in index: FuzzyIndex, item: Int) -> [[Int]] {
    var result = Array(repeating: [Int](), count: index.items[item].count)
    var offsets: [Int] = []
    index.units.withUnsafeBufferPointer { units in
      index.meta.withUnsafeBufferPointer { meta in
        let text = Text(units: units, meta: meta)
        let start = Int(index.starts[item])
        let end = Int(index.starts[item + 1])
        for term in query.terms {
          _ = text.score(term, start: start, end: end, positions: &offsets)
        }
      }
    }
    for offset in Set(offsets).sorted() {
      let (field, character) = index.fieldPosition(item: item, offset: offset)
      result[field].append(character)
    }
    return result
  }

  /// Stable sort of `order` by `keys[element]` ascending; falls back to a comparison sort when the
  /// keys span more than a million values.
  private static func countingSort(_ order: [Int], keys: [Int]) -> [Int] {
    guard let low = keys.min(), let high = keys.max() else { return order }
    let span = high - low + 1
    guard span <= 1 << 20 else {
      return order.enumerated().sorted { ($0.element == $1.element ? $0.offset < $1.offset : keys[$0.element] < keys[$1.element]) }
        .map(\.element)
    }
    var counts = [Int](repeating: 0, count: span + 1)
    for element in order { counts[keys[element] - low + 1] += 1 }
    for bucket in 1...span { counts[bucket] += counts[bucket - 1] }
    var sorted = [Int](repeating: 0, count: order.count)
    for element in order {
      let bucket = keys[element] - low
      sorted[counts[bucket]] = element
      counts[bucket] += 1
    }
    return sorted
  }

  /// The flat unit and meta arrays, scanned without bounds checks' overhead.
  private struct Text {
    let units: UnsafeBufferPointer<UInt16>
    let meta: UnsafeBufferPointer<UInt8>

    @inline(__always)
    func matches(_ position: Int, _ term: FuzzyQuery.Term, _ index: Int) -> Bool {
      guard units[position] == term.units[index] else { return false }
      return !term.caseSensitive || ((meta[position] & FuzzyIndex.upperFlag) != 0) == term.upper[index]
    }

    /// The term's score within `start..<end`, or nil when it does not match; appends matched unit
    /// offsets (relative to `start`) to `positions` when given.
    func score(_ term: FuzzyQuery.Term, start: Int, end: Int, positions: UnsafeMutablePointer<[Int]>?) -> Int? {
      let count = term.units.count
      // Forward: the first place where the whole term has occurred in order.
      var next = 0
      var matchEnd = -1
      var position = start
      while position < end {
        if matches(position, term, next) {
          next += 1
          if next == count {
            matchEnd = position + 1
            break
          }
        }
        position += 1
      }
      guard matchEnd >= 0 else { return nil }
      // Backward: the shortest window ending there.
      var matchStart = matchEnd - 1
      next = count - 1
      while matchStart >= start {
        if matches(matchStart, term, next) {
          if next == 0 { break }
          next -= 1
        }
        matchStart -= 1
      }
      return windowScore(term, from: matchStart, to: matchEnd, itemStart: start, positions: positions)
    }

    private func windowScore(
      _ term: FuzzyQuery.Term, from: Int, to: Int, itemStart: Int, positions: UnsafeMutablePointer<[Int]>?
    ) -> Int {
      var next = 0
      var score = 0
      var inGap = false
      var consecutive = 0
      var firstBonus = 0
      for position in from..<to {
        if next < term.units.count && matches(position, term, next) {
          score += FuzzyScore.match
          var bonus = Int(meta[position] & ~FuzzyIndex.upperFlag)
          if consecutive == 0 {
            firstBonus = bonus
          } else {
            if bonus >= FuzzyScore.boundary && bonus > firstBonus { firstBonus = bonus }
            bonus = max(bonus, firstBonus, FuzzyScore.consecutive)
          }
          score += next == 0 ? bonus * FuzzyScore.firstCharMultiplier : bonus
          inGap = false
          consecutive += 1
          next += 1
          positions?.pointee.append(position - itemStart)
        } else {
          score += inGap ? FuzzyScore.gapExtension : FuzzyScore.gapStart
          inGap = true
          consecutive = 0
          firstBonus = 0
        }
      }
      return score
    }
  }
}
