/// What a terminal in a non-UTF-8 locale (`LANG=C`, `LC_ALL=C`) is sent instead of the UI's
/// symbols: one ASCII character per cell, so the layout stays as it is. Box lines become `-`, `|`
/// and `+`, marks and arrows their nearest ASCII look; any other non-ASCII character (a name with
/// accents, a wide character) is shown as `?`, one per column it takes. Only the display changes:
/// what is typed and sent is never touched.
enum ASCIIGlyphs {
  /// The UI's symbols and their ASCII stand-ins.
  static let replacements: [Character: Character] = [
    "─": "-", "━": "=", "│": "|", "┃": "|", "╏": ":", "┌": "+", "┐": "+", "└": "+", "┘": "+",
    "✓": "+", "✗": "x", "•": "*", "●": "*", "○": "o", "★": "*", "⚠": "!", "▲": "^", "▼": "v",
    "▴": "^", "▾": "v", "→": ">", "←": "<", "↑": "^", "↓": "v", "›": ">", "…": ".", "·": ".",
    "“": "\"", "”": "\"", "‘": "'", "’": "'", "–": "-", "—": "-", "≤": "<", "≥": ">",
  ]

  /// The ASCII text for one cell `width` columns wide holding `character`.
  static func cell(_ character: Character, width: Int) -> String {
    if character.isASCII { return String(character) }
    if let replacement = replacements[character] { return String(replacement) }
    return String(repeating: "?", count: max(1, width))
  }
}
