import Foundation
import TextSafety

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes to the process's standard streams: results to stdout, problems to stderr.
///
/// Every line passes through the one sanitiser on its way out, so no remote or stored string can
/// bring an escape sequence, a control or an invisible character to the terminal, whichever command
/// prints it. JSON is escaped with `SafeJSON` first, which leaves nothing for the sanitiser to remove.
///
/// When the reader of stdout goes away (`kombo-apply jobs | head`), the program ends the way Unix
/// tools do, by SIGPIPE, instead of crashing in Foundation's `FileHandle.write`.
enum Console {
  /// Prints a line to standard output.
  static func out(_ line: String = "") {
    if !write(Sanitizer.clean(line, keepNewlines: true) + "\n", to: STDOUT_FILENO) {
      signal(SIGPIPE, SIG_DFL)
      raise(SIGPIPE)
    }
  }

  /// Prints a line to standard error (a closed stderr is ignored).
  static func error(_ line: String) {
    _ = write(Sanitizer.clean(line, keepNewlines: true) + "\n", to: STDERR_FILENO)
  }

  /// Replaces the current line of standard error with `line` (a progress line on a terminal).
  static func errorInPlace(_ line: String) {
    _ = write("\r\u{1B}[2K" + Sanitizer.line(line, limit: 300), to: STDERR_FILENO)
  }

  /// Writes all of `text`; false when the stream is closed or fails.
  private static func write(_ text: String, to descriptor: Int32) -> Bool {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { buffer in
        #if canImport(Glibc)
          Glibc.write(descriptor, buffer.baseAddress, buffer.count)
        #else
          Darwin.write(descriptor, buffer.baseAddress, buffer.count)
        #endif
      }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return false }
      bytes = bytes.dropFirst(written)
    }
    return true
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
