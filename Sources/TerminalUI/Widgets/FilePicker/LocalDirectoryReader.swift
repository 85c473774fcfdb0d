import Foundation
import Synchronization
import TextSafety

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the real file system with `opendir`/`readdir` and `lstat`, on a thread of its own so a slow
/// or huge directory never blocks the UI or Swift's cooperative threads.
///
/// Each entry is examined with `lstat`; a symbolic link is then followed once with `stat` to tell a
/// link to a directory from a link to a file; a failing `stat` (missing target, `ELOOP`) marks it
/// broken. Nothing is followed recursively. Reading stops early when the consumer goes away.
public struct LocalDirectoryReader: DirectoryReader {
  /// A reader of the local file system.
  public init() {}

  public func entries(of directory: String, chunkSize: Int) -> AsyncThrowingStream<[FileEntry], any Error> {
    AsyncThrowingStream { continuation in
      let cancelled = CancellationFlag()
      continuation.onTermination = { _ in cancelled.set() }
      let thread = Thread {
        Self.read(directory, chunkSize: max(1, chunkSize), cancelled: cancelled, continuation: continuation)
      }
      thread.name = "kombo-apply directory reader"
      thread.start()
    }
  }

  public func kind(of path: String) async -> FileEntry.Kind? {
    Self.examine(path)?.kind
  }

  private static func read(
    _ directory: String, chunkSize: Int, cancelled: CancellationFlag,
    continuation: AsyncThrowingStream<[FileEntry], any Error>.Continuation
  ) {
    guard let handle = FileNameBytes.withCPath(directory, { opendir($0) }) else {
      continuation.finish(throwing: DirectoryReadError(path: directory, reason: reason(errno)))
      return
    }
    defer { closedir(handle) }
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    var chunk: [FileEntry] = []
    chunk.reserveCapacity(chunkSize)
    while !cancelled.isSet {
      errno = 0
      guard let record = readdir(handle) else {
        if errno != 0 {
          continuation.finish(throwing: DirectoryReadError(path: directory, reason: reason(errno)))
          return
        }
        break
      }
      let name = withUnsafePointer(to: record.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: 256) { chars in
          FileNameBytes.decode(Array(UnsafeRawBufferPointer(start: chars, count: strlen(chars))))
        }
      }
      if name == "." || name == ".." { continue }
      chunk.append(examine(prefix + name, name: name) ?? FileEntry(name: name, kind: .brokenLink))
      if chunk.count >= chunkSize {
        continuation.yield(chunk)
        chunk.removeAll(keepingCapacity: true)
      }
    }
    if !chunk.isEmpty { continuation.yield(chunk) }
    continuation.finish()
  }

  /// `lstat`, then one `stat` for links; nil when nothing is at `path`.
  private static func examine(_ path: String, name: String? = nil) -> FileEntry? {
    var info = stat()
    guard FileNameBytes.withCPath(path, { lstat($0, &info) }) == 0 else { return nil }
    let entryName = name ?? (path as NSString).lastPathComponent
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      return FileEntry(
        name: entryName, kind: .file, size: Int64(info.st_size), modified: modified(info))
    case S_IFDIR: return FileEntry(name: entryName, kind: .directory)
    case S_IFLNK:
      var target = stat()
      guard FileNameBytes.withCPath(path, { stat($0, &target) }) == 0 else {
        return FileEntry(name: entryName, kind: .brokenLink)
      }
      switch target.st_mode & S_IFMT {
      case S_IFDIR: return FileEntry(name: entryName, kind: .linkToDirectory)
      case S_IFREG:
        return FileEntry(
          name: entryName, kind: .linkToFile, size: Int64(target.st_size),
          modified: modified(target))
      default: return FileEntry(name: entryName, kind: .other)
      }
    default: return FileEntry(name: entryName, kind: .other)
    }
  }

  /// The modification time of `info` in whole seconds.
  private static func modified(_ info: stat) -> Int64 {
    #if canImport(Darwin)
      Int64(info.st_mtimespec.tv_sec)
    #else
      Int64(info.st_mtim.tv_sec)
    #endif
  }

  private static func reason(_ code: Int32) -> DirectoryReadError.Reason {
    switch code {
    case EACCES, EPERM: return .permissionDenied
    case ENOENT: return .notFound
    case ENOTDIR: return .notADirectory
    case ELOOP: return .linkLoop
    default: return .other(String(cString: strerror(code)))
    }
  }

  /// Set once by the consumer's termination, read by the reading thread.
  private final class CancellationFlag: Sendable {
    private let value = Mutex(false)

    var isSet: Bool { value.withLock { $0 } }
    func set() { value.withLock { $0 = true } }
  }
}
