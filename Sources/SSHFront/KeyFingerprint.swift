import Crypto
import Foundation
public import NIOSSH

/// A public key's SHA-256 fingerprint as `ssh-keygen -l` prints it: `SHA256:` and the unpadded base64
/// of the digest of the key's SSH wire encoding. What logs and session directories name a client by.
public struct KeyFingerprint: Hashable, Sendable, CustomStringConvertible {
  /// The digest of the key's wire blob.
  let digest: [UInt8]

  /// The fingerprint of `key`.
  public init(_ key: NIOSSHPublicKey) {
    self.init(blob: Self.wireBlob(key))
  }

  /// The fingerprint of a key's wire blob.
  init(blob: [UInt8]) {
    digest = Array(SHA256.hash(data: blob))
  }

  /// `SHA256:…`, as `ssh-keygen -l` prints it.
  public var description: String {
    "SHA256:" + Data(digest).base64EncodedString().replacingOccurrences(of: "=", with: "")
  }

  /// A name for a directory: the digest in unpadded URL-safe base64 (no `/`).
  var directoryName: String {
    Data(digest).base64EncodedString().replacingOccurrences(of: "=", with: "")
      .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "+", with: "-")
  }

  /// The key's SSH wire encoding (RFC 4253 §6.6): the base64 part of its OpenSSH one-line form.
  static func wireBlob(_ key: NIOSSHPublicKey) -> [UInt8] {
    let line = String(openSSHPublicKey: key)
    let encoded = line.split(separator: " ").dropFirst().first.map(String.init) ?? ""
    return Data(base64Encoded: encoded).map(Array.init) ?? []
  }
}
