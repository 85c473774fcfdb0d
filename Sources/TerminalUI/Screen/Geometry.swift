/// A cell position: column `x`, row `y`, both from 0 at the top left.
public struct Point: Hashable, Sendable, CustomStringConvertible {
  /// Column, from 0.
  public var x: Int
  /// Row, from 0.
  public var y: Int

  /// A point at column `x`, row `y`.
  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }

  /// The top-left corner.
  public static let zero = Point(x: 0, y: 0)

  /// `x,y`.
  public var description: String { "\(x),\(y)" }
}

/// A size in cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
  /// Columns.
  public var width: Int
  /// Rows.
  public var height: Int

  /// A size of `width` columns by `height` rows (negative values become 0).
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// No cells at all.
  public static let zero = Size(width: 0, height: 0)

  /// `WxH`, as users read terminal sizes.
  public var description: String { "\(width)×\(height)" }
}

/// A rectangle of cells.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
  /// The top-left cell.
  public var origin: Point
  /// Width and height.
  public var size: Size

  /// A rectangle at `origin` of `size`.
  public init(origin: Point, size: Size) {
    self.origin = origin
    self.size = size
  }

  /// A rectangle from coordinates.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.init(origin: Point(x: x, y: y), size: Size(width: width, height: height))
  }

  /// Left column.
  public var minX: Int { origin.x }
  /// Top row.
  public var minY: Int { origin.y }
  /// One past the right column.
  public var maxX: Int { origin.x + size.width }
  /// One past the bottom row.
  public var maxY: Int { origin.y + size.height }
  /// Width in columns.
  public var width: Int { size.width }
  /// Height in rows.
  public var height: Int { size.height }
  /// Whether the rectangle holds no cell.
  public var isEmpty: Bool { size.width == 0 || size.height == 0 }

  /// Whether `point` is inside.
  public func contains(_ point: Point) -> Bool {
    point.x >= minX && point.x < maxX && point.y >= minY && point.y < maxY
  }

  /// The overlap of two rectangles (empty, at the clamped origin, when they do not meet).
  public func intersection(_ other: Rect) -> Rect {
    let left = max(minX, other.minX)
    let top = max(minY, other.minY)
    let right = min(maxX, other.maxX)
    let bottom = min(maxY, other.maxY)
    return Rect(x: left, y: top, width: max(0, right - left), height: max(0, bottom - top))
  }

  /// This rectangle shrunk by the given margins (never below zero size).
  public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
    Rect(x: minX + left, y: minY + top, width: width - left - right, height: height - top - bottom)
  }

  /// `x,y WxH`.
  public var description: String { "\(origin) \(size)" }
}
