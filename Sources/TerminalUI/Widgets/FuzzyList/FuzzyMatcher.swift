import Foundation
import Synchronization

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

  /// Below this many items a search runs on one thread; above, the items are split across cores.
  static let parallelThreshold = 16_384

  /// Items among `candidates` (all items when nil) that match `query`, in index order. Large
  /// searches are split into slices matched concurrently (like fzf's partitions), then joined.
  public static func matches(_ query: FuzzyQuery, in index: FuzzyIndex, candidates: [Int32]? = nil) -> [Hit] {
    let plan = Plan(query)
    let total = candidates?.count ?? index.count
    let slices = total >= parallelThreshold ? max(1, min(8, ProcessInfo.processInfo.activeProcessorCount)) : 1
    guard slices > 1 else { return matches(plan, index, candidates, 0..<total) }
    let results = SliceResults(count: slices)
    DispatchQueue.concurrentPerform(iterations: slices) { slice in
      let range = (total * slice / slices)..<(total * (slice + 1) / slices)
      results.store(matches(plan, index, candidates, range), at: slice)
    }
    return results.joined()
  }

  /// The matches among positions `range` of `candidates` (or of all items).
  private static func matches(_ plan: Plan, _ index: FuzzyIndex, _ candidates: [Int32]?, _ range: Range<Int>)
    -> [Hit]
  {
    var hits: [Hit] = []
    hits.reserveCapacity(range.count)
    withText(index, plan) { text, starts, masks in
      func consider(_ item: Int) {
        guard masks[item] & plan.mask == plan.mask else { return }
        let start = Int(starts[item])
        let end = Int(starts[item &+ 1])
        var total = 0
        for term in plan.terms {
          guard let score = text.score(term, start: start, end: end, positions: nil) else { return }
          total &+= score
        }
        hits.append(Hit(item: Int32(truncatingIfNeeded: item), score: Int32(clamping: total)))
      }
      if let candidates {
        for position in range { consider(Int(candidates[position])) }
      } else {
        for item in range { consider(item) }
      }
    }
    return hits
  }

  /// Per-slice results written by concurrent workers, each to its own slot.
  private final class SliceResults: Sendable {
    private let slots: Mutex<[[Hit]]>

    init(count: Int) { slots = Mutex(Array(repeating: [], count: count)) }

    func store(_ hits: [Hit], at slot: Int) { slots.withLock { $0[slot] = hits } }

    func joined() -> [Hit] { slots.withLock { Array($0.joined()) } }
  }

  /// `hits` ordered best first: score descending, then shorter items, then input order.
  /// One stable counting sort on a combined key when scores and lengths span a modest range (always,
  /// for realistic lists), else a comparison sort.
  public static func ranked(_ hits: [Hit], in index: FuzzyIndex) -> [Int32] {
    guard hits.count > 1 else { return hits.map(\.item) }
    return index.starts.withUnsafeBufferPointer { starts in
      func length(_ hit: Hit) -> Int { Int(starts[Int(hit.item) &+ 1] &- starts[Int(hit.item)]) }
      var lowScore = Int32.max
      var highScore = Int32.min
      var longest = 0
      for hit in hits {
        lowScore = min(lowScore, hit.score)
        highScore = max(highScore, hit.score)
        longest = max(longest, length(hit))
      }
      let lengths = longest + 1
      let buckets = (Int(highScore) - Int(lowScore) + 1) * lengths
      guard buckets <= 1 << 20 else {
        return hits.enumerated().sorted { left, right in
          if left.element.score != right.element.score { return left.element.score > right.element.score }
          let (a, b) = (length(left.element), length(right.element))
          return a != b ? a < b : left.offset < right.offset
        }.map(\.element.item)
      }
      func key(_ hit: Hit) -> Int { Int(highScore &- hit.score) &* lengths &+ length(hit) }
      var counts = [Int](repeating: 0, count: buckets + 1)
      for hit in hits { counts[key(hit) &+ 1] &+= 1 }
      for bucket in 1...buckets { counts[bucket] &+= counts[bucket &- 1] }
      var sorted = [Int32](repeating: 0, count: hits.count)
      for hit in hits {
        let bucket = key(hit)
        sorted[counts[bucket]] = hit.item
        counts[bucket] &+= 1
      }
      return sorted
    }
  }

  /// Matched character positions of `item` for highlighting: per field, character offsets.
  public static func positions(_ query: FuzzyQuery, in index: FuzzyIndex, item: Int) -> [[Int]] {
    var result = Array(repeating: [Int](), count: index.items[item].count)
    var offsets: [Int] = []
    withText(index, Plan(query)) { text, starts, _ in
      let start = Int(starts[item])
      let end = Int(starts[item + 1])
      for term in text.plan.terms {
        _ = text.score(term, start: start, end: end, positions: &offsets)
      }
    }
    for offset in Set(offsets).sorted() {
      let (field, character) = index.fieldPosition(item: item, offset: offset)
      result[field].append(character)
    }
    return result
  }

  /// Runs `body` with raw views of the index and the query plan (no copies, no bounds checks).
  private static func withText(
    _ index: FuzzyIndex, _ plan: Plan,
    _ body: (Text, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<UInt64>) -> Void
  ) {
    index.bytes.withUnsafeBufferPointer { bytes in
      index.units.withUnsafeBufferPointer { units in
        index.meta.withUnsafeBufferPointer { meta in
          index.starts.withUnsafeBufferPointer { starts in
            index.masks.withUnsafeBufferPointer { masks in
              plan.bytes.withUnsafeBufferPointer { queryBytes in
                plan.units.withUnsafeBufferPointer { queryUnits in
                  plan.upper.withUnsafeBufferPointer { queryUpper in
                    let text = Text(
                      bytes: bytes, units: units, meta: meta, queryBytes: queryBytes, queryUnits: queryUnits,
                      queryUpper: queryUpper, plan: plan)
                    body(text, starts, masks)
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /// A query flattened for the scanning loop: every term's units back to back.
  private struct Plan: Sendable {
    /// One term: where its units are in `units`, how many, and whether case must match.
    struct Term: Sendable {
      let offset: Int
      let count: Int
      let caseSensitive: Bool
    }

    let units: [UInt16]
    /// `FuzzyIndex.narrow` of each unit.
    let bytes: [UInt8]
    /// Per unit: `FuzzyIndex.upperFlag` when the query character is upper case.
    let upper: [UInt8]
    let terms: [Term]
    /// The summary bits every matching item must have.
    let mask: UInt64

    init(_ query: FuzzyQuery) {
      var units: [UInt16] = []
      var upper: [UInt8] = []
      var terms: [Term] = []
      var mask: UInt64 = 0
      for term in query.terms {
        terms.append(Term(offset: units.count, count: term.units.count, caseSensitive: term.caseSensitive))
        units += term.units
        upper += term.upper.map { $0 ? FuzzyIndex.upperFlag : 0 }
        for unit in term.units { mask |= FuzzyIndex.maskBit(unit) }
      }
      self.units = units
      self.bytes = units.map(FuzzyIndex.narrow)
      self.upper = upper
      self.terms = terms
      self.mask = mask
    }
  }

  /// The index's arrays and the query plan, scanned through raw buffers.
  private struct Text {
    let bytes: UnsafeBufferPointer<UInt8>
    let units: UnsafeBufferPointer<UInt16>
    let metaBytes: UnsafeBufferPointer<UInt8>
    let queryBytes: UnsafeBufferPointer<UInt8>
    let queryUnits: UnsafeBufferPointer<UInt16>
    let queryUpper: UnsafeBufferPointer<UInt8>
    let plan: Plan

    init(
      bytes: UnsafeBufferPointer<UInt8>, units: UnsafeBufferPointer<UInt16>, meta: UnsafeBufferPointer<UInt8>,
      queryBytes: UnsafeBufferPointer<UInt8>, queryUnits: UnsafeBufferPointer<UInt16>,
      queryUpper: UnsafeBufferPointer<UInt8>, plan: Plan
    ) {
      self.bytes = bytes
      self.units = units
      self.metaBytes = meta
      self.queryBytes = queryBytes
      self.queryUnits = queryUnits
      self.queryUpper = queryUpper
      self.plan = plan
    }

    @inline(__always)
    func meta(_ position: Int) -> UInt8 { metaBytes[position] }

    @inline(__always)
    func matches(_ position: Int, _ term: Plan.Term, _ index: Int) -> Bool {
      let wanted = queryBytes[term.offset &+ index]
      guard bytes[position] == wanted else { return false }
      if wanted >= 0x80 && units[position] != queryUnits[term.offset &+ index] { return false }
      return !term.caseSensitive || meta(position) & FuzzyIndex.upperFlag == queryUpper[term.offset &+ index]
    }

    /// The term's score within `start..<end`, or nil when it does not match; appends matched unit
    /// offsets (relative to `start`) to `positions` when given.
    func score(_ term: Plan.Term, start: Int, end: Int, positions: UnsafeMutablePointer<[Int]>?) -> Int? {
      let count = term.count
      // Forward: the first place where the whole term has occurred in order.
      var next = 0
      var matchEnd = -1
      var position = start
      var wanted = queryBytes[term.offset]
      while position < end {
        if bytes[position] == wanted && matches(position, term, next) {
          next &+= 1
          if next == count {
            matchEnd = position &+ 1
            break
          }
          wanted = queryBytes[term.offset &+ next]
        }
        position &+= 1
      }
      guard matchEnd >= 0 else { return nil }
      // Backward: the shortest window ending there.
      var matchStart = matchEnd - 1
      next = count - 1
      while matchStart >= start {
        if matches(matchStart, term, next) {
          if next == 0 { break }
          next &-= 1
        }
        matchStart &-= 1
      }
      return windowScore(term, from: matchStart, to: matchEnd, itemStart: start, positions: positions)
    }

    private func windowScore(
      _ term: Plan.Term, from: Int, to: Int, itemStart: Int, positions: UnsafeMutablePointer<[Int]>?
    ) -> Int {
      var next = 0
      var score = 0
      var inGap = false
      var consecutive = 0
      var firstBonus = 0
      for position in from..<to {
        if next < term.count && matches(position, term, next) {
          score += FuzzyScore.match
          var bonus = Int(meta(position) & ~FuzzyIndex.upperFlag)
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
