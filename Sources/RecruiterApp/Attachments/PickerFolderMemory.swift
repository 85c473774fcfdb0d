import ApplyCore
import Foundation
import Synchronization

/// The folder the attachments picker last added a file from, remembered per user: one line in
/// `picker-folder` in the state directory (0600, in the 0700 directory, replaced atomically), so
/// the next application's picker opens there. Read once when made; later changes are kept in memory
/// and written by effects.
public final class PickerFolderMemory: Sendable {
  /// The state directory, or nil to remember only for this run.
  let directory: String?
  private let folder: Mutex<String?>

  /// The memory kept in `stateDirectory` (nil: nothing read or written, as in tests).
  public init(stateDirectory: String?) {
    directory = stateDirectory
    let text = stateDirectory.map(Self.path(in:)).flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
    let line = text?.trimmingCharacters(in: .newlines) ?? ""
    folder = Mutex(line.hasPrefix("/") ? line : nil)
  }

  /// The file's path in `stateDirectory`.
  public static func path(in stateDirectory: String) -> String {
    stateDirectory + "/picker-folder"
  }

  /// The remembered folder while it still is a directory (one `stat`), else nil.
  public var existingFolder: String? {
    guard let folder = folder.withLock({ $0 }) else { return nil }
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue
      ? folder : nil
  }

  /// Remembers `folder` and writes it (best effort: a failure only means the picker starts in the
  /// working directory next time).
  public func remember(_ folder: String) {
    self.folder.withLock { $0 = folder }
    guard let directory else { return }
    let file = Self.path(in: directory)
    let temporary = file + ".\(getpid()).tmp"
    do {
      try PrivateFiles.ensureDirectory(directory)
      try PrivateFiles.ensureFile(temporary)
      try Data((folder + "\n").utf8).write(to: URL(fileURLWithPath: temporary))
      guard rename(temporary, file) == 0 else {
        unlink(temporary)
        return
      }
    } catch {
      unlink(temporary)
    }
  }
}
