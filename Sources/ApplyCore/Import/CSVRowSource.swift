import CSV
import Foundation

/// A CSV import file read record by record with CSV.swift's streaming reader: RFC 4180 quoting (commas,
/// quotes and newlines inside quoted fields), CRLF or LF line ends, a UTF-8 byte order mark, and `,`,
/// `;` or tab as delimiter (detected from the header row unless given).
///
/// A file that is not UTF-8 stops with ``ImportFileError/notUTF8(path:row:)`` naming the row where
/// decoding failed: nothing is guessed or mangled.
public final class CSVRowSource: ImportRowSource {
  /// The delimiters detected in a header row.
  public static let delimiters: [UnicodeScalar] = [",", ";", "\t"]

  /// The header row.
  public private(set) var header: [String]?
  /// The delimiter in use.
  public let delimiter: UnicodeScalar
  private let path: String
  private let reader: CSVReader
  private var lastNumber = 1
  private var atEnd = false

  /// Opens `path` (a regular file); `delimiter` `nil` detects it from the header row.
  public init(path: String, delimiter: UnicodeScalar? = nil) throws(ImportFileError) {
    self.path = path
    try ImportFile.checkRegular(path)
    if let delimiter {
      self.delimiter = delimiter
    } else {
      self.delimiter = try Self.detectDelimiter(path: path)
    }
    guard let stream = InputStream(fileAtPath: path) else {
      throw .unreadable(path: path, reason: "it cannot be opened")
    }
    do {
      reader = try CSVReader(stream: stream, hasHeaderRow: false, delimiter: self.delimiter)
    } catch {
      throw .unreadable(path: path, reason: "it cannot be opened")
    }
    guard let first = try readRecord(number: 1) else { throw .empty(path: path) }
    header = first
  }

  /// The next record; blank lines are skipped (their row numbers still count).
  public func next() throws(ImportFileError) -> ImportRow? {
    while true {
      let number = lastNumber + 1
      guard let fields = try readRecord(number: number) else { return nil }
      lastNumber = number
      if fields.count == 1, fields[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }
      return ImportRow(number: number, content: .fields(fields))
    }
  }

  private func readRecord(number: Int) throws(ImportFileError) -> [String]? {
    guard !atEnd else { return nil }
    let fields = reader.next()
    switch reader.error {
    case nil:
      return fields
    case CSVError.unicodeDecoding?:
      throw .notUTF8(path: path, row: number)
    case CSVError.cannotReadFile?:
      // What CSV.swift reports when a read at the end of the file returns no byte (on Linux, a file
      // stream says it has bytes until a read finds none): the file ended.
      atEnd = true
      return fields
    case let error?:
      throw .unreadable(path: path, reason: "reading row \(number) failed: \(error)")
    }
  }

  /// The delimiter used most outside quotes in the first line: `,`, `;` or tab (`,` when none is used).
  static func detectDelimiter(path: String) throws(ImportFileError) -> UnicodeScalar {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .unreadable(path: path, reason: "it cannot be opened")
    }
    defer { try? handle.close() }
    let start = (try? handle.read(upToCount: 1 << 16)) ?? Data()
    return detectDelimiter(in: start)
  }

  /// The delimiter of the first line of `bytes` (see ``detectDelimiter(path:)``).
  static func detectDelimiter(in bytes: Data) -> UnicodeScalar {
    var counts: [UInt8: Int] = [:]
    var quoted = false
    for byte in bytes {
      if byte == UInt8(ascii: "\"") { quoted.toggle() }
      if quoted { continue }
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
      counts[byte, default: 0] += 1
    }
    let count = { (scalar: UnicodeScalar) in counts[UInt8(scalar.value), default: 0] }
    // `max` keeps the first of equal counts, so a tie goes to the comma.
    guard let best = delimiters.max(by: { count($0) < count($1) }), count(best) > 0 else { return "," }
    return best
  }
}
