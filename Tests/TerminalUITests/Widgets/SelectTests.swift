import Testing

@testable import TerminalUI

private let cities = ["Berlin", "München", "Zürich", "Paris", "São Paulo", "Tokyo", "東京 Office", "Bern"]
  .map { SelectOption($0) }

@Suite struct FilteredListTests {
  @Test(arguments: [
    ([ListViewport.Move.down], 1, 0), ([.up], 19, 16), ([.down, .down, .down, .down], 4, 1),
    ([.pageDown], 4, 1), ([.pageDown, .pageDown], 8, 5), ([.last], 19, 16), ([.last, .first], 0, 0),
    ([.halfPageDown], 2, 0), ([.last, .halfPageUp], 17, 16), ([.last, .down], 0, 0),
  ])
  func movesKeepTheCursorInTheWindow(moves: [ListViewport.Move], cursor: Int, top: Int) {
    var list = FilteredList(labels: (1...20).map { "Item \($0)" }, height: 4)
    for move in moves { list.move(move) }
    #expect(list.viewport.cursor == cursor)
    #expect(list.viewport.top == top)
    #expect(list.windowRows.contains(list.currentOption!))
  }

  @Test func filterIgnoresCaseAndAccents() {
    var list = FilteredList(labels: cities.map(\.label))
    list.setQuery("zur")
    #expect(list.rows == [2])
    list.setQuery("MUN")
    #expect(list.rows == [1])
    list.setQuery("sao")
    #expect(list.rows == [4])
    list.setQuery("東京")
    #expect(list.rows == [6])
    list.setQuery("ber")
    #expect(list.rows == [0, 7])
    #expect(list.highlights(option: 7) == 0..<3)
    list.setQuery("nothing")
    #expect(list.rows.isEmpty)
    #expect(list.currentOption == nil)
    list.move(.down)  // harmless on an empty list
    list.setQuery("")
    #expect(list.rows.count == cities.count)
  }

  @Test func cursorStaysOnItsOptionWhileItMatches() {
    var list = FilteredList(labels: cities.map(\.label))
    list.focus(option: 7)  // Bern
    list.setQuery("ber")
    #expect(list.currentOption == 7)
    list.setQuery("pa")
    #expect(list.currentOption == 3)  // Bern hidden: the first match
  }

  @Test func resizeKeepsTheCursorVisible() {
    var list = FilteredList(labels: (1...20).map { "Item \($0)" }, height: 10)
    list.move(.last)
    list.resize(height: 3)
    #expect(list.viewport.top == 17)
    list.resize(height: 0)
    #expect(list.viewport.height == 1)
    #expect(list.windowRows == [19])
  }
}

@Suite struct SelectModelTests {
  @Test func preselectsTheGivenValueAndScrollsToIt() {
    let select = SelectModel(options: cities, value: "Bern", height: 3)
    #expect(select.value == "Bern")
    #expect(select.list.currentOption == 7)
    #expect(select.list.windowRows.contains(7))
  }

  @Test func chooseTakesTheCursorOption() {
    var select = SelectModel(options: cities, isRequired: true)
    #expect(select.validationMessage == "Choose one of the 8 options.")
    select.move(.down)
    select.move(.down)
    #expect(select.value == nil)
    select.choose()
    #expect(select.value == "Zürich")
    #expect(select.validationMessage == nil)
  }

  @Test func filterThenChooseClearsTheFilter() {
    var select = SelectModel(options: cities)
    select.filter("to")
    #expect(select.list.rows == [5])
    select.choose()
    #expect(select.value == "Tokyo")
    #expect(select.list.query.isEmpty)
    #expect(select.list.rows.count == cities.count)
    #expect(select.list.currentOption == 5)
  }

  @Test func chosenOptionSurvivesAFilterThatHidesIt() {
    var select = SelectModel(options: cities, value: "Paris")
    select.filter("ber")
    #expect(select.value == "Paris")
    let handled1 = select.cancel()
    #expect(handled1)
    #expect(select.list.currentOption == 3)
    let handled2 = select.cancel()
    #expect(!handled2)
  }

  @Test func dropdownOpensOnMoveAndClosesOnChooseOrEsc() {
    var select = SelectModel(options: cities, value: "Paris", style: .dropdown)
    #expect(!select.showsOptions)
    select.move(.down)
    #expect(select.isOpen)
    #expect(select.list.currentOption == 3)
    select.move(.down)
    select.choose()
    #expect(!select.isOpen)
    #expect(select.value == "São Paulo")
    select.open()
    select.move(.down)
    let handled3 = select.cancel()
    #expect(handled3)
    #expect(!select.isOpen)
    #expect(select.value == "São Paulo")
    #expect(select.list.currentOption == 4)
  }

  @Test func typingOpensADropdownAndEscClearsTheFilterFirst() {
    var select = SelectModel(options: cities, style: .dropdown)
    select.filter("par")
    #expect(select.isOpen)
    let handled4 = select.cancel()
    #expect(handled4)
    #expect(select.isOpen)
    let handled5 = select.cancel()
    #expect(handled5)
    #expect(!select.isOpen)
  }

  @Test func chooseOnAnEmptyFilterKeepsThePreviousChoice() {
    var select = SelectModel(options: cities, value: "Tokyo")
    select.filter("zzz")
    select.choose()
    #expect(select.value == "Tokyo")
  }

  @Test func numberedChoiceForLineMode() {
    var select = SelectModel(options: cities)
    select.choose(option: 2)
    #expect(select.value == "Zürich")
    select.choose(option: 99)
    #expect(select.value == "Zürich")
  }
}

@Suite struct MultiSelectModelTests {
  @Test func spaceTogglesAndValuesKeepOptionOrder() {
    var multi = MultiSelectModel(options: cities)
    multi.move(.last)
    multi.toggle()
    multi.move(.first)
    multi.toggle()
    #expect(multi.values == ["Berlin", "Bern"])
    multi.toggle()
    #expect(multi.values == ["Bern"])
    #expect(multi.countLabel == "1 chosen")
  }

  @Test func limitRefusesTheNextChoiceWithANotice() {
    var multi = MultiSelectModel(options: cities, limit: 2)
    multi.toggle()
    multi.move(.down)
    multi.toggle()
    multi.move(.down)
    multi.toggle()
    #expect(multi.values == ["Berlin", "München"])
    #expect(multi.notice == "You can choose at most 2. Unselect one first.")
    #expect(multi.countLabel == "2 of 2 chosen")
    multi.move(.up)
    #expect(multi.notice == nil)
    multi.toggle()
    #expect(multi.values == ["Berlin"])
  }

  @Test func limitHoldsWhileFiltering() {
    // huh PR #800: the limit was bypassed while a filter was active.
    var multi = MultiSelectModel(options: cities, values: ["Tokyo", "Paris"], limit: 2)
    multi.filter("ber")
    multi.toggle()
    #expect(multi.values == ["Paris", "Tokyo"])
    #expect(multi.notice != nil)
    multi.toggleAll()
    #expect(multi.values == ["Paris", "Tokyo"])
    #expect(multi.notice == "Chose up to the limit of 2; 2 not chosen.")
  }

  @Test func selectAllStopsAtTheLimitInDisplayOrder() {
    var multi = MultiSelectModel(options: cities, limit: 3)
    multi.toggleAll()
    #expect(multi.values == ["Berlin", "München", "Zürich"])
    #expect(multi.notice == "Chose up to the limit of 3; 5 not chosen.")
  }

  @Test func selectAllWorksOnTheFilteredRowsAndTogglesBack() {
    var multi = MultiSelectModel(options: cities, values: ["Tokyo"])
    multi.filter("ber")
    multi.toggleAll()
    #expect(multi.values == ["Berlin", "Tokyo", "Bern"])
    multi.toggleAll()
    #expect(multi.values == ["Tokyo"])
    multi.cancel()
    multi.toggleAll()
    #expect(multi.values.count == cities.count)
    multi.toggleAll()
    #expect(multi.values.isEmpty)
  }

  @Test func hiddenChoicesSurviveFiltering() {
    var multi = MultiSelectModel(options: cities, values: ["Paris"])
    multi.filter("to")
    multi.toggle()
    let handled6 = multi.cancel()
    #expect(handled6)
    #expect(multi.values == ["Paris", "Tokyo"])
  }

  @Test func preselectionRespectsTheLimitAndMinimumIsValidated() {
    let multi = MultiSelectModel(options: cities, values: ["Paris", "Tokyo", "Bern"], limit: 2, minimum: 3)
    #expect(multi.values == ["Paris", "Tokyo"])
    #expect(multi.validationMessage == "Choose at least 3 options.")
    #expect(MultiSelectModel(options: cities, minimum: 1).validationMessage == "Choose at least one option.")
  }

  @Test func numberedToggleForLineMode() {
    var multi = MultiSelectModel(options: cities, limit: 1)
    multi.filter("zzz")
    multi.toggle(option: 3)
    #expect(multi.values == ["Paris"])
    multi.toggle(option: 4)
    #expect(multi.values == ["Paris"])
    #expect(multi.notice != nil)
  }
}
