import Foundation

/// Writes to the process's standard streams: results to stdout, problems to stderr.
enum Console {
  /// Prints a line to standard output.
  static func out(_ line: String = "") {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }

  /// Prints a line to standard error.
  static func error(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// Pads `rows` into columns separated by two spaces (the last column is not padded).
  static func table(_ rows: [[String]]) -> [String] {
    guard let columns = rows.map(\.count).max(), columns > 0 else { return [] }
    var widths = Array(repeating: 0, count: columns)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    return rows.map { row in
      row.enumerated().map { index, cell in
        index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
      }.joined(separator: "  ")
    }
  }
}
