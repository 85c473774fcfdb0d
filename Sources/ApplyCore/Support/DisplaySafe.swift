/// Makes remote or user-provided text safe to print on a terminal.
public enum DisplaySafe {
  /// `text` with control characters (C0, DEL, C1, which start escape sequences) and bidi overrides
  /// removed, tabs and newlines turned into spaces, and runs of spaces collapsed; optionally cut to
  /// `limit` characters with `…`.
  public static func line(_ text: some StringProtocol, limit: Int? = nil) -> String {
    var result = ""
    var lastWasSpace = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      let isSpace = scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
      if isSpace {
        if !lastWasSpace && !result.isEmpty { result.unicodeScalars.append(" ") }
        lastWasSpace = true
        continue
      }
      let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
      let isBidiControl = (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
      if isControl || isBidiControl { continue }
      result.unicodeScalars.append(scalar)
      lastWasSpace = false
    }
    while result.hasSuffix(" ") { result.removeLast() }
    if let limit, result.count > limit {
      result = String(result.prefix(max(0, limit - 1))) + "…"
    }
    return result
  }
}
