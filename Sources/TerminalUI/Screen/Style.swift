/// What a cell means, which a theme turns into colours and attributes. Views draw roles, never raw
/// colours, so one screen renders in any theme and in mono.
///
/// The raw value is the name used in `.theme` files.
public enum Role: String, CaseIterable, Hashable, Sendable {
  /// Ordinary text.
  case text
  /// Secondary text: hints, counts, disabled-looking labels.
  case muted
  /// Box and separator lines.
  case border
  /// Form and group titles, field titles.
  case title
  /// Field and group descriptions.
  case description
  /// The focused field's marker bar and title.
  case focus
  /// Highlighted line or option under the cursor in a list.
  case selection
  /// The text cursor when drawn as a cell.
  case cursor
  /// Placeholder text in empty inputs.
  case placeholder
  /// Typed values inside an input.
  case input
  /// Validation messages and error states.
  case error
  /// Warnings.
  case warning
  /// Success messages.
  case success
  /// Informational messages.
  case info
  /// The required-field marker.
  case required
  /// Controls that cannot be used now.
  case disabled
  /// A button that is not focused.
  case button
  /// The focused button.
  case buttonFocus = "button_focus"
  /// The help line's descriptions.
  case help
  /// The help line's key names.
  case helpKey = "help_key"
  /// The status bar.
  case statusBar = "status_bar"
  /// A modal dialog's body.
  case dialog
  /// A modal dialog's frame and title.
  case dialogTitle = "dialog_title"
  /// Links (shown as text plus URL).
  case link
  /// Matched characters in filtered lists.
  case match
  /// Filled part of progress bars and sliders.
  case progress
  /// Code and literal values.
  case code

  /// The role a theme falls back to when it does not define this one.
  public var fallback: Role? {
    switch self {
    case .text: nil
    case .buttonFocus: .focus
    case .helpKey: .help
    case .dialogTitle: .title
    case .cursor: .selection
    default: .text
    }
  }
}

/// Text attributes that every terminal tier supports, mono included.
public struct Attributes: OptionSet, Hashable, Sendable {
  /// The bit set.
  public let rawValue: UInt8

  /// Attributes from bits.
  public init(rawValue: UInt8) {
    self.rawValue = rawValue
  }

  /// Bold (or bright).
  public static let bold = Attributes(rawValue: 1 << 0)
  /// Dim.
  public static let dim = Attributes(rawValue: 1 << 1)
  /// Italic (often shown as reverse or not at all).
  public static let italic = Attributes(rawValue: 1 << 2)
  /// Underline.
  public static let underline = Attributes(rawValue: 1 << 3)
  /// Reverse video.
  public static let reverse = Attributes(rawValue: 1 << 4)

  /// Names as written in theme files, in a fixed order.
  public static let names: [(String, Attributes)] = [
    ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
  ]

  /// Space-separated names, e.g. `bold underline`; empty when none.
  public var names: String {
    Attributes.names.filter { contains($0.1) }.map(\.0).joined(separator: " ")
  }
}

/// A cell's look: a theme role plus attributes added on top of the role's own.
public struct Style: Hashable, Sendable {
  /// The theme role.
  public var role: Role
  /// Attributes added to what the theme gives the role.
  public var attributes: Attributes

  /// A style of `role` with extra `attributes`.
  public init(_ role: Role = .text, _ attributes: Attributes = []) {
    self.role = role
    self.attributes = attributes
  }

  /// Plain text.
  public static let plain = Style()
}
