import Foundation

/// The string formats the create-application schema names, checked the way Kombo documents them.
enum InputFormats {
  /// `local@domain.tld`: one `@`, no spaces, a dotted domain with a 2+ letter top-level label.
  static func isEmail(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64, text.count <= 254,
      !text.contains(where: { $0.isWhitespace || $0.isNewline })
    else { return false }
    let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }),
      let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter)
    else { return false }
    return true
  }

  /// An absolute `http` or `https` URL with a host and no whitespace.
  static func isURL(_ text: String) -> Bool {
    guard !text.contains(where: { $0.isWhitespace }), let url = URL(string: text),
      let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
      let host = url.host, !host.isEmpty
    else { return false }
    return true
  }

  /// A MIME type of the shape `^[\w.-]+/[\w.-]+$`.
  static func isContentType(_ text: String) -> Bool {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    func valid(_ part: Substring) -> Bool {
      !part.isEmpty
        && part.unicodeScalars.allSatisfy { scalar in
          scalar == "." || scalar == "-" || scalar == "_"
            || (scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)))
        }
    }
    return parts.count == 2 && valid(parts[0]) && valid(parts[1])
  }

  /// An uppercase ISO 3166-1 alpha-2 shape: `^[A-Z]{2}$`.
  static func isCountryCode(_ text: String) -> Bool {
    text.utf8.count == 2 && text.utf8.allSatisfy { (65...90).contains($0) }
  }

  /// The bytes of standard base64 `text` (padding optional); `nil` if it is not base64.
  static func base64Decoded(_ text: String) -> Data? {
    var padded = text
    let remainder = text.utf8.count % 4
    if remainder == 1 { return nil }
    if remainder > 0 { padded += String(repeating: "=", count: 4 - remainder) }
    return Data(base64Encoded: padded)
  }
}
