/// One terminal cell: a grapheme cluster and its style.
///
/// A wide cluster (two columns) is stored in its left cell with `width == 2`; the cell to its right
/// is a continuation (`width == 0`) that the terminal does not draw.
public struct Cell: Hashable, Sendable {
  /// The grapheme cluster shown (a space for blank and continuation cells).
  public var character: Character
  /// Columns taken: 1, 2 for a wide cluster, 0 for the right half of a wide cluster.
  public var width: UInt8
  /// Role and attributes.
  public var style: Style

  /// A cell showing `character` (whose width must be 1 or 2) in `style`.
  public init(_ character: Character, width: Int, style: Style = .plain) {
    self.character = character
    self.width = UInt8(clamping: width)
    self.style = style
  }

  /// A blank cell in `style`.
  public static func blank(_ style: Style = .plain) -> Cell {
    Cell(" ", width: 1, style: style)
  }

  /// The right half of a wide cluster.
  static func continuation(_ style: Style) -> Cell {
    Cell(" ", width: 0, style: style)
  }

  /// Whether this is the right half of a wide cluster.
  public var isContinuation: Bool { width == 0 }
}
