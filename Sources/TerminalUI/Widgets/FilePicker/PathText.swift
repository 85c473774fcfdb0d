import Foundation

/// Lexical path arithmetic for the file picker: joining, parents, `.`/`..`, `~`, and cleaning up a
/// pasted path. Nothing here touches the file system, so nothing here can follow a link.
public enum PathText {
  /// `path` with `.` removed, `..` applied and repeated slashes collapsed; absolute stays absolute.
  public static func normalized(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/") {
      switch part {
      case ".": continue
      case "..":
        if let last = parts.last, last != ".." {
          parts.removeLast()
        } else if !absolute {
          parts.append(part)
        }
      default: parts.append(part)
      }
    }
    let joined = parts.joined(separator: "/")
    return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
  }

  /// `name` inside `directory`, normalized.
  public static func join(_ directory: String, _ name: String) -> String {
    if name.hasPrefix("/") { return normalized(name) }
    return normalized(directory + "/" + name)
  }

  /// The directory holding `path` (`/` for `/` itself).
  public static func parent(of path: String) -> String {
    join(path, "..")
  }

  /// The last component of `path` (empty for `/`).
  public static func lastComponent(of path: String) -> String {
    String(normalized(path).split(separator: "/").last ?? "")
  }

  /// `typed` as an absolute path: `~` and `~/…` become the home directory, relative paths are taken
  /// from `directory`. Normalized, except that a trailing slash is kept (it means "inside").
  public static func resolve(_ typed: String, from directory: String, home: String) -> String {
    var text = typed
    if text == "~" {
      text = home
    } else if text.hasPrefix("~/") {
      text = home + text.dropFirst(1)
    }
    let absolute = text.hasPrefix("/") ? normalized(text) : join(directory, text)
    return typed.hasSuffix("/") && absolute != "/" ? absolute + "/" : absolute
  }

  /// Splits typed text at its last slash: the directory part (kept as typed, with its slash) and the
  /// name prefix being completed.
  public static func splitForCompletion(_ typed: String) -> (directory: String, prefix: String) {
    guard let slash = typed.lastIndex(of: "/") else { return ("", typed) }
    return (String(typed[...slash]), String(typed[typed.index(after: slash)...]))
  }

  /// A path as terminals paste it, made plain: surrounding spaces and newlines trimmed, matching
  /// quotes removed, a `file://` URL decoded, and shell backslash escapes (`My\ CV.pdf`) undone.
  public static func cleanPasted(_ pasted: String) -> String {
    var text = pasted.trimmingSpaces
    if text.count >= 2, let first = text.first, first == "'" || first == "\"", text.last == first {
      return String(text.dropFirst().dropLast())
    }
    if text.hasPrefix("file://") {
      text = String(text.dropFirst("file://".count))
      if let slash = text.firstIndex(of: "/") { text = String(text[slash...]) }
      return text.removingPercentEncoding ?? text
    }
    var result = ""
    var escaping = false
    for character in text {
      if escaping {
        result.append(character)
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        result.append(character)
      }
    }
    return result
  }
}
