import Foundation
public import Logging
import NIOConcurrencyHelpers

/// An `authorized_keys` file, read again whenever it changes (a key added while the server runs is
/// let in at the next attempt); a file that cannot be read lets nobody in. Thread-safe.
public final class AuthorizedKeysFile: Sendable {
  /// The file's path.
  public let path: String
  private let logger: Logger
  private let cache = NIOLockedValueBox<(stamp: [Int], keys: AuthorizedKeys)?>(nil)

  /// The file at `path`; warnings about skipped lines go to `logger` each time it is read.
  public init(path: String, logger: Logger) {
    self.path = path
    self.logger = logger
  }

  /// The keys now in the file.
  public func current() -> AuthorizedKeys {
    let stamp = Self.stamp(path)
    if let cached = cache.withLockedValue({ $0 }), cached.stamp == stamp { return cached.keys }
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    if stamp.isEmpty {
      logger.warning("cannot read the authorized keys file; nobody can log in", metadata: ["file": "\(path)"])
    }
    let keys = AuthorizedKeys(text: text)
    for warning in keys.warnings { logger.warning("\(warning)", metadata: ["file": "\(path)"]) }
    cache.withLockedValue { $0 = (stamp, keys) }
    return keys
  }

  /// What tells a changed file from the one read: inode, size and modification time; empty when the
  /// file cannot be read.
  private static func stamp(_ path: String) -> [Int] {
    var info = stat()
    guard stat(path, &info) == 0 else { return [] }
    return [
      Int(info.st_ino), Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec),
    ]
  }
}
