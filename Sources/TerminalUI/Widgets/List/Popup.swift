/// A popup drawn over the form (a dropdown's options, the calendar): an opaque, framed box kept
/// inside the screen, so nothing of the text under it shows through or runs into it. Popups are
/// placed from their field's position at every draw, so a resize places them again.
enum Popup {
  /// Clears `box` (moved and cut to fit the canvas), draws its frame and returns the inside; nil
  /// when not even a frame fits.
  @discardableResult
  static func draw(_ box: Rect, in canvas: inout Canvas) -> Rect? {
    let width = min(box.size.width, canvas.size.width)
    let height = min(box.size.height, canvas.size.height)
    guard width >= 3, height >= 3 else { return nil }
    let x = max(0, min(box.minX, canvas.size.width - width))
    let y = max(0, min(box.minY, canvas.size.height - height))
    let frame = Rect(x: x, y: y, width: width, height: height)
    canvas.fill(frame, style: Style(.dialog))
    let border = Style(.dialogTitle)
    let line = String(repeating: "─", count: width - 2)
    canvas.put("┌" + line + "┐", at: Point(x: x, y: y), style: border)
    for row in (y + 1)..<(y + height - 1) {
      canvas.put("│", at: Point(x: x, y: row), style: border)
      canvas.put("│", at: Point(x: x + width - 1, y: row), style: border)
    }
    canvas.put("└" + line + "┘", at: Point(x: x, y: y + height - 1), style: border)
    return Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2)
  }
}
