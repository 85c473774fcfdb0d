public import Foundation

/// Why a JSON document could not be read, for the cases Foundation's decoder reports only as "The given
/// data was not valid JSON": a real syntax error (with its line and column), or valid JSON that this
/// app cannot hold (nesting deeper than the decoder reads, a lone surrogate escape, a number out of
/// range or not whole where a whole number is required).
public enum JSONSyntax {
  /// The deepest nesting Foundation's decoder reads.
  public static let deepestNesting = 512

  /// `data` with the valid numbers Foundation's decoder refuses (a negative zero with a fraction and an
  /// exponent, such as `-0.0E+2`) rewritten as `-0`; `data` itself when there are none or it is not
  /// valid JSON.
  public static func readable(_ data: Data) -> Data {
    var scanner = Scanner(bytes: [UInt8](data))
    guard scanner.document() == nil, !scanner.zeroesWithExponent.isEmpty else { return data }
    var bytes = scanner.bytes
    for range in scanner.zeroesWithExponent.reversed() {
      bytes.replaceSubrange(
        range, with: Array((bytes[range.lowerBound] == UInt8(ascii: "-") ? "-0" : "0").utf8))
    }
    return Data(bytes)
  }

  /// A plain explanation of why `data` could not be decoded when the decoder gave no field path.
  public static func explain(_ data: Data) -> String {
    var scanner = Scanner(bytes: [UInt8](data))
    if let problem = scanner.document() {
      return "is not valid JSON: \(scanner.position()): \(problem)"
    }
    if let (depth, place) = scanner.deepest, depth > deepestNesting {
      return
        "is valid JSON, but nested \(depth) levels deep at \(place); at most \(deepestNesting) can be read"
    }
    if let place = scanner.loneSurrogate {
      return "is valid JSON, but the string at \(place) has a lone surrogate escape (\\uD800–\\uDFFF alone), "
        + "which is not a character"
    }
    if let (number, place) = scanner.oddNumber {
      return "is valid JSON, but the number \(number) at \(place) does not fit its field: it is not a whole "
        + "number between -2^63 and 2^63-1, or beyond ±1.8e308"
    }
    return "is valid JSON, but a value does not fit its field"
  }

  /// A recursive-descent RFC 8259 checker that notes what valid JSON may still not be readable.
  struct Scanner {
    let bytes: [UInt8]
    var index = 0
    var depth = 0
    var deepest: (Int, String)?
    var loneSurrogate: String?
    var oddNumber: (String, String)?
    /// Number tokens that are zero written with an exponent.
    var zeroesWithExponent: [Range<Int>] = []

    init(bytes: [UInt8]) {
      self.bytes = bytes
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// `line L, column C` of `offset` (default: where scanning stopped).
    func position(_ offset: Int? = nil) -> String {
      let end = min(offset ?? index, bytes.count)
      let line = bytes[..<end].filter { $0 == 0x0A }.count + 1
      let lineStart = bytes[..<end].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
      return "line \(line), column \(end - lineStart + 1)"
    }

    /// Checks the whole document; the problem, or nil when it is valid JSON.
    mutating func document() -> String? {
      skipSpace()
      if let problem = value() { return problem }
      skipSpace()
      return index < bytes.count ? "unexpected text after the end of the document" : nil
    }

    private mutating func skipSpace() {
      while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func value() -> String? {
      guard index < bytes.count else { return "the document ends where a value is expected" }
      switch bytes[index] {
      case UInt8(ascii: "{"): return container(close: UInt8(ascii: "}"), keyed: true)
      case UInt8(ascii: "["): return container(close: UInt8(ascii: "]"), keyed: false)
      case UInt8(ascii: "\""): return string()
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
      default:
        for word in ["true", "false", "null"] where bytes[index...].starts(with: Array(word.utf8)) {
          index += word.utf8.count
          return nil
        }
        return "expected a value (an object, list, string, number, true, false or null)"
      }
    }

    private mutating func container(close: UInt8, keyed: Bool) -> String? {
      depth += 1
      if depth > (deepest?.0 ?? 0) { deepest = (depth, position()) }
      defer { depth -= 1 }
      index += 1
      skipSpace()
      if index < bytes.count, bytes[index] == close {
        index += 1
        return nil
      }
      while true {
        if keyed {
          guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            return "expected a key in quotes"
          }
          if let problem = string() { return problem }
          skipSpace()
          guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            return "expected ':' after a key"
          }
          index += 1
          skipSpace()
        }
        if let problem = value() { return problem }
        skipSpace()
        guard index < bytes.count else { return "the document ends inside \(keyed ? "an object" : "a list")" }
        if bytes[index] == close {
          index += 1
          return nil
        }
        guard bytes[index] == UInt8(ascii: ",") else {
          return "expected ',' or '\(Character(Unicode.Scalar(close)))'"
        }
        index += 1
        skipSpace()
      }
    }

    private mutating func string() -> String? {
      let start = index
      index += 1
      var previousHigh = false
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          if previousHigh, loneSurrogate == nil { loneSurrogate = position(start) }
          index += 1
          return nil
        }
        if byte < 0x20 { return "a control character inside a string (write it as an escape such as \\n)" }
        if byte == UInt8(ascii: "\\") {
          guard index + 1 < bytes.count else { break }
          let escaped = bytes[index + 1]
          if escaped == UInt8(ascii: "u") {
            let hex = bytes.dropFirst(index + 2).prefix(4)
            guard hex.count == 4, let code = UInt16(String(decoding: hex, as: UTF8.self), radix: 16) else {
              return "\\u must be followed by four hex digits"
            }
            let isHigh = (0xD800...0xDBFF).contains(code)
            let isLow = (0xDC00...0xDFFF).contains(code)
            if (isLow && !previousHigh) || (previousHigh && !isLow), loneSurrogate == nil {
              loneSurrogate = position(start)
            }
            previousHigh = isHigh
            index += 6
            continue
          }
          guard Array("\"\\/bfnrt".utf8).contains(escaped) else { return "an unknown escape in a string" }
          index += 2
        } else {
          index += 1
        }
        if previousHigh, loneSurrogate == nil { loneSurrogate = position(start) }
        previousHigh = false
      }
      return "a string is not closed"
    }

    private mutating func number() -> String? {
      let start = index
      func digits() -> Int {
        let from = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
          index += 1
        }
        return index - from
      }
      if bytes[index] == UInt8(ascii: "-") { index += 1 }
      let leadingZero = index < bytes.count && bytes[index] == UInt8(ascii: "0")
      let whole = digits()
      guard whole > 0 else { return "a number needs a digit after '-'" }
      if leadingZero && whole > 1 { return "a number cannot start with 0 (write 7, not 07)" }
      if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
        index += 1
        guard digits() > 0 else { return "a number needs digits after '.'" }
      }
      if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
          index += 1
        }
        guard digits() > 0 else { return "a number needs digits in its exponent" }
      }
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      let value = Double(text) ?? .infinity
      if value == 0, text.contains(where: { $0 == "e" || $0 == "E" }) {
        zeroesWithExponent.append(start..<index)
      }
      if oddNumber == nil {
        if !value.isFinite || value.rounded() != value || Int64(exactly: value) == nil {
          oddNumber = (text, position(start))
        }
      }
      return nil
    }
  }
}
