import Foundation

/// The API key file, `credentials` in the config directory: the key on its first non-empty line.
///
/// The file must be readable and writable by its owner only; a file its group or other users can read
/// or write is refused, because anyone else on the machine could have read or replaced the key.
public enum CredentialsFile {
  /// The key in `path`, `nil` if nothing is there; throws if the file is open to others or unreadable,
  /// or if `path` is a symbolic link to nothing (a configured key that cannot be read is never taken as
  /// "no key", which would switch to the built-in sandbox).
  public static func load(path: String) throws(ConfigurationError) -> APIKey? {
    guard let mode = PrivateFiles.mode(of: path) else {
      var link = stat()
      guard lstat(path, &link) == 0 else { return nil }
      throw ConfigurationError(
        "cannot read \(path): it is a symbolic link to a file that does not exist; point it at the file "
          + "with the API key, or remove it to use the built-in sandbox")
    }
    if mode & 0o077 != 0 {
      let who = mode & 0o007 != 0 ? "every user on this machine" : "members of its group"
      let readable = mode & 0o044 != 0
      let writable = mode & 0o022 != 0
      let access = readable && writable ? "read and written" : readable ? "read" : "written"
      let risk =
        readable ? "so the API key in it may have leaked" : "so someone else could have replaced the API key"
      throw ConfigurationError(
        "refusing to use \(path): it can be \(access) by \(who) (mode \(String(mode, radix: 8))), "
          + "\(risk). Make it private with: chmod 600 \(path)")
    }
    let text: String
    do {
      text = try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw ConfigurationError("cannot read \(path): \(error.localizedDescription)")
    }
    let line = text.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) }
    guard let line, let key = APIKey(String(line)) else {
      throw ConfigurationError("\(path) is empty: put the API key on its first line, or remove the file")
    }
    return key
  }
}
