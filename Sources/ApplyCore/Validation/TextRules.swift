import Foundation

/// Syntax rules for typed text: email addresses, phone numbers, web addresses, numbers and single-line
/// fields. Each check returns nil when the text is fine, else a message saying what is allowed.
public enum TextRules {
  /// The longest email address (RFC 5321 path limit).
  public static let maxEmailLength = 254
  /// The longest single-line text field accepted (names, company, title, location parts).
  public static let maxLineLength = 255

  /// Checks an email address by the pattern of Kombo's API specification,
  /// `^(?!\.)(?!.*\.\.)([\w'+-.]*)[\w+-]@([\da-z][\da-z-]*\.)+[a-z]{2,}$` (with ASCII `\w`): before the
  /// `@` letters, digits and `_ ' + - . ,`, not starting with a dot, no two dots in a row, ending in a letter,
  /// digit, `_`, `+` or `-`; after it lower-case labels of `a-z`, `0-9` and `-` and a top-level domain of
  /// two or more letters (a non-ASCII domain in its `xn--` form). At most 64 characters before the `@`
  /// and 254 in all.
  public static func emailProblem(_ text: String) -> String? {
    let allowed = "use the form name@example.com"
    let quoted = text.debugDescription
    if text.count > maxEmailLength {
      return "\(quoted) is too long for an email address (\(text.count) characters; at most 254)"
    }
    if text.contains(where: { $0.isWhitespace || $0.unicodeScalars.contains(where: isControl) }) {
      return "\(quoted) is not an email address: it contains a space or line break; \(allowed)"
    }
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2 else {
      return "\(quoted) is not an email address: it needs exactly one @; \(allowed)"
    }
    let local = parts[0]
    let domain = parts[1]
    if local.isEmpty || local.count > 64 || local.hasPrefix(".") || local.contains("..") {
      return "\(quoted) is not an email address: the part before @ must be 1 to 64 characters "
        + "without leading or double dots; \(allowed)"
    }
    let localCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'+-.,")
    if let bad = local.first(where: { !localCharacters.contains($0) }) {
      return "\(quoted) is not an email address Kombo accepts: '\(bad)' is not allowed before the @ "
        + "(letters A-Z, digits and _ ' + - . , are); \(allowed)"
    }
    if let last = local.last, ".,'".contains(last) {
      return "\(quoted) is not an email address Kombo accepts: the part before @ must end in a letter, "
        + "digit, _, + or -; \(allowed)"
    }
    let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2 else {
      return "\(quoted) is not an email address: the domain needs a dot; \(allowed)"
    }
    if !domain.allSatisfy(\.isASCII) {
      return "\(quoted) is not an email address Kombo accepts: write the domain '\(domain)' in its ASCII "
        + "form (xn--…, as your mail provider shows it); \(allowed)"
    }
    if domain != domain.lowercased() {
      return "\(quoted) is not an email address Kombo accepts: write the domain in lower case, "
        + "\(local)@\(domain.lowercased())"
    }
    let labelCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
    let labelsValid = labels.allSatisfy { label in
      !label.isEmpty && label.count <= 63 && !label.hasPrefix("-")
        && label.allSatisfy(labelCharacters.contains)
    }
    let tld = labels[labels.count - 1]
    guard labelsValid, tld.count >= 2, tld.allSatisfy(\.isLetter) else {
      return "\(quoted) is not an email address: '\(domain)' is not a valid domain (labels of a-z, 0-9 "
        + "and -, ending in a top-level domain of two or more letters); \(allowed)"
    }
    return nil
  }

  /// Checks a phone number: digits with `+` (at the start), `-`, `(`, `)`, `.` and spaces, 5 to 20
  /// digits, optionally followed by an extension such as `x123`, `ext 123` or `ext. 123`.
  public static func phoneProblem(_ text: String) -> String? {
    let allowed =
      "use digits with spaces, + at the start, - ( ) . and an optional extension such as "
      + "x123 or ext. 123"
    let quoted = text.debugDescription
    let (main, extensionDigits) = splitExtension(text)
    if let extensionDigits, extensionDigits.isEmpty || !extensionDigits.allSatisfy(\.isASCIIDigit) {
      return "\(quoted) is not a phone number: the extension must be digits; \(allowed)"
    }
    let separators: Set<Character> = ["-", "(", ")", ".", " "]
    for (offset, character) in main.enumerated() {
      if character.isASCIIDigit || separators.contains(character) { continue }
      if character == "+" && offset == 0 { continue }
      let what = character == "+" ? "+ is only allowed at the start" : "'\(character)' is not allowed"
      return "\(quoted) is not a phone number: \(what); \(allowed)"
    }
    let digits = main.filter(\.isASCIIDigit).count
    guard (5...20).contains(digits) else {
      return "\(quoted) is not a phone number: it has \(digits) digits (5 to 20 expected); \(allowed)"
    }
    return nil
  }

  /// Splits a trailing extension (`x123`, `ext 123`, `ext. 123`, `extension 123`) off a phone number.
  private static func splitExtension(_ text: String) -> (main: Substring, extension: Substring?) {
    for marker in ["extension", "ext.", "ext", "x"] {
      guard let range = text.range(of: marker, options: [.backwards, .caseInsensitive]) else { continue }
      let main = text[..<range.lowerBound]
      guard main.contains(where: \.isASCIIDigit) else { continue }
      return (main, text[range.upperBound...].drop(while: { $0 == " " }))
    }
    return (text[...], nil)
  }

  /// Checks a web address: `http` or `https`, a host, no spaces. For text that lacks a scheme but
  /// looks like a host (`linkedin.com/in/ada`), the message suggests the `https://` form.
  public static func urlProblem(_ text: String) -> (message: String, suggestion: String?)? {
    let quoted = text.debugDescription
    let allowed = "use a full web address such as https://example.com/page"
    if text.contains(where: { $0.isWhitespace || $0.unicodeScalars.contains(where: isControl) }) {
      return ("\(quoted) is not a web address: it contains a space or line break; \(allowed)", nil)
    }
    guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else {
      if !text.contains("://"), let host = text.split(separator: "/").first, host.contains("."),
        urlProblem("https://" + text) == nil
      {
        let suggestion = "https://" + text
        return ("\(quoted) is not a full web address; did you mean \(suggestion)?", suggestion)
      }
      return ("\(quoted) is not a web address; \(allowed)", nil)
    }
    guard scheme == "http" || scheme == "https" else {
      return ("\(quoted) is not a web address: only http and https are allowed; \(allowed)", nil)
    }
    guard let host = components.host, !host.isEmpty else {
      return ("\(quoted) is not a web address: it has no host name; \(allowed)", nil)
    }
    return nil
  }

  /// Parses a typed number: optional sign, digits with an optional `.` fraction and exponent; spaces,
  /// `_`, `'` and comma thousands separators (`70,000`) are ignored. Nil if not a finite number.
  public static func number(_ text: String) -> Double? {
    var compact = text.filter { !$0.isWhitespace && $0 != "_" && $0 != "'" }
    if compact.contains(",") {
      let parts = compact.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
      let groups = parts[0].drop(while: { $0 == "-" || $0 == "+" })
        .split(separator: ",", omittingEmptySubsequences: false)
      guard parts.count == 1 || !parts[1].contains(","), (1...3).contains(groups[0].count),
        groups.dropFirst().allSatisfy({ $0.count == 3 })
      else { return nil }
      compact.removeAll { $0 == "," }
    }
    guard isPlainDecimal(compact), let value = Double(compact), value.isFinite else { return nil }
    return value
  }

  /// `[+-]digits[.digits][e[+-]digits]`, also `.5` and `5.`.
  private static func isPlainDecimal(_ text: String) -> Bool {
    var characters = text[...]
    if let first = characters.first, first == "+" || first == "-" { characters = characters.dropFirst() }
    let mantissa = characters.prefix(while: { $0 != "e" && $0 != "E" })
    let exponent = characters.dropFirst(mantissa.count)
    let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard !mantissa.isEmpty, pieces.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
      pieces.contains(where: { !$0.isEmpty }), !mantissa.dropFirst(pieces[0].count + 1).contains(".")
    else { return false }
    guard !exponent.isEmpty else { return true }
    var exponentDigits = exponent.dropFirst()
    if let sign = exponentDigits.first, sign == "+" || sign == "-" {
      exponentDigits = exponentDigits.dropFirst()
    }
    return !exponentDigits.isEmpty && exponentDigits.allSatisfy(\.isASCIIDigit)
  }

  /// Checks a single-line text field: no line breaks or control characters, at most 255 characters.
  public static func lineProblem(_ text: String) -> String? {
    if text.unicodeScalars.contains(where: isControl) {
      return "must be one line without control characters (it contains a line break, tab or control "
        + "character)"
    }
    if text.count > maxLineLength {
      return "is too long (\(text.count) characters; at most \(maxLineLength))"
    }
    return nil
  }

  /// Whether `text` is non-empty but shows nothing: only spaces and invisible characters (zero-width
  /// spaces and joiners, byte order marks, soft hyphens, fillers, bidi marks).
  public static func isInvisible(_ text: String) -> Bool {
    !text.isEmpty
      && text.unicodeScalars.allSatisfy { scalar in
        scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint
          || scalar.properties.generalCategory == .format || isControl(scalar)
      }
  }

  /// Whether `scalar` is a C0/C1 control character or DEL.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}

extension Character {
  /// Whether this is one of `0`–`9` (not other scripts' digits).
  var isASCIIDigit: Bool { isASCII && isNumber }
}
