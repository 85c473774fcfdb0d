/// One entry of a directory listing, as the file picker shows it.
public struct FileEntry: Equatable, Hashable, Sendable {
  /// What the entry is. Symbolic links are followed one level only, never recursively.
  public enum Kind: Equatable, Hashable, Sendable {
    /// A regular file.
    case file
    /// A directory.
    case directory
    /// A symbolic link to a regular file.
    case linkToFile
    /// A symbolic link to a directory.
    case linkToDirectory
    /// A symbolic link whose target is missing or loops.
    case brokenLink
    /// Anything else (device, socket, pipe): shown, never picked.
    case other
  }

  /// The name within its directory (bytes that are not UTF-8 as `FileNameBytes` stand-ins).
  public let name: String
  /// What it is.
  public let kind: Kind
  /// The size in bytes of a file (or a link's target file); nil otherwise.
  public let size: Int64?
  /// When a file (or a link's target file) was last modified, in seconds since 1970; nil otherwise.
  public let modified: Int64?
  /// The name in lower case, computed once for sorting.
  let sortKey: String

  /// An entry.
  public init(name: String, kind: Kind, size: Int64? = nil, modified: Int64? = nil) {
    self.name = name
    self.kind = kind
    self.size = size
    self.modified = modified
    self.sortKey = name.lowercased()
  }

  /// Whether opening it lists a directory.
  public var isDirectory: Bool { kind == .directory || kind == .linkToDirectory }
  /// Whether it can be picked as a file.
  public var isFile: Bool { kind == .file || kind == .linkToFile }
  /// Whether it is a dotfile.
  public var isHidden: Bool { name.hasPrefix(".") }
}

/// Why a directory could not be listed or a path not examined.
public struct DirectoryReadError: Error, Equatable, Sendable {
  /// The broad reason.
  public enum Reason: Error, Equatable, Sendable {
    /// No permission to read it.
    case permissionDenied
    /// It does not exist.
    case notFound
    /// It is not a directory.
    case notADirectory
    /// Too many levels of symbolic links.
    case linkLoop
    /// Anything else, with the system's words.
    case other(String)
  }

  /// The path concerned.
  public let path: String
  /// Why.
  public let reason: Reason

  /// An error for `path`.
  public init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }

  /// A sentence for the user.
  public var message: String {
    switch reason {
    case .permissionDenied: return "Cannot open \(path): permission denied."
    case .notFound: return "Cannot open \(path): it does not exist."
    case .notADirectory: return "Cannot open \(path): it is not a directory."
    case .linkLoop: return "Cannot open \(path): its symbolic links loop."
    case .other(let words): return "Cannot open \(path): \(words)."
    }
  }
}

/// The file system as the file picker needs it: list a directory in chunks and examine one path.
/// Implementations never follow symbolic links recursively, so loops cannot hang them.
public protocol DirectoryReader: Sendable {
  /// The entries of `directory` (in any order), delivered in chunks of at most `chunkSize` as they
  /// are read; the stream throws `DirectoryReadError` when the directory cannot be listed.
  func entries(of directory: String, chunkSize: Int) -> AsyncThrowingStream<[FileEntry], any Error>
  /// What `path` is (a link is followed one level), or nil when nothing is there.
  func kind(of path: String) async -> FileEntry.Kind?
}
