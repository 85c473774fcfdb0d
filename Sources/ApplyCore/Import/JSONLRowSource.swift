import Foundation

/// A JSONL import file read line by line in 64 KB chunks: each non-blank line one application (see
/// ``ImportRowParser``). A UTF-8 byte order mark and CR line ends are accepted; a line that is not
/// UTF-8 stops the import naming the line.
public final class JSONLRowSource: ImportRowSource {
  /// The longest line accepted: the largest body `submit --body` takes.
  public static let maxLineBytes = Validator.defaultMaxTotalFileBytes / 3 * 4 + (1 << 20)

  /// JSONL has no header.
  public let header: [String]? = nil
  private let path: String
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private var position = 0
  private var atEnd = false
  private var lineNumber = 0

  /// Opens `path` (a regular file).
  public init(path: String) throws(ImportFileError) {
    self.path = path
    try ImportFile.checkRegular(path)
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .unreadable(path: path, reason: "it cannot be opened")
    }
    self.handle = handle
  }

  deinit { try? handle.close() }

  /// The next non-blank line.
  public func next() throws(ImportFileError) -> ImportRow? {
    while let line = try nextLine() {
      lineNumber += 1
      var bytes = line
      if lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
      if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
      guard String(validating: bytes, as: UTF8.self) != nil else {
        throw .notUTF8(path: path, row: lineNumber)
      }
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      return ImportRow(number: lineNumber, content: .json(bytes))
    }
    return nil
  }

  private func nextLine() throws(ImportFileError) -> [UInt8]? {
    while true {
      if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
        let line = Array(buffer[position..<newline])
        position = newline + 1
        return line
      }
      if buffer.count - position > Self.maxLineBytes {
        throw .lineTooLong(path: path, row: lineNumber + 1, limit: Self.maxLineBytes)
      }
      if atEnd {
        guard position < buffer.count else { return nil }
        let line = Array(buffer[position...])
        position = buffer.count
        return line
      }
      buffer.removeFirst(position)
      position = 0
      let chunk: Data
      do {
        chunk = try handle.read(upToCount: 1 << 16) ?? Data()
      } catch {
        throw .unreadable(
          path: path, reason: "reading line \(lineNumber + 1) failed: \(error.localizedDescription)")
      }
      if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
    }
  }
}
