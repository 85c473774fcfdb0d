import Foundation
import TextSafety

/// One row of an import file as the user wrote it, for showing beside its problems: each CSV column's
/// header with its value, or a JSONL line's JSON laid out over several lines.
public struct ImportRecord: Sendable, Equatable {
  /// One column and its value (JSONL: one line of the laid-out JSON, with an empty column).
  public struct Cell: Sendable, Equatable {
    /// The column's header as in the file.
    public var column: String
    /// The value as in the file, made safe for a terminal.
    public var value: String
  }

  /// The row number, as problems name it.
  public var row: Int
  /// The row's cells in file order.
  public var cells: [Cell]

  /// The record of `row` read with `header` (CSV) or as JSON text (JSONL).
  init(_ row: ImportRow, header: [String]?) {
    self.row = row.number
    switch row.content {
    case .fields(let fields):
      let names = header ?? []
      cells = fields.enumerated().map { index, value in
        Cell(
          column: Sanitizer.line(index < names.count ? names[index] : "column \(index + 1)", limit: 80),
          value: Sanitizer.line(value, limit: 400))
      }
    case .json(let bytes):
      let data = Data(bytes)
      let laidOut =
        (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
        .flatMap { try? JSONSerialization.data(withJSONObject: $0, options: [.prettyPrinted, .sortedKeys]) }
        ?? data
      cells = String(decoding: laidOut, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false
      )
      .map { Cell(column: "", value: Sanitizer.clean(String($0))) }
    }
  }
}

extension ImportPlan {
  /// Reads the file up to row `number` and returns it, `nil` when the file has no such row.
  public func record(row number: Int) throws(OpenFailure) -> ImportRecord? {
    let opened = try open()
    do throws(ImportFileError) {
      while let row = try opened.source.next() {
        if row.number == number { return ImportRecord(row, header: opened.source.header) }
        if row.number > number { return nil }
      }
    } catch {
      throw .file(error)
    }
    return nil
  }
}
