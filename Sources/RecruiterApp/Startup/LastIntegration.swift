import ApplyCore
import Foundation

/// The integration picked last time, so the start-up picker offers it first: one line in
/// `last-integration` in the state directory (0600, in the 0700 directory).
public enum LastIntegration {
  /// The file's path in `stateDirectory`.
  public static func path(in stateDirectory: String) -> String {
    stateDirectory + "/last-integration"
  }

  /// The remembered integration id, if any.
  public static func read(in stateDirectory: String) -> String? {
    guard let text = try? String(contentsOfFile: path(in: stateDirectory), encoding: .utf8) else {
      return nil
    }
    let id = text.trimmingCharacters(in: .whitespacesAndNewlines)
    return id.isEmpty ? nil : id
  }

  /// Remembers `id` (best effort: a failure only means the picker starts on the first entry next time).
  public static func write(_ id: String, in stateDirectory: String) {
    let file = path(in: stateDirectory)
    do {
      try PrivateFiles.ensureDirectory(stateDirectory)
      try PrivateFiles.ensureFile(file)
      try Data((id + "\n").utf8).write(to: URL(fileURLWithPath: file))
      try PrivateFiles.restrict(file, to: 0o600)
    } catch {
      return
    }
  }
}
