import ApplyCore
public import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Who is editing a draft, like vim's swap file "STILL RUNNING": one lock file per draft being
/// edited, held with `flock`, so a second kombo-apply never silently overwrites a draft another one
/// has open. The kernel drops the lock when its process ends, however it ends (`kill -9` included),
/// so a crashed instance never leaves a draft locked.
///
/// Files are `draft-<id>.lock` (0600, holding the owner's pid for messages) in a 0700 directory.
public final class DraftLocks: Sendable {
  /// Who holds a draft's lock.
  public enum Holder: Sendable, Equatable {
    /// Nobody: the draft can be opened.
    case free
    /// This process (through this object).
    case thisProcess
    /// Another running process; its pid when it could be read.
    case other(pid: Int32?)
  }

  /// Why a lock could not be taken or checked.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    /// What went wrong, naming the file (never draft content).
    public let description: String
  }

  private let directory: String
  private let processID: Int32
  /// The descriptor of each lock this process holds, by draft id.
  private let held = Mutex<[String: Int32]>([:])

  /// Locks kept in `directory` (created 0700 on first use) for `processID`.
  public init(directory: String, processID: Int32 = getpid()) {
    self.directory = directory
    self.processID = processID
  }

  deinit {
    for (id, descriptor) in held.withLock({ $0 }) {
      unlink(path(id))
      close(descriptor)
    }
  }

  /// Takes the lock of draft `id` for this process; returns who holds it afterwards
  /// (`.thisProcess` on success, `.other` when another process has it).
  @discardableResult
  public func acquire(_ id: String) throws(Failure) -> Holder {
    try held.withLock { (held) throws(Failure) -> Holder in try acquire(id, held: &held) }
  }

  private func acquire(_ id: String, held: inout [String: Int32]) throws(Failure) -> Holder {
    if held[id] != nil { return .thisProcess }
    do {
      try PrivateFiles.ensureDirectory(directory)
    } catch {
      throw Failure(description: error.description)
    }
    let file = try path(checked: id)
    while true {
      let descriptor = open(file, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else { throw failure("cannot open \(file)") }
      if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
        let owner = Self.readPID(descriptor)
        close(descriptor)
        return .other(pid: owner)
      }
      // The holder before us may have unlinked the file while we waited for it: then our lock is on
      // a dead inode, and another process may already lock a new file under the same name.
      guard Self.isSameFile(descriptor, file) else {
        close(descriptor)
        continue
      }
      let text = "\(processID)\n"
      _ = ftruncate(descriptor, 0)
      _ = text.withCString { pwrite(descriptor, $0, strlen($0), 0) }
      held[id] = descriptor
      return .thisProcess
    }
  }

  /// Gives up the lock of draft `id` (removing its file); nothing happens if this process does not hold it.
  public func release(_ id: String) {
    held.withLock { held in
      guard let descriptor = held.removeValue(forKey: id) else { return }
      unlink(path(id))
      close(descriptor)
    }
  }

  /// Who holds the lock of draft `id` now.
  public func holder(of id: String) -> Holder {
    held.withLock { held in
      if held[id] != nil { return .thisProcess }
      let descriptor = open(path(id), O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { return .free }
      defer { close(descriptor) }
      if flock(descriptor, LOCK_SH | LOCK_NB) == 0 {
        flock(descriptor, LOCK_UN)
        return .free
      }
      return .other(pid: Self.readPID(descriptor))
    }
  }

  /// Whether this process holds the lock of draft `id`.
  public func holds(_ id: String) -> Bool {
    held.withLock { $0[id] != nil }
  }

  private func path(_ id: String) -> String {
    directory + "/draft-" + id + ".lock"
  }

  private func path(checked id: String) throws(Failure) -> String {
    let allowed = id.unicodeScalars.allSatisfy { scalar in
      scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-")
    }
    guard allowed, !id.isEmpty, id.count <= 64 else {
      throw Failure(description: "draft id \(id.debugDescription) is not a plain identifier")
    }
    return path(id)
  }

  private func failure(_ what: String) -> Failure {
    Failure(description: "\(what): \(String(cString: strerror(errno)))")
  }

  private static func readPID(_ descriptor: Int32) -> Int32? {
    var buffer = [UInt8](repeating: 0, count: 16)
    let count = pread(descriptor, &buffer, buffer.count, 0)
    guard count > 0 else { return nil }
    let text = String(decoding: buffer.prefix(count), as: UTF8.self)
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  private static func isSameFile(_ descriptor: Int32, _ path: String) -> Bool {
    var opened = stat()
    var named = stat()
    guard fstat(descriptor, &opened) == 0, stat(path, &named) == 0 else { return false }
    return opened.st_dev == named.st_dev && opened.st_ino == named.st_ino
  }
}
