@preconcurrency import CNcursesw
import CursesShim
import TerminalUI

/// Turns styles into curses attributes and colour pairs for the terminal's colour depth.
///
/// Pairs are made on first use (`init_extended_pair`), never by redefining colours (`init_color` would
/// rewrite the user's palette). Lives on the curses thread.
struct CursesPalette {
  let theme: Theme
  let depth: ColorDepth
  /// Whether the terminal has only 8 colours (`TierStyle.fittedToEightColours`).
  let eightColours: Bool
  private var pairs: [TierStyle: Int32] = [:]
  private var cache: [Style: (attr_t, Int32)] = [:]

  init(theme: Theme, depth: ColorDepth, colours: Int) {
    self.theme = theme
    self.depth = depth
    self.eightColours = colours < 16
  }

  /// The attributes and pair for `style`.
  mutating func resolve(_ style: Style) -> (attributes: attr_t, pair: Int32) {
    if let known = cache[style] { return known }
    var tier = theme.resolve(style, depth: depth)
    if depth == .ansi16 && eightColours { tier = tier.fittedToEightColours() }
    let pair = depth == .mono ? 0 : pairNumber(foreground: tier.foreground, background: tier.background)
    let result = (CursesPalette.attributes(tier.attributes), pair)
    cache[style] = result
    return result
  }

  private mutating func pairNumber(foreground: TerminalColor?, background: TerminalColor?) -> Int32 {
    if foreground == nil && background == nil { return 0 }
    let key = TierStyle(foreground: foreground, background: background)
    if let pair = pairs[key] { return pair }
    let pair = Int32(pairs.count + 1)
    guard pair < COLOR_PAIRS else { return 0 }
    _ = cs_init_pair(pair, colourNumber(foreground), colourNumber(background))
    pairs[key] = pair
    return pair
  }

  private func colourNumber(_ colour: TerminalColor?) -> Int32 {
    switch colour {
    case nil, .terminalDefault?: return -1
    case .indexed(let index)?:
      guard depth == .truecolor && index >= 8 else { return Int32(index) }
      let rgb = TerminalColor.rgbValue(ofIndex: index)
      return Int32(rgb.red) << 16 | Int32(rgb.green) << 8 | Int32(rgb.blue)
    case .rgb(let red, let green, let blue)?:
      return Int32(red) << 16 | Int32(green) << 8 | Int32(blue)
    }
  }

  static func attributes(_ attributes: Attributes) -> attr_t {
    var result = attr_t(0)
    if attributes.contains(.bold) { result |= cs_A_BOLD() }
    if attributes.contains(.dim) { result |= cs_A_DIM() }
    if attributes.contains(.italic) { result |= cs_A_ITALIC() }
    if attributes.contains(.underline) { result |= cs_A_UNDERLINE() }
    if attributes.contains(.reverse) { result |= cs_A_REVERSE() }
    return result
  }
}
