import TextSafety

/// A grid of cells: what a view produces and a terminal shows.
///
/// Text put on a screen is sanitised first, so control characters and escape sequences never become
/// cells. Wide clusters occupy two columns; overwriting either half of one blanks the other half, and
/// a wide cluster that would cross the clip edge is drawn as a blank instead.
public struct Screen: Hashable, Sendable {
  /// Columns and rows.
  public let size: Size
  /// Cells, row by row.
  public internal(set) var cells: [Cell]
  /// Where the terminal's cursor should show (a text input's caret), or nil to hide it.
  public var cursor: Point?

  /// A screen of `size` filled with blanks in `style`.
  public init(size: Size, style: Style = .plain) {
    self.size = size
    self.cells = Array(repeating: .blank(style), count: size.width * size.height)
  }

  /// The whole screen as a rectangle.
  public var bounds: Rect { Rect(origin: .zero, size: size) }

  /// The cell at column `x`, row `y` (both must be inside).
  public subscript(x: Int, y: Int) -> Cell {
    cells[y * size.width + x]
  }

  /// Draws one line of `text` from `point`, clipped to `clip` (default: the whole screen).
  ///
  /// - Returns: the column after the last cell drawn (or that would have been drawn, when clipped),
  ///   so calls can be chained along a line.
  @discardableResult
  public mutating func put(
    _ text: some StringProtocol, at point: Point, style: Style = .plain, clip: Rect? = nil
  )
    -> Int
  {
    let area = (clip ?? bounds).intersection(bounds)
    var x = point.x
    guard point.y >= area.minY && point.y < area.maxY else { return x + text.displayWidth }
    let clean = Sanitizer.clean(text)
    if clean.utf8.allSatisfy({ $0 < 0x80 }) {
      // Printable ASCII after cleaning: one column per byte, no grapheme breaking needed.
      for byte in clean.utf8 {
        if x >= area.maxX { return x + clean.utf8.count - (x - point.x) }
        if x >= area.minX {
          place(Cell(Character(Unicode.Scalar(byte)), width: 1, style: style), x: x, y: point.y)
        }
        x += 1
      }
      return x
    }
    for character in clean {
      let width = character.displayWidth
      guard width > 0 else { continue }
      if x >= area.maxX { return x + width }
      if x >= area.minX {
        if x + width > area.maxX {
          place(.blank(style), x: x, y: point.y)
        } else {
          place(Cell(character, width: width, style: style), x: x, y: point.y)
        }
      }
      x += width
    }
    return x
  }

  /// Fills `rect` (clipped to the screen) with `character` in `style`.
  public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    let cell = Cell(character.displayWidth == 1 ? character : " ", width: 1, style: style)
    for y in area.minY..<area.maxY {
      for x in area.minX..<area.maxX { place(cell, x: x, y: y) }
    }
  }

  /// Changes the style of every cell in `rect`, keeping characters (e.g. to highlight a line).
  public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    for y in area.minY..<area.maxY {
      for x in area.minX..<area.maxX {
        cells[y * size.width + x].style = transform(cells[y * size.width + x].style)
      }
    }
  }

  /// Copies `source` onto this screen with its top-left at `origin`, clipped to `clip`.
  /// The source's cursor is carried over when it lands inside the clip.
  public mutating func blit(_ source: Screen, at origin: Point, clip: Rect? = nil) {
    let area = (clip ?? bounds).intersection(bounds)
    for sy in 0..<source.size.height {
      let y = origin.y + sy
      guard y >= area.minY && y < area.maxY else { continue }
      for sx in 0..<source.size.width {
        let x = origin.x + sx
        guard x >= area.minX && x < area.maxX else { continue }
        let cell = source[sx, sy]
        if cell.isContinuation { continue }
        if cell.width == 2 && x + 1 >= area.maxX {
          place(.blank(cell.style), x: x, y: y)
        } else {
          place(cell, x: x, y: y)
        }
      }
    }
    if let sourceCursor = source.cursor {
      let moved = Point(x: origin.x + sourceCursor.x, y: origin.y + sourceCursor.y)
      if area.contains(moved) { cursor = moved }
    }
  }

  /// Writes one cell (and the continuation of a wide one), repairing wide clusters it overlaps.
  private mutating func place(_ cell: Cell, x: Int, y: Int) {
    let row = y * size.width
    let old = cells[row + x]
    if old.isContinuation && x > 0 {
      cells[row + x - 1] = .blank(cells[row + x - 1].style)
    }
    if old.width == 2 && x + 1 < size.width {
      cells[row + x + 1] = .blank(old.style)
    }
    cells[row + x] = cell
    guard cell.width == 2 && x + 1 < size.width else { return }
    if cells[row + x + 1].width == 2 && x + 2 < size.width {
      cells[row + x + 2] = .blank(cells[row + x + 2].style)
    }
    cells[row + x + 1] = .continuation(cell.style)
  }
}
