/// Makes any remote or typed string safe to draw: escape sequences (CSI, OSC, DCS and the other
/// string controls, two-character ESC sequences, their 8-bit C1 forms), C0/C1 control characters,
/// DEL and bidirectional overrides/isolates are removed, so none of them can become a cell, move the
/// cursor, change colours, retitle the window or reorder what the user reads.
///
/// Tabs become one space. Newlines (LF, CR LF, lone CR, U+2028/2029) are kept as `\n` only when
/// asked for; otherwise they become a space.
public enum Sanitizer {
  /// The sanitised form of `text`.
  /// - Parameter keepNewlines: keep line breaks (normalised to `\n`) for text that will be wrapped.
  public static func clean(_ text: some StringProtocol, keepNewlines: Bool = false) -> String {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return String(text) }
    var output = String.UnicodeScalarView()
    var scanner = Scanner(scalars: Array(text.unicodeScalars))
    while let scalar = scanner.next() {
      switch scalar.value {
      case 0x1B:
        scanner.skipEscapeSequence()
      case 0x9B:
        scanner.skipControlSequence()
      case 0x9D, 0x90, 0x98, 0x9E, 0x9F:
        scanner.skipControlString()
      case 0x0D:
        if scanner.peek()?.value == 0x0A { _ = scanner.next() }
        output.append(keepNewlines ? "\n" : " ")
      case 0x0A, 0x2028, 0x2029:
        output.append(keepNewlines ? "\n" : " ")
      case 0x09:
        output.append(" ")
      case 0x00..<0x20, 0x7F..<0xA0:
        break
      case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
        break
      default:
        output.append(scalar)
      }
    }
    return String(output)
  }

  /// A cursor over scalars that knows how escape sequences end.
  private struct Scanner {
    let scalars: [Unicode.Scalar]
    var index = 0

    mutating func next() -> Unicode.Scalar? {
      guard index < scalars.count else { return nil }
      defer { index += 1 }
      return scalars[index]
    }

    func peek() -> Unicode.Scalar? {
      index < scalars.count ? scalars[index] : nil
    }

    /// After ESC: skips the rest of the sequence whatever its kind.
    mutating func skipEscapeSequence() {
      guard let introducer = peek()?.value else { return }
      switch introducer {
      case 0x5B:  // [
        index += 1
        skipControlSequence()
      case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // ] P X ^ _
        index += 1
        skipControlString()
      case 0x20...0x2F:  // intermediates, then one final byte
        while let value = peek()?.value, (0x20...0x2F).contains(value) { index += 1 }
        if let value = peek()?.value, (0x30...0x7E).contains(value) { index += 1 }
      case 0x30...0x7E:
        index += 1
      default:
        break
      }
    }

    /// After CSI: parameters and intermediates up to and including the final byte.
    mutating func skipControlSequence() {
      while let value = peek()?.value {
        if (0x40...0x7E).contains(value) {
          index += 1
          return
        }
        guard (0x20...0x3F).contains(value) else { return }
        index += 1
      }
    }

    /// After OSC/DCS/SOS/PM/APC: everything up to BEL, ST (ESC \) or C1 ST.
    mutating func skipControlString() {
      while let value = next()?.value {
        if value == 0x07 || value == 0x9C { return }
        if value == 0x1B {
          if peek()?.value == 0x5C { index += 1 }
          return
        }
      }
    }
  }
}
