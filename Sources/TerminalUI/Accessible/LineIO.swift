import Foundation

/// Where the accessible line mode reads answers and writes questions.
public protocol LineIO {
  /// Writes text as is (the runner sanitises it first).
  mutating func write(_ text: String)
  /// Reads one line without its newline, or nil at the end of input.
  mutating func readLine() -> String?
}

/// Standard input and output.
public struct StandardLineIO: LineIO {
  /// Line I/O on stdin/stdout.
  public init() {}

  /// Prints `text` without adding a newline, at once (also when the output is a pipe or a file, so a
  /// prompt is there before its answer is read).
  public mutating func write(_ text: String) {
    print(text, terminator: "")
    fflush(nil)
  }

  /// Reads a line from standard input.
  public mutating func readLine() -> String? {
    Swift.readLine(strippingNewline: true)
  }
}
