public import TerminalUI

/// A file system held in memory, for tests and benchmarks: directories, files, symbolic links and
/// unreadable directories, behaving as `LocalDirectoryReader` does (links followed one level per
/// lookup, a bounded number of hops, so loops end in `.linkLoop`).
public struct InMemoryDirectoryReader: DirectoryReader {
  /// One node of the tree.
  public enum Node: Equatable, Sendable {
    /// A file of `size` bytes.
    case file(size: Int64)
    /// A directory; `readable: false` makes listing it fail with permission denied.
    case directory(readable: Bool)
    /// A symbolic link to `target` (absolute, or relative to the link's directory).
    case link(to: String)
  }

  /// Every node by absolute, normalized path.
  public private(set) var nodes: [String: Node] = ["/": .directory(readable: true)]
  /// Children names per directory path, kept in insertion order.
  private var children: [String: [String]] = [:]

  /// The most links followed while resolving one path (as the kernel's `ELOOP` limit).
  static let maxHops = 40

  /// An empty file system holding only `/`.
  public init() {}

  /// Adds `node` at `path`, creating missing parent directories.
  public mutating func add(_ path: String, _ node: Node) {
    let path = PathText.normalized(path)
    guard path != "/" else { return }
    let parent = PathText.parent(of: path)
    if nodes[parent] == nil { add(parent, .directory(readable: true)) }
    if nodes[path] == nil { children[parent, default: []].append(PathText.lastComponent(of: path)) }
    nodes[path] = node
  }

  /// Adds `count` files named by `name(i)` into `directory` (for huge-directory tests).
  public mutating func addFiles(_ count: Int, in directory: String, size: Int64 = 1, name: (Int) -> String) {
    let directory = PathText.normalized(directory)
    if nodes[directory] == nil { add(directory, .directory(readable: true)) }
    var names = children[directory, default: []]
    names.reserveCapacity(names.count + count)
    for number in 0..<count {
      let file = name(number)
      let path = PathText.join(directory, file)
      if nodes[path] == nil { names.append(file) }
      nodes[path] = .file(size: size)
    }
    children[directory] = names
  }

  public func entries(of directory: String, chunkSize: Int) -> AsyncThrowingStream<[FileEntry], any Error> {
    let listing = list(directory)
    let size = max(1, chunkSize)
    return AsyncThrowingStream { continuation in
      switch listing {
      case .failure(let error):
        continuation.finish(throwing: error)
      case .success(let entries):
        for start in stride(from: 0, to: entries.count, by: size) {
          continuation.yield(Array(entries[start..<min(entries.count, start + size)]))
        }
        continuation.finish()
      }
    }
  }

  public func kind(of path: String) async -> FileEntry.Kind? {
    entry(at: PathText.normalized(path))?.kind
  }

  /// The listing of `directory`, or why it cannot be read.
  public func list(_ directory: String) -> Result<[FileEntry], DirectoryReadError> {
    let path = PathText.normalized(directory)
    switch resolve(path) {
    case .failure(let reason):
      return .failure(DirectoryReadError(path: path, reason: reason))
    case .success(let real):
      guard case .directory(let readable) = nodes[real] else {
        return .failure(DirectoryReadError(path: path, reason: .notADirectory))
      }
      guard readable else { return .failure(DirectoryReadError(path: path, reason: .permissionDenied)) }
      let names = children[real] ?? []
      return .success(
        names.map { entry(at: PathText.join(real, $0)) ?? FileEntry(name: $0, kind: .brokenLink) })
    }
  }

  /// The entry at `path` as `lstat` plus one `stat` would describe it.
  private func entry(at path: String) -> FileEntry? {
    let name = PathText.lastComponent(of: path)
    guard case .success(let parent) = resolve(PathText.parent(of: path)),
      let node = nodes[PathText.join(parent, name)]
    else { return nil }
    switch node {
    case .file(let size): return FileEntry(name: name, kind: .file, size: size)
    case .directory: return FileEntry(name: name, kind: .directory)
    case .link:
      guard case .success(let target) = resolve(PathText.join(parent, name)), let targetNode = nodes[target]
      else {
        return FileEntry(name: name, kind: .brokenLink)
      }
      switch targetNode {
      case .file(let size): return FileEntry(name: name, kind: .linkToFile, size: size)
      case .directory: return FileEntry(name: name, kind: .linkToDirectory)
      case .link: return FileEntry(name: name, kind: .brokenLink)
      }
    }
  }

  /// `path` with every link along it replaced by its target, or why that failed.
  private func resolve(_ path: String) -> Result<String, DirectoryReadError.Reason> {
    var pending = PathText.normalized(path).split(separator: "/").map(String.init)
    var current = "/"
    var hops = 0
    while !pending.isEmpty {
      let next = PathText.join(current, pending.removeFirst())
      switch nodes[next] {
      case nil: return .failure(.notFound)
      case .link(let target):
        hops += 1
        guard hops <= Self.maxHops else { return .failure(.linkLoop) }
        let absolute = PathText.join(current, target)
        pending = absolute.split(separator: "/").map(String.init) + pending
        current = "/"
      case .file where !pending.isEmpty: return .failure(.notADirectory)
      default: current = next
      }
    }
    return .success(current)
  }
}
