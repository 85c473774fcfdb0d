import KomboAPI

/// Describes a NUMBER question's bounds and numbers in messages.
public enum NumberRange {
  /// ` between 1 and 10`, ` of at least 1`, ` of at most 10`, or empty when unbounded.
  static func describe(_ format: QuestionFormat.Number) -> String {
    switch (format.min, format.max) {
    case (let low?, let high?): " between \(text(low)) and \(text(high))"
    case (let low?, nil): " of at least \(text(low))"
    case (nil, let high?): " of at most \(text(high))"
    case (nil, nil): ""
    }
  }

  /// Whether `value` lies within the format's bounds.
  static func contains(_ value: Double, _ format: QuestionFormat.Number) -> Bool {
    (format.min.map { value >= $0 } ?? true) && (format.max.map { value <= $0 } ?? true)
  }

  /// `3` for whole numbers, `2.5` otherwise, `1e+19` beyond what prints exactly as an integer (never
  /// an unchecked conversion to an integer type: remote bounds such as 1e19 or NaN are shown, not
  /// trapped on).
  public static func text(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }
}
