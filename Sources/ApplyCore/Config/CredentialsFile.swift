import Foundation

/// The API key file, `credentials` in the config directory: the key on its first non-empty line.
///
/// The file must be readable by its owner only; a group- or world-readable file is refused, because
/// anyone else on the machine could have read the key.
public enum CredentialsFile {
  /// The key in `path`, `nil` if the file does not exist; throws if it is readable by others or unreadable.
  public static func load(path: String) throws(ConfigurationError) -> APIKey? {
    guard let mode = PrivateFiles.mode(of: path) else { return nil }
    if mode & 0o077 != 0 {
      let who = mode & 0o007 != 0 ? "every user on this machine" : "members of its group"
      throw ConfigurationError(
        "refusing to use \(path): it can be read by \(who) (mode \(String(mode, radix: 8))), "
          + "so the API key in it may have leaked. Make it private with: chmod 600 \(path)")
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
