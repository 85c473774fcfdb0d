import Foundation
import KomboAPI

/// The job an application is for, as the user gave it: a Kombo job id (`JobAAAAAAAAAAAAAAAAAAAA1`) or
/// the ATS's own id prefixed `remote:` (`remote:4711`), which applies without syncing jobs first.
///
/// Kept as typed; ``kind`` says whether it is well formed. Coded as a single JSON string.
public struct JobReference: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// The reference as typed.
  public var text: String

  /// What a well-formed reference names.
  public enum Kind: Hashable, Sendable {
    /// A Kombo job id.
    case kombo(String)
    /// The ATS's own job id (without the `remote:` prefix).
    case remote(String)
  }

  /// A reference from typed text.
  public init(_ text: String) {
    self.text = text
  }

  /// A reference from a string literal.
  public init(stringLiteral value: String) {
    self.init(value)
  }

  /// A reference to the ATS's own job id `remoteID`.
  public static func remote(_ remoteID: String) -> JobReference {
    JobReference(KomboID.remotePrefix + remoteID)
  }

  /// The reference with surrounding spaces removed.
  public var trimmed: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

  /// What the reference names, or nil when it is neither a Kombo id nor `remote:` with an id.
  public var kind: Kind? {
    let value = trimmed
    if value.hasPrefix(KomboID.remotePrefix) {
      let remote = value.dropFirst(KomboID.remotePrefix.count)
      return remote.isEmpty ? nil : .remote(String(remote))
    }
    return KomboID.isValid(value) ? .kombo(value) : nil
  }

  /// The longest reference accepted (a `remote:` id included).
  public static let maxLength = 255

  /// Why the reference cannot name a job, saying what is allowed; nil when it is well formed.
  public var problem: String? {
    let allowed =
      "give a Kombo job id (24 characters such as JobAAAAAAAAAAAAAAAAAAAA1, see `kombo-apply jobs`) or the "
      + "ATS's own id as remote:<id>, on one line of at most \(Self.maxLength) characters"
    let value = trimmed
    if value.unicodeScalars.contains(where: TextRules.isControl) {
      return "it contains a line break or control character; \(allowed)"
    }
    if value.count > Self.maxLength { return "it is \(value.count) characters long; \(allowed)" }
    return kind == nil ? allowed : nil
  }

  /// The `{job_id}` path segment: the trimmed reference percent-encoded so that only unreserved
  /// characters stay literal (`remote:4711` → `remote%3A4711`, as Kombo's TypeScript SDK sends it).
  public var pathSegment: String {
    var result = ""
    for byte in trimmed.utf8 {
      let unreserved =
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
      if unreserved {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return result
  }

  /// The reference as typed.
  public var description: String { text }

  /// Decodes the typed text.
  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }

  /// Encodes the typed text.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(text)
  }
}

extension String {
  /// The string with `0`s in front up to `width` characters.
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
