import Foundation
import Synchronization

/// A `FileSystem` holding files in memory: the files embedded in a create-application body (so they
/// are validated as files on disk are), and tests. Paths are used verbatim.
/// Thread-safe: every access to the files goes through one mutex.
public final class InMemoryFileSystem: FileSystem, Sendable {
  private let files: Mutex<[String: Entry]>

  private enum Entry: Sendable {
    case file([UInt8])
    case directory
    case unreadable
  }

  /// A file system with the given files (path → contents).
  public init(files: [String: [UInt8]] = [:]) {
    self.files = Mutex(files.mapValues { .file($0) })
  }

  /// Adds or replaces the file at `path`.
  public func write(_ contents: [UInt8], atPath path: String) {
    files.withLock { $0[path] = .file(contents) }
  }

  /// Makes `path` a directory, so reading it fails as with a real directory.
  public func makeDirectory(atPath path: String) {
    files.withLock { $0[path] = .directory }
  }

  /// Makes `path` exist but fail every read with "permission denied".
  public func makeUnreadable(atPath path: String) {
    files.withLock { $0[path] = .unreadable }
  }

  /// Removes whatever is at `path`.
  public func remove(atPath path: String) {
    files.withLock { $0[path] = nil }
  }

  /// The size of the file at `path`.
  public func fileSize(atPath path: String) throws(FileSystemError) -> Int {
    try contents(atPath: path).count
  }

  /// Bytes `offset..<offset+count` of the file, clamped to its end.
  public func read(atPath path: String, offset: Int, count: Int) throws(FileSystemError) -> [UInt8] {
    let bytes = try contents(atPath: path)
    let start = min(max(offset, 0), bytes.count)
    return Array(bytes[start..<min(start + max(count, 0), bytes.count)])
  }

  /// Hands the file to `body` in chunks of `chunkSize` bytes.
  public func readChunks(
    atPath path: String, chunkSize: Int, _ body: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    let bytes = try contents(atPath: path)
    try bytes.withUnsafeBytes { all in
      var start = 0
      while start < all.count {
        let end = min(start + chunkSize, all.count)
        try body(UnsafeRawBufferPointer(rebasing: all[start..<end]))
        start = end
      }
    }
  }

  private func contents(atPath path: String) throws(FileSystemError) -> [UInt8] {
    let entry = files.withLock { $0[path] }
    switch entry {
    case .file(let bytes): return bytes
    case .directory: throw FileSystemError(.notAFile, path: path)
    case .unreadable: throw FileSystemError(.permissionDenied, path: path)
    case nil: throw FileSystemError(.notFound, path: path)
    }
  }
}
