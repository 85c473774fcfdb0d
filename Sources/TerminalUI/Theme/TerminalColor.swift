/// A colour as a theme names it.
public enum TerminalColor: Hashable, Sendable {
  /// The terminal's own default foreground or background.
  case terminalDefault
  /// A palette index: 0–15 are the user's ANSI colours, 16–255 the xterm cube and greys.
  case indexed(Int)
  /// A 24-bit colour.
  case rgb(red: UInt8, green: UInt8, blue: UInt8)

  /// The ANSI colour names, in palette order.
  public static let ansiNames = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "brightblack", "brightred", "brightgreen", "brightyellow", "brightblue", "brightmagenta", "brightcyan",
    "brightwhite",
  ]

  /// Parses `default`, an ANSI name, `0`–`255` or `#rrggbb`; nil when it is none of these.
  public init?(name: Substring) {
    let lowered = name.lowercased()
    if lowered == "default" {
      self = .terminalDefault
    } else if let index = TerminalColor.ansiNames.firstIndex(of: lowered) {
      self = .indexed(index)
    } else if let index = Int(lowered), (0...255).contains(index) {
      self = .indexed(index)
    } else if lowered.hasPrefix("#"), lowered.count == 7, let value = UInt32(lowered.dropFirst(), radix: 16) {
      self = .rgb(red: UInt8(value >> 16), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
    } else {
      return nil
    }
  }

  /// The colour as written in theme files.
  public var name: String {
    switch self {
    case .terminalDefault: return "default"
    case .indexed(let index): return index < 16 ? TerminalColor.ansiNames[index] : "\(index)"
    case .rgb(let red, let green, let blue):
      return "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
  }

  /// The 24-bit value of a palette index as xterm shows it by default (for direct-colour terminals).
  public static func rgbValue(ofIndex index: Int) -> (red: UInt8, green: UInt8, blue: UInt8) {
    let base: [(UInt8, UInt8, UInt8)] = [
      (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
      (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255),
      (0, 255, 255), (255, 255, 255),
    ]
    switch index {
    case 0..<16:
      return base[index]
    case 16..<232:
      let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
      let cube = index - 16
      return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
    default:
      let grey = UInt8(8 + 10 * (min(index, 255) - 232))
      return (grey, grey, grey)
    }
  }
}

/// How many colours the terminal can show; picks the theme column used.
public enum ColorDepth: Int, Comparable, CaseIterable, Sendable {
  /// No colour: attributes only (also what `NO_COLOR` asks for).
  case mono
  /// The 8/16 ANSI colours.
  case ansi16
  /// 256 colours.
  case palette256
  /// 24-bit direct colour.
  case truecolor

  /// The tier's name in theme files and messages.
  public var tierName: String {
    switch self {
    case .mono: "mono"
    case .ansi16: "16"
    case .palette256: "256"
    case .truecolor: "truecolor"
    }
  }

  /// Earlier cases have fewer colours.
  public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The depth for a terminal reporting `colors` (terminfo `colors`), with `NO_COLOR` (non-empty)
  /// forcing mono.
  public static func detect(colors: Int, environment: [String: String]) -> ColorDepth {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .mono }
    switch colors {
    case 0x100_0000...: return .truecolor
    case 256...: return .palette256
    case 8...: return .ansi16
    default: return .mono
    }
  }
}

/// One role's look in one colour tier.
public struct TierStyle: Hashable, Sendable {
  /// Foreground, or nil for the terminal default.
  public var foreground: TerminalColor?
  /// Background, or nil for the terminal default.
  public var background: TerminalColor?
  /// Attributes.
  public var attributes: Attributes

  /// A tier style.
  public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, attributes: Attributes = [])
  {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// `fg on bg attrs`, as written in theme files; nil when it is all the terminal's defaults.
  public var label: String? {
    let shown = { (colour: TerminalColor?) in colour == .terminalDefault ? nil : colour }
    let parts = [
      shown(foreground).map(\.name), shown(background).map { "on " + $0.name },
      attributes.isEmpty ? nil : attributes.names,
    ].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }
}
