import Foundation

/// What a client may set in its session's environment, and the child's environment built from it.
///
/// Only `LANG`, `LC_*`, `NO_COLOR` and `COLORTERM` are taken from `env` requests, with printable
/// values of at most 128 characters, and at most 32 of them; `TERM` comes from the pty request and
/// must look like a terminal name.
struct SessionEnvironment {
  /// Variables the client set.
  private(set) var client: [String: String] = [:]
  /// The terminal type (`TERM`); nil until a pty is requested.
  private(set) var term: String?

  /// Takes `name=value` from an `env` request; false when it is not allowed.
  mutating func set(_ name: String, _ value: String) -> Bool {
    guard Self.allows(name), value.count <= 128,
      value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }),
      client.count < 32 || client[name] != nil
    else { return false }
    client[name] = value
    return true
  }

  /// Where terminal descriptions are looked up (ncurses' compiled-in search path on Debian).
  static let terminfoDirectories = ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo"]

  /// Takes the terminal type of a pty request; a name with characters a terminal name never has, or
  /// one this machine has no description of (the app could not start on it), becomes
  /// `xterm-256color`.
  mutating func setTerminal(_ name: String) {
    let allowed =
      (1...64).contains(name.count)
      && name.unicodeScalars.allSatisfy { scalar in
        scalar.isASCII
          && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            || ".+-_".unicodeScalars.contains(scalar))
      }
    term = allowed && Self.isKnownTerminal(name) ? name : "xterm-256color"
  }

  /// Whether a terminfo description of `name` exists (under its first letter, or its hex code as
  /// some systems file them).
  static func isKnownTerminal(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first else { return false }
    let folders = [String(first), String(first.value, radix: 16)]
    return terminfoDirectories.contains { directory in
      folders.contains { FileManager.default.fileExists(atPath: "\(directory)/\($0)/\(name)") }
    }
  }

  /// Whether a client may set `name`.
  static func allows(_ name: String) -> Bool {
    if name == "LANG" || name == "NO_COLOR" || name == "COLORTERM" { return true }
    guard name.hasPrefix("LC_"), name.count > 3, name.count <= 32 else { return false }
    return name.dropFirst(3).unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || $0 == "_" }
  }

  /// The child's environment: `base`, the session's directories, `TERM` (`dumb` without a pty) and
  /// the client's variables; `LANG=C.UTF-8` when the client named no locale.
  func childEnvironment(base: [String: String], directories: SessionDirectories) -> [String: String] {
    var environment = base
    environment["HOME"] = directories.home.path
    environment["XDG_STATE_HOME"] = directories.state.path
    environment["XDG_DATA_HOME"] = directories.data.path
    environment["XDG_CACHE_HOME"] = directories.cache.path
    environment["TERM"] = term ?? "dumb"
    environment.merge(client) { $1 }
    if client["LANG"] == nil && client["LC_ALL"] == nil && client["LC_CTYPE"] == nil {
      environment["LANG"] = "C.UTF-8"
    }
    return environment
  }
}
