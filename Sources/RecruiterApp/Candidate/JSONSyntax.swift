/// Checks that text is one JSON object, reporting the first problem with its line and column (from
/// 1), as an editor would. Foundation's decoder says what is wrong but not where, in a way people
/// can find in a text area.
enum JSONSyntax {
  /// The first problem, or nil when `text` is a JSON object (or only whitespace).
  static func problem(in text: String) -> String? {
    var parser = Parser(Array(text.unicodeScalars))
    parser.skipSpace()
    guard !parser.atEnd else { return nil }
    do throws(Failure) {
      guard parser.peek == "{" else { throw parser.failure("expected { to start an object") }
      try parser.value(depth: 0)
      parser.skipSpace()
      guard parser.atEnd else { throw parser.failure("unexpected text after the object") }
      return nil
    } catch {
      return "Line \(error.line), column \(error.column): \(error.message)."
    }
  }

  struct Failure: Error {
    let line: Int
    let column: Int
    let message: String
  }

  private struct Parser {
    let scalars: [Unicode.Scalar]
    var index = 0
    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var atEnd: Bool { index >= scalars.count }
    var peek: Unicode.Scalar? { atEnd ? nil : scalars[index] }

    func failure(_ message: String) -> Failure {
      var line = 1
      var column = 1
      for scalar in scalars[..<min(index, scalars.count)] {
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      }
      let found = peek.map { $0 == "\n" ? " (found a line break)" : " (found \($0))" } ?? " (found the end)"
      return Failure(line: line, column: column, message: message + found)
    }

    mutating func skipSpace() {
      while let scalar = peek, [" ", "\t", "\n", "\r"].contains(scalar) { index += 1 }
    }

    mutating func expect(_ scalar: Unicode.Scalar, _ message: String) throws(Failure) {
      skipSpace()
      guard peek == scalar else { throw failure(message) }
      index += 1
    }

    mutating func value(depth: Int) throws(Failure) {
      guard depth < 64 else { throw failure("nested too deeply") }
      skipSpace()
      switch peek {
      case "{": try object(depth: depth)
      case "[": try array(depth: depth)
      case "\"": try string()
      case "t": try word("true")
      case "f": try word("false")
      case "n": try word("null")
      case let scalar? where scalar == "-" || ("0"..."9").contains(scalar): try number()
      default:
        throw failure("expected a value: a string in double quotes, a number, true, false, null, { or [")
      }
    }

    mutating func object(depth: Int) throws(Failure) {
      try members(closing: "}", depth: depth) { parser throws(Failure) in
        parser.skipSpace()
        guard parser.peek == "\"" else { throw parser.failure("expected a key in double quotes") }
        try parser.string()
        try parser.expect(":", "expected : after the key")
        try parser.value(depth: depth + 1)
      }
    }

    mutating func array(depth: Int) throws(Failure) {
      try members(closing: "]", depth: depth) { parser throws(Failure) in try parser.value(depth: depth + 1) }
    }

    /// The members of an object or array after its opening bracket, up to `closing`.
    mutating func members(
      closing: Unicode.Scalar, depth: Int, _ member: (inout Parser) throws(Failure) -> Void
    ) throws(Failure) {
      index += 1
      skipSpace()
      if peek == closing {
        index += 1
        return
      }
      while true {
        try member(&self)
        skipSpace()
        if peek == "," {
          index += 1
          continue
        }
        try expect(closing, "expected , or \(closing) after the value")
        return
      }
    }

    mutating func string() throws(Failure) {
      index += 1
      while let scalar = peek {
        index += 1
        switch scalar {
        case "\"": return
        case "\\":
          guard let escaped = peek, "\"\\/bfnrtu".unicodeScalars.contains(escaped) else {
            throw failure("unknown escape after \\")
          }
          index += 1
        case "\n": throw failure("a string cannot span lines; close it with \"")
        default: break
        }
      }
      throw failure("the string is not closed with \"")
    }

    mutating func word(_ word: String) throws(Failure) {
      for expected in word.unicodeScalars {
        guard peek == expected else { throw failure("expected \(word)") }
        index += 1
      }
    }

    mutating func number() throws(Failure) {
      let start = index
      if peek == "-" { index += 1 }
      var digits = 0
      while let scalar = peek,
        ("0"..."9").contains(scalar) || scalar == "." || scalar == "e" || scalar == "E"
          || ((scalar == "+" || scalar == "-") && index > start)
      {
        if ("0"..."9").contains(scalar) { digits += 1 }
        index += 1
      }
      guard digits > 0, Double(String(String.UnicodeScalarView(scalars[start..<index]))) != nil else {
        index = start
        throw failure("not a number")
      }
    }
  }
}
