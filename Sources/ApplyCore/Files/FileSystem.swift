import TextSafety

/// The file reads the core needs for attachments: a seam with a real implementation
/// (`LocalFileSystem`) and an in-memory twin (`InMemoryFileSystem`) for tests.
///
/// Paths are as the user gave them; an implementation decides how to resolve them.
public protocol FileSystem: Sendable {
  /// The size in bytes of the regular file at `path`.
  func fileSize(atPath path: String) throws(FileSystemError) -> Int

  /// Up to `count` bytes of the file at `path` starting at byte `offset` (fewer at the end of the file).
  func read(atPath path: String, offset: Int, count: Int) throws(FileSystemError) -> [UInt8]

  /// Reads the whole file at `path` in order, handing `body` one chunk of at most `chunkSize` bytes at a
  /// time; every chunk but the last holds exactly `chunkSize` bytes. The buffer is valid only inside
  /// `body`. Errors thrown by `body` pass through unchanged.
  func readChunks(
    atPath path: String, chunkSize: Int, _ body: (UnsafeRawBufferPointer) throws -> Void
  ) throws
}

/// Why a file could not be read, with a message naming the path.
public struct FileSystemError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The kind of failure.
  public enum Kind: Equatable, Sendable {
    /// Nothing exists at the path.
    case notFound
    /// The path names a directory or another non-regular file.
    case notAFile
    /// The process may not read the file.
    case permissionDenied
    /// Any other failure, with the system's words for it.
    case other(String)
  }

  /// The kind of failure.
  public let kind: Kind
  /// The path as given.
  public let path: String

  /// An error of `kind` for `path`.
  public init(_ kind: Kind, path: String) {
    self.kind = kind
    self.path = path
  }

  /// A sentence for a person: "'cv.pdf' does not exist" (the path sanitised: no escape sequences or
  /// control characters).
  public var description: String {
    let path = Sanitizer.clean(path)
    return switch kind {
    case .notFound: "'\(path)' does not exist"
    case .notAFile: "'\(path)' is not a regular file"
    case .permissionDenied: "'\(path)' cannot be read (permission denied)"
    case .other(let reason): "'\(path)' cannot be read: \(reason)"
    }
  }
}
