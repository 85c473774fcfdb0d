import Foundation

/// One client's own directories (mode 0700): the child's home (its working directory) and its
/// `XDG_STATE_HOME`, `XDG_DATA_HOME` and `XDG_CACHE_HOME`, so drafts, ledger and history belong to
/// that key alone and come back when the same key connects again.
struct SessionDirectories {
  /// The client's folder under the sessions folder.
  let root: URL

  /// `root/home`.
  var home: URL { root.appendingPathComponent("home", isDirectory: true) }
  /// `root/state`.
  var state: URL { root.appendingPathComponent("state", isDirectory: true) }
  /// `root/data`.
  var data: URL { root.appendingPathComponent("data", isDirectory: true) }
  /// `root/cache`.
  var cache: URL { root.appendingPathComponent("cache", isDirectory: true) }

  /// Creates (or reuses) the directories of `identity` under `sessions`.
  static func prepare(for identity: ClientIdentity, under sessions: URL) throws -> SessionDirectories {
    let directories = SessionDirectories(
      root: sessions.appendingPathComponent(identity.directoryName, isDirectory: true))
    for url in [
      sessions, directories.root, directories.home, directories.state, directories.data, directories.cache,
    ] {
      try FileManager.default.createDirectory(
        at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: url.path)
    }
    return directories
  }

  /// Deletes the directories (an open-demo visitor's, when the session ends).
  func remove() {
    try? FileManager.default.removeItem(at: root)
  }
}
