import TerminalUI

/// The help overlay (F1, or `?` where it cannot be typed): the screen's keys and the app's.
enum HelpOverlay {
  /// The keys that work everywhere.
  static let appKeys = [
    KeyHelp("tab / shift+tab", "next / previous field"),
    KeyHelp("enter", "choose, or go on"),
    KeyHelp("esc", "back out of a list or step"),
    KeyHelp("f1", "this help (also ? outside text fields)"),
    KeyHelp("ctrl+z", "suspend"),
    KeyHelp("ctrl+c", "quit (the draft is kept)"),
  ]

  /// Draws the overlay over the content rows of `screen`.
  static func draw(on screen: inout Screen, screenKeys: [KeyHelp], isTyping: Bool) {
    let content = AppChrome.contentRect(screen.size)
    let width = min(screen.size.width - 4, 76)
    let box = Rect(x: (screen.size.width - width) / 2, y: content.minY, width: width, height: content.height)
    screen.fill(box, style: Style(.dialog))
    let frame = Style(.dialogTitle)
    screen.put("┌" + String(repeating: "─", count: width - 2) + "┐", at: box.origin, style: frame)
    for row in 1..<(box.height - 1) {
      screen.put("│", at: Point(x: box.minX, y: box.minY + row), style: frame)
      screen.put("│", at: Point(x: box.maxX - 1, y: box.minY + row), style: frame)
    }
    screen.put("└" + String(repeating: "─", count: width - 2) + "┘", at: Point(x: box.minX, y: box.maxY - 1), style: frame)
    screen.put(" Keys ", at: Point(x: box.minX + 2, y: box.minY), style: Style(.dialogTitle, .bold))
    var y = box.minY + 1
    let keyWidth = 18
    let clip = box.inset(top: 1, left: 2, bottom: 1, right: 2)
    func section(_ title: String, _ keys: [KeyHelp]) {
      guard y < clip.maxY else { return }
      screen.put(title, at: Point(x: clip.minX, y: y), style: Style(.title, .bold), clip: clip)
      y += 1
      for key in keys where y < clip.maxY {
        screen.put(key.keys.padded(toWidth: keyWidth), at: Point(x: clip.minX + 1, y: y), style: Style(.helpKey), clip: clip)
        screen.put(key.action, at: Point(x: clip.minX + 2 + keyWidth, y: y), style: Style(.dialog), clip: clip)
        y += 1
      }
    }
    section("On this screen", screenKeys)
    y += 1
    section("Everywhere", appKeys)
    if y < clip.maxY {
      screen.put("esc, enter or f1 closes this help", at: Point(x: clip.minX, y: clip.maxY - 1), style: Style(.muted), clip: clip)
    }
  }
}
