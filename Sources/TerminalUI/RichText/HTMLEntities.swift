/// HTML character references: the named ones that turn up in job and question texts, and numeric
/// ones (`&#233;`, `&#xE9;`). Invalid code points become U+FFFD; C0/C1 controls are left for the
/// sanitiser to remove.
enum HTMLEntities {
  /// The text for the reference body (between `&` and `;`), or nil when it is not one.
  static func character(for body: Substring) -> String? {
    if body.hasPrefix("#") {
      let digits = body.dropFirst()
      let value: UInt32?
      if let first = digits.first, first == "x" || first == "X" {
        value = digits.count > 1 && digits.count <= 7 ? UInt32(digits.dropFirst(), radix: 16) : nil
      } else {
        value = !digits.isEmpty && digits.count <= 8 ? UInt32(digits, radix: 10) : nil
      }
      guard let value else { return nil }
      guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
      return String(Character(scalar))
    }
    return named[String(body)]
  }

  /// Named references (case-sensitive, as in HTML).
  static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "shy": "",
    "ndash": "–", "mdash": "—", "hellip": "…", "bull": "•", "middot": "·", "lsquo": "‘", "rsquo": "’",
    "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»", "copy": "©",
    "reg": "®", "trade": "™", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶",
    "deg": "°", "plusmn": "±", "times": "×", "divide": "÷", "frac12": "½", "frac14": "¼", "frac34": "¾",
    "iexcl": "¡", "iquest": "¿", "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü",
    "szlig": "ß", "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "Aacute": "Á",
    "Eacute": "É", "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú", "agrave": "à", "egrave": "è", "igrave": "ì",
    "ograve": "ò", "ugrave": "ù", "Agrave": "À", "Egrave": "È", "acirc": "â", "ecirc": "ê", "icirc": "î",
    "ocirc": "ô", "ucirc": "û", "ccedil": "ç", "Ccedil": "Ç", "ntilde": "ñ", "Ntilde": "Ñ", "oslash": "ø",
    "Oslash": "Ø", "aring": "å", "Aring": "Å", "aelig": "æ", "AElig": "Æ", "euml": "ë", "iuml": "ï",
    "atilde": "ã", "otilde": "õ", "zwj": "\u{200D}", "zwnj": "\u{200C}", "ensp": " ", "emsp": " ",
    "thinsp": " ",
    "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "check": "✓", "hearts": "♥",
  ]
}
