public import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Owner-only files and directories: state files 0600 in 0700 directories, checked and fixed on open.
public enum PrivateFiles {
  /// A failure to create or secure a path.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    /// What went wrong, naming the path.
    public let description: String
  }

  /// The permission bits (`st_mode & 0o7777`) of `path`, or `nil` if it does not exist.
  public static func mode(of path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o7777
  }

  /// Creates `path` and its missing parents with mode 0700; makes an existing `path` 0700.
  public static func ensureDirectory(_ path: String) throws(Failure) {
    var isDirectory: ObjCBool = false
    if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      do {
        try FileManager.default.createDirectory(
          atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      } catch {
        throw Failure(description: "cannot create the directory \(path): \(error.localizedDescription)")
      }
    } else if !isDirectory.boolValue {
      throw Failure(description: "\(path) exists but is not a directory")
    }
    try restrict(path, to: 0o700)
  }

  /// Creates `path` (empty) with mode 0600 if missing; makes an existing file 0600.
  public static func ensureFile(_ path: String) throws(Failure) {
    let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      throw Failure(description: "cannot create \(path): \(String(cString: strerror(errno)))")
    }
    close(fd)
    try restrict(path, to: 0o600)
  }

  /// Sets the mode of `path` to `mode` if it differs; missing paths are ignored.
  public static func restrict(_ path: String, to mode: mode_t) throws(Failure) {
    guard let current = self.mode(of: path), current != mode else { return }
    guard chmod(path, mode) == 0 else {
      throw Failure(
        description:
          "cannot set the mode of \(path) to \(String(mode, radix: 8)): \(String(cString: strerror(errno)))")
    }
  }
}
