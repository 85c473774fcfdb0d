import Foundation
import Testing

@testable import TerminalUI

@Suite struct NumberFieldTests {
  @Test(arguments: [
    ("42", "42"), (" 42 ", "42"), ("-7", "-7"), ("+7", "7"), ("007", "7"), ("0", "0"), ("3.0", "3"),
    ("\u{2212}5", "-5"),
  ])
  func integersParse(text: String, expected: String) {
    let field = NumberFieldModel(text: text)
    #expect(field.value.map(NumberFieldModel.format) == expected)
    #expect(field.validationMessage == nil)
  }

  @Test(arguments: [
    ("12.5", "12.5"), (".5", "0.5"), ("5.", "5"), ("-0.25", "-0.25"), ("0.1", "0.1"),
  ])
  func decimalsParseWithADot(text: String, expected: String) {
    let field = NumberFieldModel(text: text, kind: .decimal(places: 2))
    #expect(field.value.map(NumberFieldModel.format) == expected)
  }

  @Test(arguments: [
    "1e999", "1E5", "nan", "NaN", "inf", "-infinity", "abc", "12abc", "1.2.3", "0x1F", ".", "-",
    "1 000", "٣", "１２",
  ])
  func rejectsNonNumbersWithAnExample(text: String) throws {
    let field = NumberFieldModel(text: text, kind: .decimal(places: 2))
    #expect(field.value == nil)
    let message = try #require(field.validationMessage)
    #expect(message.contains("is not a number"))
    #expect(message.contains("e.g. 12.5"))
  }

  @Test func commaDecimalGetsATargetedMessage() {
    let field = NumberFieldModel(text: "1,5", kind: .decimal(places: 2))
    #expect(
      field.validationMessage
        == "\"1,5\" is not a number: use . for decimals; commas only between groups of three digits (70,000)."
    )
  }

  @Test(arguments: [("70,000", "70000"), ("1,250,000.50", "1250000.5"), ("-3,000", "-3000")])
  func englishThousandsGroupsAreTaken(text: String, value: String) {
    let field = NumberFieldModel(text: text, kind: .decimal(places: 2))
    #expect(field.value.map(NumberFieldModel.format) == value)
  }

  @Test(arguments: ["1,5", "70,00", "7,0000", "12,345,67", ",500"])
  func otherCommasAreRefused(text: String) {
    #expect(NumberFieldModel(text: text, kind: .decimal(places: 2)).value == nil)
  }

  @Test func integerFieldRefusesFractionsNamingTheRange() {
    let field = NumberFieldModel(text: "2.5", minimum: 1, maximum: 10)
    #expect(field.validationMessage == "Enter a whole number from 1 to 10, without decimals.")
  }

  @Test func decimalPlacesAreLimited() {
    let field = NumberFieldModel(text: "1.234", kind: .decimal(places: 2))
    #expect(field.validationMessage == "Use at most 2 digits after the decimal point.")
    #expect(NumberFieldModel(text: "1.230", kind: .decimal(places: 2)).validationMessage == nil)
  }

  @Test func tooManyDigitsIsRefused() {
    let text = String(repeating: "9", count: 31)
    #expect(NumberFieldModel(text: text).validationMessage == "\(text) has too many digits (at most 30).")
    #expect(NumberFieldModel(text: String(repeating: "9", count: 30)).validationMessage == nil)
  }

  @Test func rangeMessagesNameTheAllowedRange() {
    #expect(
      NumberFieldModel(text: "11", minimum: 1, maximum: 10).validationMessage
        == "11 is too large: enter a whole number from 1 to 10.")
    #expect(
      NumberFieldModel(text: "0", minimum: 1).validationMessage
        == "0 is too small: enter a whole number of at least 1.")
    #expect(
      NumberFieldModel(text: "5.5", kind: .decimal(places: 1), maximum: 5).validationMessage
        == "5.5 is too large: enter a number of at most 5.")
    #expect(
      NumberFieldModel(minimum: 1, maximum: 10, isRequired: true).validationMessage
        == "Enter a whole number from 1 to 10.")
    #expect(NumberFieldModel(minimum: 1, maximum: 10).validationMessage == nil)
  }

  @Test func upAndDownStepAndStopAtTheBoundsWithANotice() {
    var field = NumberFieldModel(text: "9", minimum: 1, maximum: 10)
    field.increment(by: 1)
    #expect(field.text == "10")
    #expect(field.notice == nil)
    field.increment(by: 1)
    #expect(field.text == "10")
    #expect(field.notice == "The maximum is 10.")
    field.setText("2")
    #expect(field.notice == nil)
    field.increment(by: -5)
    #expect(field.text == "1")
    #expect(field.notice == "The minimum is 1.")
  }

  @Test func steppingAnEmptyFieldStartsAtTheMinimumOrZero() {
    var bounded = NumberFieldModel(minimum: 3, maximum: 10)
    bounded.increment(by: 1)
    #expect(bounded.text == "3")
    var free = NumberFieldModel()
    free.increment(by: -1)
    #expect(free.text == "0")
  }

  @Test func decimalStepsAreExact() {
    var field = NumberFieldModel(text: "0.1", kind: .decimal(places: 2), step: Decimal(string: "0.1")!)
    field.increment(by: 1)
    #expect(field.text == "0.2")
    field.increment(by: 1)
    #expect(field.text == "0.3")
  }

  @Test func steppingInvalidTextKeepsItAndExplains() {
    var field = NumberFieldModel(text: "12abc")
    field.increment(by: 1)
    #expect(field.text == "12abc")
    #expect(field.notice?.contains("is not a number") == true)
  }

  @Test func sliderKnobFollowsTheValue() {
    #expect(NumberFieldModel(text: "0", minimum: 0, maximum: 10).sliderKnob(width: 11) == 0)
    #expect(NumberFieldModel(text: "5", minimum: 0, maximum: 10).sliderKnob(width: 11) == 5)
    #expect(NumberFieldModel(text: "10", minimum: 0, maximum: 10).sliderKnob(width: 11) == 10)
    #expect(NumberFieldModel(text: "11", minimum: 0, maximum: 10).sliderKnob(width: 11) == nil)
    #expect(NumberFieldModel(text: "5", minimum: 0).sliderKnob(width: 11) == nil)
    #expect(NumberFieldModel(text: "5", minimum: 0, maximum: 10).sliderKnob(width: 0) == nil)
  }

  @Test func formatNeverUsesExponentsOrGrouping() {
    #expect(NumberFieldModel.format(Decimal(string: "1234567.5")!) == "1234567.5")
    #expect(NumberFieldModel.format(Decimal(string: "100000000000000000000")!) == "100000000000000000000")
    #expect(NumberFieldModel.format(Decimal(string: "-0.001")!) == "-0.001")
  }
}

@Suite struct ToggleTests {
  @Test(arguments: [
    ("y", true), ("Y", true), ("yes", true), (" YES ", true), ("n", false), ("No", false),
    ("accept", true), ("a", true), ("decline", false), ("d", false),
  ])
  func typedAnswers(text: String, expected: Bool) {
    #expect(ToggleModel(affirmative: "Accept", negative: "Decline").answer(for: text) == expected)
  }

  @Test(arguments: ["", "maybe", "x", "yess"])
  func unknownAnswersAreNil(text: String) {
    #expect(ToggleModel().answer(for: text) == nil)
  }

  @Test func sharedFirstLetterIsNotAHotkey() {
    let toggle = ToggleModel(affirmative: "Submit", negative: "Save draft")
    #expect(toggle.answer(for: "s") == nil)
    #expect(toggle.answer(for: "y") == true)
  }

  @Test func toggleFlipsAndPromptShowsTheDefault() {
    var toggle = ToggleModel()
    #expect(toggle.lineModeChoices == "(y/N)")
    toggle.toggle()
    #expect(toggle.value)
    #expect(toggle.lineModeChoices == "(Y/n)")
  }
}
