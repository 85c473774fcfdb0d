import Foundation

/// A Kombo API key. Its `description` never shows the secret; use `masked` where a hint must be shown.
public struct APIKey: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
  CustomReflectable
{
  /// The secret itself. Read it only to build the `Authorization` header.
  public let secret: String

  /// Wraps a key, trimming surrounding whitespace and newlines; `nil` when nothing is left.
  public init?(_ raw: String) {
    let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return nil }
    secret = trimmed
  }

  /// The key shown as its prefix (up to the last `_` or 4 characters) and its last four characters,
  /// e.g. `sk_live_…Ab3d`; short keys show only `…` and their last character count.
  public var masked: String {
    guard secret.count >= 12 else { return "…(\(secret.count) characters)" }
    let prefix: Substring
    if let underscore = secret.prefix(12).lastIndex(of: "_") {
      prefix = secret[...underscore]
    } else {
      prefix = secret.prefix(4)
    }
    return "\(prefix)…\(secret.suffix(4))"
  }

  /// A redacted rendering, safe for logs and error messages.
  public var description: String { "APIKey(\(masked))" }

  /// A redacted rendering, safe for logs and error messages.
  public var debugDescription: String { description }

  /// Hides the secret from `dump` and reflection.
  public var customMirror: Mirror { Mirror(self, children: ["masked": masked]) }
}
