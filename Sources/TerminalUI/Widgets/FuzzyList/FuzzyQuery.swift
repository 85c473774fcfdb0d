/// A parsed fuzzy query: space-separated terms, all of which must match (fzf's extended mode
/// without operators). A term with an upper-case letter matches case-sensitively (smart case);
/// accents are always ignored.
public struct FuzzyQuery: Equatable, Sendable {
  /// One term's folded units and, when case-sensitive, each unit's expected case.
  struct Term: Equatable, Sendable {
    let units: [UInt16]
    let upper: [Bool]
    let caseSensitive: Bool
  }

  /// The text as typed.
  public let text: String
  let terms: [Term]

  /// Parses `text`.
  public init(_ text: String) {
    self.text = text
    var folding = FuzzyIndex.Folding()
    terms = text.split(whereSeparator: \.isWhitespace).map { word in
      var units: [UInt16] = []
      var upper: [Bool] = []
      for character in word {
        guard let scalar = character.unicodeScalars.first, scalar.value != 0 else { continue }
        let folded = folding.foldQuery(scalar)
        units.append(folded.unit)
        upper.append(folded.isUpper)
      }
      return Term(units: units, upper: upper, caseSensitive: upper.contains(true))
    }.filter { !$0.units.isEmpty }
  }

  /// Whether the query matches everything (no terms).
  public var isEmpty: Bool { terms.isEmpty }

  /// Whether every item matching `self` also matches `longer`, so `longer` may search only this
  /// query's matches. True when `longer` extends this text: its terms are this query's terms with
  /// the last one possibly lengthened, plus possibly more terms.
  public func isNarrowed(by longer: FuzzyQuery) -> Bool {
    longer.text.hasPrefix(text) && longer.terms.count >= terms.count
  }
}
