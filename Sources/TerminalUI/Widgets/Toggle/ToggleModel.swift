/// A yes/no choice with its own labels (huh's Confirm): y/n set it, Left/Right/Space flip it.
public struct ToggleModel: Equatable, Sendable {
  /// The current answer.
  public var value: Bool
  /// The label for `true`, e.g. "Yes" or "Accept".
  public let affirmative: String
  /// The label for `false`, e.g. "No" or "Decline".
  public let negative: String

  /// A toggle starting at `value`.
  public init(value: Bool = false, affirmative: String = "Yes", negative: String = "No") {
    self.value = value
    self.affirmative = affirmative
    self.negative = negative
  }

  /// Flips the answer.
  public mutating func toggle() { value.toggle() }

  /// Reads a typed answer: `y`/`yes`/`n`/`no`, the labels, or a label's distinct first letter,
  /// ignoring case and surrounding spaces. Nil when the text is none of these.
  public func answer(for text: String) -> Bool? {
    let typed = text.trimmingSpaces.lowercased()
    guard !typed.isEmpty else { return nil }
    let yes = affirmative.lowercased()
    let no = negative.lowercased()
    if ["y", "yes", yes].contains(typed) { return true }
    if ["n", "no", no].contains(typed) { return false }
    if let first = yes.first, first != no.first, typed == String(first) { return true }
    if let first = no.first, first != yes.first, typed == String(first) { return false }
    return nil
  }

  /// The prompt suffix for line mode, e.g. `(y/N)` when the default is no.
  public var lineModeChoices: String { value ? "(Y/n)" : "(y/N)" }
}
