import Foundation
import TextSafety

/// The real `FileSystem`: POSIX reads of the machine's files.
///
/// A leading `~/` is resolved against `homeDirectory` when one is given; other relative paths are
/// relative to the process's working directory, so front ends should store absolute paths in drafts.
public struct LocalFileSystem: FileSystem {
  /// The directory `~` stands for, or nil to take `~` literally.
  public let homeDirectory: String?

  /// A file system resolving `~/` against `homeDirectory`.
  public init(homeDirectory: String? = nil) {
    self.homeDirectory = homeDirectory
  }

  /// `path` with a leading `~` or `~/` replaced by the home directory.
  public func resolve(_ path: String) -> String {
    guard let home = homeDirectory, path == "~" || path.hasPrefix("~/") else { return path }
    return home + path.dropFirst()
  }

  /// The size of the regular file at `path`.
  public func fileSize(atPath path: String) throws(FileSystemError) -> Int {
    let descriptor = try open(path)
    defer { close(descriptor.fd) }
    return descriptor.size
  }

  /// Up to `count` bytes from `offset`, read with `pread`.
  public func read(atPath path: String, offset: Int, count: Int) throws(FileSystemError) -> [UInt8] {
    let descriptor = try open(path)
    defer { close(descriptor.fd) }
    let wanted = max(0, min(count, descriptor.size - offset))
    var failure: FileSystemError?
    let bytes = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, initialized in
      initialized = 0
      guard let start = buffer.baseAddress else { return }
      while initialized < wanted {
        let got = pread(
          descriptor.fd, start + initialized, wanted - initialized,
          off_t(offset + initialized))
        if got < 0, errno == EINTR { continue }
        if got < 0 { failure = Self.error(errno, path: path) }
        if got <= 0 { break }
        initialized += got
      }
    }
    if let failure { throw failure }
    return bytes
  }

  /// Reads the file sequentially into one reused buffer of `chunkSize` bytes.
  public func readChunks(
    atPath path: String, chunkSize: Int, _ body: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    let descriptor = try open(path)
    defer { close(descriptor.fd) }
    let start = UnsafeMutableRawPointer.allocate(byteCount: max(chunkSize, 1), alignment: 16)
    defer { start.deallocate() }
    let buffer = UnsafeMutableRawBufferPointer(start: start, count: max(chunkSize, 1))
    while true {
      var filled = 0
      while filled < buffer.count {
        let got = Foundation.read(descriptor.fd, start + filled, buffer.count - filled)
        if got < 0, errno == EINTR { continue }
        if got < 0 { throw Self.error(errno, path: path) }
        if got == 0 { break }
        filled += got
      }
      if filled > 0 { try body(UnsafeRawBufferPointer(rebasing: buffer[0..<filled])) }
      if filled < buffer.count { return }
    }
  }

  private func open(_ path: String) throws(FileSystemError) -> (fd: Int32, size: Int) {
    let resolved = resolve(path)
    let fd = FileNameBytes.withCPath(resolved) { Foundation.open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
    if fd < 0 { throw Self.error(errno, path: path) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      let error = Self.error(errno, path: path)
      close(fd)
      throw error
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      close(fd)
      throw FileSystemError(.notAFile, path: path)
    }
    return (fd, Int(info.st_size))
  }

  private static func error(_ code: Int32, path: String) -> FileSystemError {
    switch code {
    case ENOENT, ENOTDIR: FileSystemError(.notFound, path: path)
    case EACCES, EPERM: FileSystemError(.permissionDenied, path: path)
    case EISDIR: FileSystemError(.notAFile, path: path)
    default: FileSystemError(.other(String(cString: strerror(code))), path: path)
    }
  }
}
