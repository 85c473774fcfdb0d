/// The one sanitiser for text on its way to a terminal: every remote, stored or typed string passes
/// through it before it is printed by the command line or becomes a cell on screen.
///
/// Removed, so nothing can move the cursor, change colours, retitle the window, write the clipboard,
/// reset the terminal, hide text or reorder what the user reads:
/// - whole escape sequences: CSI (`ESC [` and the 8-bit U+009B), OSC (`ESC ]`, U+009D; OSC 52, OSC 8,
///   ended by BEL or ST), DCS, SOS, PM and APC (`ESC P X ^ _`, U+0090/0098/009E/009F; ended by ST),
///   two-character ESC sequences (RIS `ESC c`, `ESC 7`, `ESC ( B`, …) and a lone ESC;
/// - C0 controls (NUL, BEL, BS, …), DEL and C1 controls (U+0080–U+009F);
/// - Unicode format characters (general category Cf): bidi marks, embeddings, overrides and isolates
///   (U+200E/F, U+202A–U+202E, U+2066–U+2069, U+061C), zero-width space U+200B, word joiner U+2060,
///   byte-order mark U+FEFF, soft hyphen U+00AD, invisible operators, tag characters.
///
/// Kept on purpose: the joiners U+200C (ZWNJ) and U+200D (ZWJ) inside a grapheme cluster, where they
/// are part of the text (emoji sequences such as 👩‍👩‍👧, Persian and Indic words). The display-width
/// rules count such a cluster as one grapheme. A joiner that would dangle (a cluster's last ZWJ, or a
/// joiner with nothing before it) is removed: some terminals glue the next cell's character onto it.
///
/// A byte of a file name that is not UTF-8 (see `FileNameBytes`) is shown escaped, as `\xE9`.
///
/// Tabs become one space. Line breaks (LF, CR LF, lone CR, U+2028, U+2029) become `\n` when asked
/// for, otherwise a space; so a lone CR can never return the cursor to overwrite a line.
public enum Sanitizer {
  /// The sanitised form of `text`.
  /// - Parameter keepNewlines: keep line breaks (normalised to `\n`) for multi-line text.
  public static func clean(_ text: some StringProtocol, keepNewlines: Bool = false) -> String {
    if !text.unicodeScalars.contains(where: needsWork) { return String(text) }
    var output = String.UnicodeScalarView()
    var scanner = EscapeScanner(scalars: Array(text.unicodeScalars))
    var joiners = false
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
      case 0x200C, 0x200D:
        joiners = true
        output.append(scalar)
      default:
        if let byte = FileNameBytes.byte(of: scalar) {
          output.append(contentsOf: ("\\x" + String(byte, radix: 16, uppercase: true)).unicodeScalars)
        } else if !isRemoved(scalar) {
          output.append(scalar)
        }
      }
    }
    let cleaned = String(output)
    return joiners ? withoutDanglingJoiners(cleaned) : cleaned
  }

  /// `text` on one line for a message or a table cell: sanitised, line breaks and tabs as spaces, runs
  /// of spaces collapsed, no leading or trailing space; cut to `limit` characters (ending in `…`).
  public static func line(_ text: some StringProtocol, limit: Int? = nil) -> String {
    var result = ""
    var lastWasSpace = true
    for character in clean(text) {
      if character == " " {
        if !lastWasSpace { result.append(" ") }
        lastWasSpace = true
      } else {
        result.append(character)
        lastWasSpace = false
      }
    }
    if result.hasSuffix(" ") { result.removeLast() }
    if let limit, result.count > limit {
      result = String(result.prefix(max(0, limit - 1))) + "…"
    }
    return result
  }

  /// Whether `clean` removes `scalar` wherever it stands: C0 and C1 controls, DEL, and format
  /// characters other than the two joiners (tab, CR, LF and the line separators are replaced instead).
  public static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
    if value < 0xAD { return false }
    if value == 0x200C || value == 0x200D { return false }
    return scalar.properties.generalCategory == .format
  }

  /// Whether `clean` changes `scalar` or may change the text around it: what it removes, replaces or
  /// escapes, and the joiners (format characters, checked for dangling). Plain text skips all the work.
  private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
    if value < 0xAD { return false }
    if value == 0xAD || value == 0x2028 || value == 0x2029 { return true }
    // No format character (Cf) lies in these ranges: most Latin, Greek, Cyrillic, CJK and symbols.
    if value < 0x600 || (0x2070..<0xFEFF).contains(value) { return false }
    if FileNameBytes.byte(of: scalar) != nil { return true }
    return scalar.properties.generalCategory == .format
  }

  /// Drops joiners that end a grapheme cluster or stand alone, keeping those between two scalars of
  /// one cluster.
  private static func withoutDanglingJoiners(_ text: String) -> String {
    var result = ""
    for character in text {
      var scalars = Array(character.unicodeScalars)
      while let last = scalars.last, last.value == 0x200D { scalars.removeLast() }
      if scalars.allSatisfy({ $0.value == 0x200C || $0.value == 0x200D }) { continue }
      var cluster = String.UnicodeScalarView()
      cluster.append(contentsOf: scalars)
      result.append(String(cluster))
    }
    return result
  }
}
