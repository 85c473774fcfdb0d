import TextSafety

/// One problem with an import file, named by its row and column where it has them:
/// `row 17, column email: not an email address`.
public struct ImportProblem: Error, Sendable, Hashable, Codable {
  /// The row as a spreadsheet numbers it (the header is row 1; in JSONL, the line); `nil` for the file.
  public var row: Int?
  /// The column's header as in the file (in JSONL, the JSON path); `nil` for the whole row.
  public var column: String?
  /// What is wrong and what is allowed.
  public var message: String

  /// A problem of `row` (if any) in `column` (if any).
  public init(row: Int? = nil, column: String?, message: String) {
    self.row = row
    self.column = column
    self.message = message
  }

  /// `row 17, column email: message`, made safe for a terminal.
  public var line: String {
    var parts: [String] = []
    if let row { parts.append("row \(row)") }
    if let column { parts.append("column \(Sanitizer.line(column, limit: 80))") }
    let text = Sanitizer.line(message, limit: 600)
    return parts.isEmpty ? text : "\(parts.joined(separator: ", ")): \(text)"
  }
}

/// Why an import file cannot be read any further.
public enum ImportFileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// It cannot be opened or read.
  case unreadable(path: String, reason: String)
  /// It is not UTF-8 text; decoding failed in this row.
  case notUTF8(path: String, row: Int)
  /// It has no header row.
  case empty(path: String)
  /// A JSONL line is longer than any application can be.
  case lineTooLong(path: String, row: Int, limit: Int)

  /// A message for people, naming the file and what to do.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "cannot read \(Sanitizer.line(path)): \(reason)"
    case .notUTF8(let path, let row):
      "\(Sanitizer.line(path)) is not UTF-8 text (decoding failed in row \(row)); it may be a Latin-1 or "
        + "Windows-1252 export: save it as \"CSV UTF-8\" (or convert it with iconv -f latin1 -t utf-8) "
        + "and run the import again"
    case .empty(let path): "\(Sanitizer.line(path)) is empty: it needs a header row naming the columns"
    case .lineTooLong(let path, let row, let limit):
      "\(Sanitizer.line(path)), line \(row), is longer than \(ByteCount.format(limit)), more than one "
        + "application can be; send large files by URL"
    }
  }
}

/// One record of an import file before it is read as an application.
public struct ImportRow: Sendable, Equatable {
  /// What the record holds.
  public enum Content: Sendable, Equatable {
    /// A CSV record's fields, in column order.
    case fields([String])
    /// A JSONL line's bytes.
    case json([UInt8])
  }

  /// The row number (CSV: as a spreadsheet numbers it, the header being row 1; JSONL: the line).
  public var number: Int
  /// The record.
  public var content: Content

  /// A row.
  public init(number: Int, content: Content) {
    self.number = number
    self.content = content
  }
}

/// Reads an import file one record at a time, so memory does not grow with the file.
public protocol ImportRowSource: AnyObject {
  /// The header row (CSV), or `nil` (JSONL).
  var header: [String]? { get }
  /// The next record, `nil` at the end; blank lines are skipped.
  func next() throws(ImportFileError) -> ImportRow?
}
