public import Foundation

/// Who a connection authenticated as: the key's fingerprint, or an anonymous demo visitor
/// (`--open-demo`), who gets a fresh identity per connection.
public enum ClientIdentity: Sendable, Equatable, CustomStringConvertible {
  /// A client that proved it holds this key.
  case key(KeyFingerprint)
  /// An anonymous visitor of an open demo; the id is new for each connection.
  case visitor(UUID)

  /// How logs name the session: the key's fingerprint, or `demo-` and the visitor id's first part.
  public var description: String {
    switch self {
    case .key(let fingerprint): fingerprint.description
    case .visitor(let id): "demo-" + id.uuidString.lowercased().prefix(8)
    }
  }

  /// The name of the session's directory under the sessions folder.
  var directoryName: String {
    switch self {
    case .key(let fingerprint): "key-" + fingerprint.directoryName
    case .visitor(let id): "demo-" + id.uuidString.lowercased()
    }
  }

  /// Whether the session's directory is removed when it ends (visitors cannot come back to it).
  var isEphemeral: Bool {
    if case .visitor = self { return true }
    return false
  }
}
