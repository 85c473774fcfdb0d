/// A drawing window onto part of a `Screen`, in local coordinates.
///
/// Local (0, 0) is the region's top-left; everything drawn is clipped to the visible part. A region
/// can be taller than what is visible (a field scrolled half out of view): `origin` may then lie above
/// the clip, and drawing the hidden rows costs nothing.
public struct Canvas {
  /// The screen being drawn on.
  public fileprivate(set) var screen: Screen
  /// The screen position of local (0, 0).
  public let origin: Point
  /// The visible part, in screen coordinates.
  public let clip: Rect
  /// The region's full local size (may exceed the visible part).
  public let size: Size

  /// The whole region as a local rectangle.
  public var bounds: Rect { Rect(origin: .zero, size: size) }

  /// Draws one line of `text` at local `point`, clipped to the region.
  /// - Returns: the local column after the text.
  @discardableResult
  public mutating func put(_ text: some StringProtocol, at point: Point, style: Style = .plain) -> Int {
    let start = Point(x: origin.x + point.x, y: origin.y + point.y)
    guard point.x < size.width && point.y >= 0 && point.y < size.height else {
      return point.x + text.displayWidth
    }
    return screen.put(text, at: start, style: style, clip: clip) - origin.x
  }

  /// Fills the local `rect` with `character` in `style`.
  public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
    screen.fill(screenRect(rect), with: character, style: style)
  }

  /// Restyles the cells of the local `rect`, keeping their characters.
  public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
    screen.restyle(screenRect(rect), transform)
  }

  /// Shows the terminal cursor at local `point` (ignored when that point is not visible).
  public mutating func setCursor(_ point: Point) {
    let moved = Point(x: origin.x + point.x, y: origin.y + point.y)
    if clip.contains(moved) && bounds.contains(point) { screen.cursor = moved }
  }

  /// Runs `body` on the sub-region `rect` (local coordinates) of this canvas.
  @discardableResult
  public mutating func withRegion<Result>(_ rect: Rect, _ body: (inout Canvas) -> Result) -> Result {
    let visible = screenRect(rect)
    return screen.withCanvas(
      origin: Point(x: origin.x + rect.minX, y: origin.y + rect.minY), clip: visible, size: rect.size, body)
  }

  /// A local rectangle in screen coordinates, clipped to what this canvas may draw.
  private func screenRect(_ rect: Rect) -> Rect {
    let local = rect.intersection(bounds)
    return Rect(origin: Point(x: origin.x + local.minX, y: origin.y + local.minY), size: local.size)
      .intersection(clip)
  }
}

extension Screen {
  /// Runs `body` on a canvas whose local (0, 0) is `origin`, drawing only inside `clip`.
  /// - Parameter size: the region's full local size; defaults to the clip's size.
  @discardableResult
  public mutating func withCanvas<Result>(
    origin: Point, clip: Rect, size: Size? = nil, _ body: (inout Canvas) -> Result
  ) -> Result {
    var canvas = Canvas(
      screen: self, origin: origin, clip: clip.intersection(bounds), size: size ?? clip.size)
    self = Screen(size: .zero)
    defer { self = canvas.screen }
    return body(&canvas)
  }

  /// Runs `body` on a canvas covering the whole screen.
  @discardableResult
  public mutating func withCanvas<Result>(_ body: (inout Canvas) -> Result) -> Result {
    withCanvas(origin: .zero, clip: bounds, body)
  }
}
