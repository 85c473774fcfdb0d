public import Foundation

/// The state of a number field: typed text, integer or decimal, optional bounds and a step.
///
/// Parsing is locale-independent: digits with an optional sign and `.` as the decimal mark. Exponents
/// (`1e999`), `nan`, `inf`, thousands separators and text are rejected with a message that says
/// what is allowed. Up/Down step the value and stop at the bounds with a notice naming them. The
/// typed text is never rewritten except by stepping.
public struct NumberFieldModel: Equatable, Sendable {
  /// Whether fractions are allowed.
  public enum Kind: Equatable, Sendable {
    /// Whole numbers only.
    case integer
    /// Decimals with up to `places` digits after the point.
    case decimal(places: Int)
  }

  /// What the user typed.
  public var text: String
  /// Integer or decimal.
  public let kind: Kind
  /// The smallest allowed value, if any.
  public let minimum: Decimal?
  /// The largest allowed value, if any.
  public let maximum: Decimal?
  /// How much Up/Down change the value.
  public let step: Decimal
  /// Whether an empty field is an error.
  public let isRequired: Bool
  /// A one-off notice from the last step (e.g. "The maximum is 10."), cleared by the next edit.
  public private(set) var notice: String?

  /// Numbers with more significant digits than this are refused (Decimal keeps 38 exactly).
  public static let maxDigits = 30

  /// A number field starting with `text`.
  public init(
    text: String = "", kind: Kind = .integer, minimum: Decimal? = nil, maximum: Decimal? = nil,
    step: Decimal = 1, isRequired: Bool = false
  ) {
    self.text = text
    self.kind = kind
    self.minimum = minimum
    self.maximum = maximum.map { Swift.max($0, minimum ?? $0) }
    self.step = step > 0 ? step : 1
    self.isRequired = isRequired
  }

  /// The value when the text is a valid number within bounds, else nil.
  public var value: Decimal? {
    guard case .success(let number) = parse(text), rangeMessage(for: number) == nil else { return nil }
    return number
  }

  /// Why the current text is not acceptable, or nil.
  public var validationMessage: String? {
    if text.trimmingSpaces.isEmpty { return isRequired ? "Enter \(nounPhrase)\(rangeSuffix)." : nil }
    switch parse(text) {
    case .failure(let error): return error.message
    case .success(let number): return rangeMessage(for: number)
    }
  }

  /// Replaces the text (an edit by the user) and clears the notice.
  public mutating func setText(_ newText: String) {
    text = newText
    notice = nil
  }

  /// Adds `count` steps (negative: subtracts). An empty field starts from the minimum, else 0, kept
  /// in bounds. Invalid text is left alone, with a notice. At a bound the value stops there and the
  /// notice names it.
  public mutating func increment(by count: Int) {
    let start: Decimal
    if text.trimmingSpaces.isEmpty {
      start = clamped(minimum ?? 0)
      text = Self.format(start)
      notice = nil
      return
    }
    switch parse(text) {
    case .failure(let error):
      notice = error.message
      return
    case .success(let number):
      start = number
    }
    let target = start + step * Decimal(count)
    let result = clamped(target)
    if result != target {
      notice =
        result == maximum
        ? "The maximum is \(Self.format(result))." : "The minimum is \(Self.format(result))."
    } else {
      notice = nil
    }
    text = Self.format(result)
  }

  /// Where the value sits between the bounds, 0...1; nil without both bounds or a valid value.
  public var fraction: Double? {
    guard let minimum, let maximum, maximum > minimum, let value else { return nil }
    let part = NSDecimalNumber(decimal: value - minimum).doubleValue
    let whole = NSDecimalNumber(decimal: maximum - minimum).doubleValue
    return Swift.min(1, Swift.max(0, part / whole))
  }

  /// The column (0..<width) of a slider knob for bounded numbers, or nil.
  public func sliderKnob(width: Int) -> Int? {
    guard width > 0, let fraction else { return nil }
    return Swift.min(width - 1, Int((fraction * Double(width - 1)).rounded()))
  }

  /// Why text is not a number; `message` names what is allowed.
  public struct ParseError: Error, Equatable, Sendable {
    /// A sentence for the user.
    public let message: String
  }

  /// Parses `text` into a number, or an error naming what is allowed. Thousands grouped with commas
  /// in the English way (`70,000`, `1,250,000.50`) are taken; any other comma is refused as ambiguous.
  public func parse(_ text: String) -> Result<Decimal, ParseError> {
    let trimmed = text.trimmingSpaces
    var body = Substring(Self.ungrouped(trimmed))
    var negative = false
    if let sign = body.first, sign == "-" || sign == "+" || sign == "\u{2212}" {
      negative = sign != "+"
      body = body.dropFirst()
    }
    let pieces = body.split(separator: ".", omittingEmptySubsequences: false)
    let allDigits = pieces.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    let hasDigits = pieces.contains { !$0.isEmpty }
    guard pieces.count <= 2, allDigits, hasDigits else {
      return .failure(ParseError(message: notANumberMessage(trimmed)))
    }
    let whole = pieces[0]
    let fractionPart = pieces.count == 2 ? pieces[1] : ""
    let significant = (whole + fractionPart).drop { $0 == "0" }
    guard significant.count <= Self.maxDigits else {
      return .failure(ParseError(message: "\(trimmed) has too many digits (at most \(Self.maxDigits))."))
    }
    let trimmedFraction = fractionPart.reversed().drop { $0 == "0" }.count
    switch kind {
    case .integer where trimmedFraction > 0:
      return .failure(ParseError(message: "Enter a whole number\(rangeSuffix), without decimals."))
    case .decimal(let places) where trimmedFraction > places:
      let digits = places == 1 ? "digit" : "digits"
      return .failure(ParseError(message: "Use at most \(places) \(digits) after the decimal point."))
    default: break
    }
    guard
      var number = Decimal(
        string: "\(whole.isEmpty ? "0" : whole).\(fractionPart.isEmpty ? "0" : fractionPart)",
        locale: Locale(identifier: "en_US_POSIX"))
    else { return .failure(ParseError(message: notANumberMessage(trimmed))) }
    if negative { number.negate() }
    return .success(number)
  }

  /// `text` without English thousands separators when every comma separates a group of three digits
  /// after one to three leading digits; otherwise `text` unchanged.
  static func ungrouped(_ text: String) -> String {
    let unsigned = text.drop { "+-\u{2212}".contains($0) }
    let whole = unsigned.prefix { $0 != "." }
    let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
    guard groups.count > 1, (1...3).contains(groups[0].count),
      groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), groups.dropFirst().allSatisfy({ $0.count == 3 })
    else { return text }
    return text.replacingOccurrences(of: ",", with: "")
  }

  /// A number as plain digits with `.` decimals, no grouping, no exponent.
  public static func format(_ number: Decimal) -> String {
    var copy = number
    var rounded = Decimal()
    NSDecimalRound(&rounded, &copy, 12, .plain)
    return NSDecimalNumber(decimal: rounded).description(withLocale: Locale(identifier: "en_US_POSIX"))
  }

  private var nounPhrase: String { kind == .integer ? "a whole number" : "a number" }

  /// ` from 1 to 10`, ` of at least 1`, ` of at most 10` or nothing.
  private var rangeSuffix: String {
    switch (minimum, maximum) {
    case (let low?, let high?): return " from \(Self.format(low)) to \(Self.format(high))"
    case (let low?, nil): return " of at least \(Self.format(low))"
    case (nil, let high?): return " of at most \(Self.format(high))"
    default: return ""
    }
  }

  private func notANumberMessage(_ text: String) -> String {
    let shown = text.count > 20 ? String(text.prefix(20)) + "…" : text
    if text.contains(","), text.replacingOccurrences(of: ",", with: ".").filter({ $0 == "." }).count == 1 {
      return
        "\"\(shown)\" is not a number: use . for decimals; commas only between groups of three digits (70,000)."
    }
    let example = kind == .integer ? "42" : "12.5"
    return "\"\(shown)\" is not a number. Enter \(nounPhrase)\(rangeSuffix) using digits, e.g. \(example)."
  }

  private func rangeMessage(for number: Decimal) -> String? {
    if let minimum, number < minimum {
      return "\(Self.format(number)) is too small: enter \(nounPhrase)\(rangeSuffix)."
    }
    if let maximum, number > maximum {
      return "\(Self.format(number)) is too large: enter \(nounPhrase)\(rangeSuffix)."
    }
    return nil
  }

  private func clamped(_ number: Decimal) -> Decimal {
    var result = number
    if let minimum, result < minimum { result = minimum }
    if let maximum, result > maximum { result = maximum }
    return result
  }
}
