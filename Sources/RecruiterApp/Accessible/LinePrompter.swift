import Foundation
public import TerminalUI
import TextSafety

/// Line-by-line questions and answers over a `LineIO`, for the accessible mode: plain sentences,
/// numbered choices, yes/no, re-asked with the reason when an answer does not fit. Everything written
/// is sanitised (no escape sequences) and runs of blank lines are collapsed to one, so a screen reader
/// reads no noise.
public struct LinePrompter<IO: LineIO>: LineIO {
  /// The terminal's lines.
  public private(set) var io: IO
  /// Whether input has ended (a read returned nothing).
  public private(set) var inputEnded = false
  private var atLineStart = true
  private var blankLines = 1

  /// A prompter over `io`.
  public init(io: IO) {
    self.io = io
  }

  /// Writes `text`, sanitised, dropping a blank line that would follow another blank line.
  public mutating func write(_ text: String) {
    for character in Sanitizer.clean(text, keepNewlines: true) {
      if character == "\n" {
        if atLineStart {
          guard blankLines == 0 else { continue }
          blankLines += 1
        } else {
          blankLines = 0
        }
        atLineStart = true
        io.write("\n")
      } else {
        atLineStart = false
        io.write(String(character))
      }
    }
  }

  /// Reads an answer (a typed line ends the output line).
  public mutating func readLine() -> String? {
    let line = io.readLine()
    if line == nil { inputEnded = true }
    atLineStart = true
    blankLines = 0
    return line
  }

  /// Writes one line.
  public mutating func say(_ text: String = "") {
    write(text + "\n")
  }

  /// Asks `question` and returns the answer, or nil at the end of input.
  public mutating func ask(_ question: String) -> String? {
    write(question + "\n> ")
    return readLine()
  }

  /// Asks a yes/no question; Enter alone takes `defaultAnswer`. Nil at the end of input.
  public mutating func confirm(_ question: String, default defaultAnswer: Bool) -> Bool? {
    let hint = defaultAnswer ? "(Y/n)" : "(y/N)"
    while true {
      guard let answer = ask("\(question) \(hint)")?.trimmingCharacters(in: .whitespaces).lowercased() else {
        return nil
      }
      switch answer {
      case "": return defaultAnswer
      case "y", "yes": return true
      case "n", "no": return false
      default: say("! Answer y for yes or n for no.")
      }
    }
  }

  /// An answer to a numbered choice.
  public enum Choice: Equatable {
    /// The option at this index.
    case option(Int)
    /// Something other than a number (only when text is allowed): a search, a command.
    case text(String)
    /// The end of input.
    case end
  }

  /// Lists `options` numbered from 1 and asks for one; Enter alone takes `defaultIndex` when given.
  /// With `allowsText`, an answer that is not a number comes back as `.text`; otherwise it is re-asked.
  public mutating func choose(
    _ question: String, options: [String], default defaultIndex: Int? = nil, allowsText: Bool = false
  ) -> Choice {
    for (index, option) in options.enumerated() { say("  \(index + 1). \(option)") }
    let hint = defaultIndex.map { " (Enter for \($0 + 1))" } ?? ""
    while true {
      guard let answer = ask(question + hint)?.trimmingCharacters(in: .whitespaces) else { return .end }
      if answer.isEmpty, let defaultIndex { return .option(defaultIndex) }
      if let number = Int(answer), number >= 1, number <= options.count { return .option(number - 1) }
      if allowsText, !answer.isEmpty, Int(answer) == nil { return .text(answer) }
      say(options.isEmpty ? "! There is nothing to choose." : "! Type a number from 1 to \(options.count).")
    }
  }
}
