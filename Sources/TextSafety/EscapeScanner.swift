/// A cursor over scalars that knows where terminal escape sequences end (ECMA-48).
struct EscapeScanner {
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
    case 0x30...0x7E:  // two-character sequences: RIS `ESC c`, `ESC 7`, `ESC =`, …
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

  /// After OSC, DCS, SOS, PM or APC: everything up to BEL, ST (`ESC \`) or the 8-bit ST U+009C.
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
