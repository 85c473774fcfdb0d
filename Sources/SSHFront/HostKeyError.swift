/// Why a host key file cannot be used.
public enum HostKeyError: Error, CustomStringConvertible, Equatable {
  /// The file is not an OpenSSH private key this server reads.
  case malformed(String)
  /// The key is encrypted with a passphrase.
  case encrypted
  /// The key is not Ed25519.
  case unsupportedType(String)
  /// The file could not be read or written.
  case io(String)

  /// A one-line explanation.
  public var description: String {
    switch self {
    case .malformed(let detail): "not an OpenSSH private key (\(detail))"
    case .encrypted: "the key has a passphrase; give an unencrypted key (ssh-keygen -N '')"
    case .unsupportedType(let type): "the key type \(type) is not supported; use an Ed25519 key"
    case .io(let detail): detail
    }
  }
}
