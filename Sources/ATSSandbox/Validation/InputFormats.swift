import Foundation

/// The string formats the create-application schema names, checked the way Kombo documents them.
enum InputFormats {
  /// What ``email(_:)`` accepts, for messages.
  static let emailRule =
    "an address like name@example.com: letters, digits and _ ' + , - . before the @ (not starting or"
    + " ending with a dot, no two dots in a row), a domain of letters, digits and hyphens"

  /// Kombo's email pattern (from the candidate schema of its OpenAPI description),
  /// `^(?!\.)(?!.*\.\.)([\w'+-.]*)[\w+-]@([\da-z][\da-z-]*\.)+[a-z]{2,}$`, with `\w` as in
  /// JavaScript (ASCII letters, digits, `_`) and the domain compared case-insensitively.
  ///
  /// Returns the address with its domain lowercased (as Kombo returns it, so the pattern holds for
  /// what the sandbox echoes), or `nil` when `text` does not match.
  static func email(_ text: String) -> String? {
    let scalars = Array(text.unicodeScalars)
    guard let at = scalars.firstIndex(of: "@"), at > 0, scalars.first != ".",
      !text.contains("..")
    else { return nil }
    func isWord(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
    }
    let local = scalars[..<at]
    guard local.allSatisfy({ isWord($0) || "'+,-.".unicodeScalars.contains($0) }),
      let last = local.last, isWord(last) || last == "+" || last == "-"
    else { return nil }
    let domain = String(String.UnicodeScalarView(scalars[(at + 1)...])).lowercased()
    let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
    func isLowerAlnum(_ scalar: Unicode.Scalar) -> Bool {
      ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
    guard labels.count >= 2, let top = labels.last, top.unicodeScalars.count >= 2,
      top.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }),
      labels.dropLast().allSatisfy({ label in
        guard let first = label.unicodeScalars.first, isLowerAlnum(first) else { return false }
        return label.unicodeScalars.allSatisfy { isLowerAlnum($0) || $0 == "-" }
      })
    else { return nil }
    return String(String.UnicodeScalarView(local)) + "@" + domain
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
