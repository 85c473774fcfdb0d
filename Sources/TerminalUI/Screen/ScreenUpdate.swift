/// What changed between two screens: the runs of cells a terminal must redraw.
public struct ScreenUpdate: Sendable, Equatable {
  /// A horizontal run of changed cells on one row, starting at column `x`.
  public struct Run: Sendable, Equatable {
    /// Row.
    public var y: Int
    /// First column; never the right half of a wide cluster.
    public var x: Int
    /// The new cells, continuations included (a terminal skips those).
    public var cells: [Cell]
  }

  /// The size of the new screen.
  public var size: Size
  /// Whether the terminal must clear and redraw everything (first frame, new size).
  public var isFull: Bool
  /// The changed runs, top to bottom, left to right.
  public var runs: [Run]
  /// Where the cursor goes, or nil to hide it.
  public var cursor: Point?

  /// The number of cells in all runs.
  public var cellCount: Int { runs.reduce(0) { $0 + $1.cells.count } }
}

extension Screen {
  /// The update that turns `previous` into this screen: everything when there is no previous screen
  /// or the size changed, otherwise only the changed cells (a changed half of a wide cluster brings
  /// its other half along).
  public func changes(from previous: Screen?) -> ScreenUpdate {
    let width = size.width
    guard let previous, previous.size == size else {
      let runs = (0..<size.height).map { y in
        ScreenUpdate.Run(y: y, x: 0, cells: Array(cells[(y * width)..<((y + 1) * width)]))
      }
      return ScreenUpdate(size: size, isFull: true, runs: width == 0 ? [] : runs, cursor: cursor)
    }
    var runs: [ScreenUpdate.Run] = []
    for y in 0..<size.height {
      let row = y * width
      var x = 0
      while x < width {
        guard cells[row + x] != previous.cells[row + x] else {
          x += 1
          continue
        }
        var start = x
        if cells[row + start].isContinuation || previous.cells[row + start].isContinuation {
          start = max(0, start - 1)
        }
        var end = x + 1
        while end < width
          && (cells[row + end] != previous.cells[row + end] || cells[row + end].isContinuation)
        {
          end += 1
        }
        runs.append(ScreenUpdate.Run(y: y, x: start, cells: Array(cells[(row + start)..<(row + end)])))
        x = end
      }
    }
    return ScreenUpdate(size: size, isFull: false, runs: runs, cursor: cursor)
  }
}

extension Screen {
  /// Applies `update` as a terminal would: a full update replaces everything, otherwise only the
  /// runs are written. The cursor follows the update.
  public mutating func apply(_ update: ScreenUpdate) {
    if update.isFull || update.size != size { self = Screen(size: update.size) }
    for run in update.runs {
      for (offset, cell) in run.cells.enumerated() where run.x + offset < size.width {
        cells[run.y * size.width + run.x + offset] = cell
      }
    }
    cursor = update.cursor
  }
}
