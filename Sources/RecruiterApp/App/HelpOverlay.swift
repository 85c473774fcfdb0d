import TerminalUI

/// The help overlay (F1, or `?` where it cannot be typed): the screen's keys and the app's.
enum HelpOverlay {
  /// The keys that work everywhere.
  static let appKeys = [
    KeyHelp("tab / shift+tab", "next / previous field"),
    KeyHelp("enter", "choose, or go on"),
    KeyHelp("esc", "back a field, then a step"),
    KeyHelp("f1 / ?", "help; ? outside text"),
    KeyHelp("ctrl+z", "suspend"),
    KeyHelp("ctrl+c", "quit (draft is kept)"),
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
    screen.put(
      "└" + String(repeating: "─", count: width - 2) + "┘", at: Point(x: box.minX, y: box.maxY - 1),
      style: frame)
    screen.put(" Keys ", at: Point(x: box.minX + 2, y: box.minY), style: Style(.dialogTitle, .bold))
    let clip = box.inset(top: 1, left: 2, bottom: 1, right: 2)
    let needed = screenKeys.count + appKeys.count + 4
    if needed <= clip.height || clip.width < 60 {
      var y = clip.minY
      section(
        "On this screen", screenKeys, in: Rect(x: clip.minX, y: y, width: clip.width, height: clip.maxY - y),
        on: &screen, y: &y)
      y += 1
      section(
        "Everywhere", appKeys, in: Rect(x: clip.minX, y: y, width: clip.width, height: clip.maxY - y),
        on: &screen, y: &y)
    } else {
      let leftWidth = (clip.width - 2) * 2 / 5
      var left = clip.minY
      var right = clip.minY
      section(
        "On this screen", screenKeys, in: Rect(x: clip.minX, y: left, width: leftWidth, height: clip.height),
        on: &screen, y: &left)
      let rightArea = Rect(
        x: clip.minX + leftWidth + 2, y: right, width: clip.width - leftWidth - 2, height: clip.height)
      section("Everywhere", appKeys, in: rightArea, on: &screen, y: &right)
    }
    screen.put(
      "esc, enter or f1 closes this help", at: Point(x: clip.minX, y: clip.maxY - 1), style: Style(.muted),
      clip: clip)
  }

  /// Draws a titled list of keys in `area` from row `y` (advanced past what it drew).
  private static func section(
    _ title: String, _ keys: [KeyHelp], in area: Rect, on screen: inout Screen, y: inout Int
  ) {
    guard y < area.maxY - 1 else { return }
    screen.put(title, at: Point(x: area.minX, y: y), style: Style(.title, .bold), clip: area)
    y += 1
    let keyWidth = min(18, keys.map(\.keys.displayWidth).max() ?? 0)
    for key in keys where y < area.maxY - 1 {
      screen.put(
        key.keys.padded(toWidth: keyWidth), at: Point(x: area.minX + 1, y: y), style: Style(.helpKey),
        clip: area)
      let room = area.width - keyWidth - 2
      screen.put(
        key.action.truncated(toWidth: room), at: Point(x: area.minX + 2 + keyWidth, y: y),
        style: Style(.dialog), clip: area)
      y += 1
    }
  }
}
