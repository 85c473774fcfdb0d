import PropertyBased
import Testing

@testable import TerminalUI

/// Ranked first fields of `items` for `query`.
private func ranked(_ query: String, _ items: [[String]]) -> [String] {
  var search = FuzzySearch(index: FuzzyIndex(items: items))
  search.update(query: query)
  return search.results.map { items[Int($0)][0] }
}

private func score(_ query: String, _ text: String) -> Int? {
  FuzzyMatcher.matches(FuzzyQuery(query), in: FuzzyIndex(items: [[text]])).first.map { Int($0.score) }
}

@Suite struct FuzzyScoringTests {
  @Test func scoresFollowFzf() {
    // B at a word start (10, doubled for the first character) then a consecutive a (inherits 10).
    #expect(score("ba", "Backend dev") == 16 + 20 + 16 + 10)
    // Mid-word b, then a consecutive a (the consecutive bonus, 4).
    #expect(score("ba", "Database admin") == 16 + 0 + 16 + 4)
    // A gap of four costs 3 + 1 + 1 + 1.
    #expect(score("sr", "Senior") == 16 + 20 - 6 + 16)
    #expect(score("xyz", "Senior") == nil)
  }

  @Test func wordStartsBeatMidWordMatches() {
    #expect(ranked("ba", [["Database admin"], ["Backend dev"]]) == ["Backend dev", "Database admin"])
    #expect(
      ranked("eng", [["Challenge lead"], ["Senior Engineer"]]) == ["Senior Engineer", "Challenge lead"])
  }

  @Test func consecutiveBeatsScattered() {
    let items = [["Senior Analyst Lead Engineer Support"], ["Sales Manager"]]
    #expect(ranked("sales", items) == ["Sales Manager", "Senior Analyst Lead Engineer Support"])
  }

  @Test func camelCaseAndDelimitersEarnBonuses() {
    #expect(score("c", "jobCode")! > score("c", "jobcode")!)
    #expect(score("pay", "ops/payments")! > score("pay", "opspayments")!)
  }

  @Test func smartCaseAndAccents() {
    let items = [["Sales engagement lead"], ["Engineer"], ["Zürich office"]]
    #expect(ranked("eng", items) == ["Engineer", "Sales engagement lead"])
    #expect(ranked("Eng", items) == ["Engineer"])
    #expect(ranked("zurich", items) == ["Zürich office"])
    #expect(ranked("ZÜR", items).isEmpty)  // case-sensitive: the item is "Zür", not "ZÜR"
    #expect(ranked("Zur", items) == ["Zürich office"])
  }

  @Test func termsAreAndedAcrossFields() {
    let items = [
      ["Backend Engineer", "JOB-1", "Engineering", "Berlin"],
      ["Backend Engineer", "JOB-2", "Engineering", "Paris"],
      ["Sales Manager", "JOB-3", "Sales", "Berlin"],
    ]
    var search = FuzzySearch(index: FuzzyIndex(items: items))
    search.update(query: "back berlin")
    #expect(search.results == [0])
    search.update(query: "engineering par")
    #expect(search.results == [1])
    search.update(query: "job-3")
    #expect(search.results == [2])
  }

  @Test func tiesGoToShorterThenEarlierItems() {
    let items = [["Designer, Product"], ["Designer"], ["Designer"]]
    #expect(ranked("des", items) == ["Designer", "Designer", "Designer, Product"])
    var search = FuzzySearch(index: FuzzyIndex(items: items))
    search.update(query: "des")
    #expect(search.results == [1, 2, 0])
  }

  @Test func nonLatinScriptsMatchAndEmojiNever() {
    let items = [["東京 Office"], ["Rocket 🚀 team"], ["Ελλάδα sales"]]
    #expect(ranked("東京", items) == ["東京 Office"])
    #expect(ranked("🚀", items).isEmpty)
    #expect(ranked("ελλαδα", items) == ["Ελλάδα sales"])
  }

  @Test func emptyQueryKeepsInputOrder() {
    var search = FuzzySearch(index: FuzzyIndex(items: [["b"], ["a"], ["c"]]))
    search.update(query: "a")
    search.update(query: "  ")
    #expect(search.results == [0, 1, 2])
  }
}

@Suite struct FuzzyHighlightTests {
  @Test func positionsPerFieldInCharacters() {
    var search = FuzzySearch(index: FuzzyIndex(items: [["Senior Engineer", "JOB-7", "Zürich"]]))
    search.update(query: "sen eng zur 7")
    #expect(search.highlights(item: 0) == [[0, 1, 2, 7, 8, 9], [4], [0, 1, 2]])
  }

  @Test func positionsCountGraphemesNotScalars() {
    // "é" written as e + combining accent is one character; "山田" are two.
    var search = FuzzySearch(index: FuzzyIndex(items: [["Re\u{301}sume\u{301} 山田 writer"]]))
    search.update(query: "山田w")
    #expect(search.highlights(item: 0) == [[7, 8, 10]])
  }

  @Test func highlightsUseTheShortestWindow() {
    var search = FuzzySearch(index: FuzzyIndex(items: [["a_b_c abc"]]))
    search.update(query: "abc")
    // Forward scan ends at the first c (index 4); the backward scan keeps the window a_b_c.
    #expect(search.highlights(item: 0) == [[0, 2, 4]])
    search.update(query: "")
    #expect(search.highlights(item: 0) == [[]])
  }
}

@Suite struct FuzzyIncrementalTests {
  static let words = [
    "Senior", "Backend", "Engineer", "Sales", "Manager", "Zürich", "Data", "Analyst", "东京", "Ops",
  ]

  /// Typing, deleting and retyping gives the same results as a fresh search every time.
  @Test func incrementalEqualsFromScratch() async {
    let words = Self.words
    let items: [[String]] = (0..<300).map { number in
      let title: String = words[number % 10] + " " + words[(number * 7) % 10]
      return [title, "JOB-\(number)", words[(number * 3) % 10]]
    }
    let index = FuzzyIndex(items: items)
    let alphabet: [String] = ["⌫", " "] + "seniorbackendENGzürichdatajob-1东".map { String($0) }
    let keys = Gen.int(in: 0...(alphabet.count - 1)).map { alphabet[$0] }
    await propertyCheck(count: 60, input: keys.array(of: 1...25)) { typed in
      var incremental = FuzzySearch(index: index)
      var text = ""
      for key in typed {
        if key == "⌫" { if !text.isEmpty { text.removeLast() } } else { text += key }
        incremental.update(query: text)
        var fresh = FuzzySearch(index: index)
        fresh.update(query: text)
        #expect(incremental.results == fresh.results, "query \(text)")
      }
    }
  }
}

@Suite struct FuzzyListModelTests {
  private let jobs = [
    (fields: ["Backend Engineer", "JOB-1", "Engineering", "Berlin"], value: "job-1"),
    (fields: ["Sales Manager", "JOB-2", "Sales", "Paris"], value: "job-2"),
    (fields: ["Data Analyst", "JOB-3", "Data", "Berlin"], value: "job-3"),
  ]

  @Test func typeMoveChoose() {
    var list = FuzzyListModel(items: jobs, isRequired: true)
    #expect(list.countLabel == "3 items")
    #expect(list.validationMessage != nil)
    list.setQuery("berlin")
    #expect(list.countLabel == "2 of 3")
    #expect(list.currentItem == 2)  // same score: the shorter item first
    list.move(.down)
    list.choose()
    #expect(list.value == "job-1")
    #expect(list.validationMessage == nil)
    list.setQuery("zzz")
    #expect(list.currentItem == nil)
    list.choose()
    #expect(list.value == "job-1")
  }

  @Test func cursorStaysVisibleInLongResults() {
    let many = (0..<50).map { (fields: ["Engineer \($0)"], value: $0) }
    var list = FuzzyListModel(items: many, height: 5)
    list.setQuery("eng")
    list.move(.pageDown)
    list.move(.pageDown)
    #expect(list.viewport.cursor == 10)
    #expect(list.viewport.window.contains(10))
    #expect(list.windowItems.count == 5)
  }
}
