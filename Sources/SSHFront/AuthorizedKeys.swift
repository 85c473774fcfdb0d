import Foundation
public import NIOSSH

/// The public keys of an OpenSSH `authorized_keys` file that may log in.
///
/// Read: `ssh-ed25519` and `ecdsa-sha2-nistp256/384/521` lines (`type base64 [comment]`). Skipped,
/// each with a warning naming the line: other key types (RSA, DSA, security keys, certificates),
/// lines with an option prefix (`from=…`, `command=…`, `restrict`: this server cannot honour them, so
/// such a key is not let in at all) and unreadable keys. Blank lines and `#` comments are ignored.
public struct AuthorizedKeys: Sendable {
  /// The keys that may log in.
  public let keys: Set<NIOSSHPublicKey>
  /// One line per skipped entry (never the key itself).
  public let warnings: [String]

  private static let supportedTypes: Set<String> = [
    "ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
  ]

  /// Parses the text of an `authorized_keys` file.
  public init(text: String) {
    var keys: Set<NIOSSHPublicKey> = []
    var warnings: [String] = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
      let type = String(fields[0])
      let number = index + 1
      guard Self.supportedTypes.contains(type) else {
        warnings.append(
          Self.looksLikeKeyType(type)
            ? "line \(number): key type \(Self.printable(type)) is not supported; skipped"
            : "line \(number): options before the key are not supported; the key is skipped")
        continue
      }
      guard fields.count >= 2, let key = try? NIOSSHPublicKey(openSSHPublicKey: "\(type) \(fields[1])")
      else {
        warnings.append("line \(number): unreadable \(type) key; skipped")
        continue
      }
      keys.insert(key)
    }
    self.keys = keys
    self.warnings = warnings
  }

  /// Whether `key` may log in.
  public func allows(_ key: NIOSSHPublicKey) -> Bool {
    keys.contains(key)
  }

  /// Key type names look like `ssh-rsa`, `sk-ssh-ed25519@openssh.com`: letters, digits, `-`, `@`, `.`.
  private static func looksLikeKeyType(_ token: String) -> Bool {
    token.contains("-") && !token.contains("=") && !token.contains(",") && !token.contains("\"")
  }

  /// `text` with anything outside printable ASCII replaced, shortened for a warning.
  private static func printable(_ text: String) -> String {
    String(text.unicodeScalars.prefix(40).map { (0x21...0x7E).contains($0.value) ? Character($0) : "?" })
  }
}
