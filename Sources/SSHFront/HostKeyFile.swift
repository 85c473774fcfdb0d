public import Crypto
import Foundation
public import NIOSSH

#if canImport(Glibc)
  import Glibc
#endif

/// The server's Ed25519 host key in OpenSSH's private key format (`openssh-key-v1`, unencrypted), so
/// `ssh-keygen -l -f` reads the file and a key made by `ssh-keygen -t ed25519 -N ''` can be given.
public struct HostKeyFile: Sendable {
  /// The private key.
  public let key: Curve25519.Signing.PrivateKey

  /// The key as NIOSSH uses it.
  public var sshKey: NIOSSHPrivateKey { NIOSSHPrivateKey(ed25519Key: key) }

  /// The public key's fingerprint, as `ssh-keygen -l` prints it.
  public var fingerprint: KeyFingerprint { KeyFingerprint(sshKey.publicKey) }

  private static let magic = Array("openssh-key-v1".utf8) + [0]
  private static let keyType = Array("ssh-ed25519".utf8)
  private static let armourBegin = "-----BEGIN OPENSSH PRIVATE KEY-----"
  private static let armourEnd = "-----END OPENSSH PRIVATE KEY-----"

  /// A file holding `key`.
  init(key: Curve25519.Signing.PrivateKey) {
    self.key = key
  }

  /// Reads the key at `path`, or, when `creates` and there is no file, generates one and writes it
  /// (mode 0600, its directory created 0700).
  public static func load(path: String, creates: Bool) throws(HostKeyError) -> HostKeyFile {
    guard FileManager.default.fileExists(atPath: path) else {
      guard creates else { throw .io("no host key at \(path)") }
      let file = HostKeyFile(key: Curve25519.Signing.PrivateKey())
      try file.write(to: path)
      return file
    }
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw .io("cannot read the host key \(path)")
    }
    return try parse(text)
  }

  /// Parses an OpenSSH private key file's text.
  static func parse(_ text: String) throws(HostKeyError) -> HostKeyFile {
    let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
    guard let begin = lines.firstIndex(of: armourBegin), let end = lines.firstIndex(of: armourEnd),
      begin < end
    else { throw .malformed("no OPENSSH PRIVATE KEY block") }
    guard let decoded = Data(base64Encoded: lines[(begin + 1)..<end].joined()) else {
      throw .malformed("bad base64")
    }
    var reader = SSHWireReader(Array(decoded))
    guard try reader.raw(magic.count) == magic else { throw .malformed("bad magic") }
    let cipher = try reader.string()
    _ = try reader.string()
    _ = try reader.string()
    guard cipher == Array("none".utf8) else { throw .encrypted }
    guard try reader.uint32() == 1 else { throw .malformed("more than one key") }
    _ = try reader.string()
    var secret = SSHWireReader(try reader.string())
    guard try secret.uint32() == (try secret.uint32()) else { throw .malformed("check bytes differ") }
    let type = try secret.string()
    guard type == keyType else { throw .unsupportedType(String(decoding: type, as: UTF8.self)) }
    _ = try secret.string()
    let pair = try secret.string()
    guard pair.count == 64, let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: pair.prefix(32))
    else { throw .malformed("bad Ed25519 key") }
    guard Array(key.publicKey.rawRepresentation) == Array(pair.suffix(32)) else {
      throw .malformed("the public half does not match")
    }
    return HostKeyFile(key: key)
  }

  /// The file's text: the key in an armoured `openssh-key-v1` block.
  func encoded(comment: String = "kombo-apply ssh serve") -> String {
    let publicKey = Array(key.publicKey.rawRepresentation)
    var publicBlob = SSHWireWriter()
    publicBlob.string(Self.keyType)
    publicBlob.string(publicKey)
    var secret = SSHWireWriter()
    let check = UInt32.random(in: .min ... .max)
    secret.uint32(check)
    secret.uint32(check)
    secret.string(Self.keyType)
    secret.string(publicKey)
    secret.string(Array(key.rawRepresentation) + publicKey)
    secret.string(Array(comment.utf8))
    var padding: UInt8 = 1
    while secret.bytes.count % 8 != 0 {
      secret.raw([padding])
      padding += 1
    }
    var file = SSHWireWriter()
    file.raw(Self.magic)
    file.string(Array("none".utf8))
    file.string(Array("none".utf8))
    file.string([])
    file.uint32(1)
    file.string(publicBlob.bytes)
    file.string(secret.bytes)
    let base64 = Data(file.bytes).base64EncodedString()
    var lines = [Self.armourBegin]
    var rest = Substring(base64)
    while !rest.isEmpty {
      lines.append(String(rest.prefix(70)))
      rest = rest.dropFirst(70)
    }
    lines.append(Self.armourEnd)
    return lines.joined(separator: "\n") + "\n"
  }

  /// Writes the key to `path` through a temporary file (0600) renamed into place, creating the
  /// directory (0700) when missing.
  func write(to path: String) throws(HostKeyError) {
    let directory = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw .io("cannot create \(directory): \(error.localizedDescription)")
    }
    let temporary = path + ".tmp-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw .io("cannot write \(temporary): \(String(cString: strerror(errno)))") }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    let written = Result {
      try handle.write(contentsOf: Data(encoded().utf8))
      try handle.synchronize()
      try handle.close()
    }
    guard case .success = written, rename(temporary, path) == 0 else {
      unlink(temporary)
      throw .io("cannot write the host key \(path)")
    }
  }
}
