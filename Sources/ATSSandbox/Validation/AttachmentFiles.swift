import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let systemWrite = Darwin.write
#endif

/// Attachment bytes on disk, one 0600 file per attachment in a 0700 directory beside the database.
///
/// Kept out of SQLite so a 10 MB upload costs one file write instead of churning the WAL; the
/// database row that names a file is committed only after the file is written.
struct AttachmentFiles: Sendable {
  /// The directory holding the files.
  let directory: URL

  /// Opens (creating if needed) `directory` with mode 0700.
  init(directory: URL) throws {
    self.directory = directory
    try FileManager.default.createDirectory(
      at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory.path)
  }

  /// Writes `data` as the file of attachment `id`, created 0600 (never world-readable, not even briefly).
  func write(_ data: Data, id: String) throws {
    let path = directory.appendingPathComponent(id).path
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    defer { close(descriptor) }
    try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = systemWrite(descriptor, base + offset, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        offset += written
      }
    }
  }

  /// The bytes of attachment `id`.
  func read(id: String) throws -> Data {
    try Data(contentsOf: directory.appendingPathComponent(id))
  }

  /// Deletes files no stored attachment names (left by a crash between writing a file and
  /// committing its row).
  func removeUnreferenced(keeping referenced: Set<String>) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    remove(names.filter { !referenced.contains($0) })
  }

  /// Deletes the files of `ids` (after a refused insert); missing files are ignored.
  func remove(_ ids: [String]) {
    for id in ids { try? FileManager.default.removeItem(at: directory.appendingPathComponent(id)) }
  }
}
