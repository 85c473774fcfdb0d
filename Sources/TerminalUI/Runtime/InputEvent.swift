/// A key on the keyboard, without modifiers.
public enum Key: Hashable, Sendable {
  /// A printable grapheme cluster; with `.control` or `.alt` it names a chord (`ctrl+a` is `"a"`).
  case character(Character)
  /// Return / Enter.
  case enter
  /// Tab (with `.shift`: back-tab).
  case tab
  /// Backspace.
  case backspace
  /// Delete (forward).
  case delete
  /// Escape, on its own.
  case escape
  /// Arrow up.
  case up
  /// Arrow down.
  case down
  /// Arrow left.
  case left
  /// Arrow right.
  case right
  /// Home.
  case home
  /// End.
  case end
  /// Page up.
  case pageUp
  /// Page down.
  case pageDown
  /// Insert.
  case insert
  /// Function key F1…F24.
  case function(Int)
}

/// Modifier keys held with a key.
public struct Modifiers: OptionSet, Hashable, Sendable {
  /// The bit set.
  public let rawValue: UInt8

  /// Modifiers from bits.
  public init(rawValue: UInt8) {
    self.rawValue = rawValue
  }

  /// Control.
  public static let control = Modifiers(rawValue: 1 << 0)
  /// Alt / Meta (sent by terminals as an Escape prefix).
  public static let alt = Modifiers(rawValue: 1 << 1)
  /// Shift (only reported for non-character keys; a shifted letter is just its capital).
  public static let shift = Modifiers(rawValue: 1 << 2)
}

/// A key press: a key and the modifiers held with it.
public struct KeyPress: Hashable, Sendable, CustomStringConvertible {
  /// The key.
  public var key: Key
  /// Modifiers held.
  public var modifiers: Modifiers

  /// A press of `key` with `modifiers`.
  public init(_ key: Key, _ modifiers: Modifiers = []) {
    self.key = key
    self.modifiers = modifiers
  }

  /// A plain character.
  public static func character(_ character: Character) -> KeyPress { KeyPress(.character(character)) }
  /// Control plus a letter, e.g. `.control("a")`.
  public static func control(_ character: Character) -> KeyPress {
    KeyPress(.character(character), .control)
  }
  /// Alt plus a character, e.g. `.alt("b")`.
  public static func alt(_ character: Character) -> KeyPress { KeyPress(.character(character), .alt) }
  /// Enter.
  public static let enter = KeyPress(.enter)
  /// Tab.
  public static let tab = KeyPress(.tab)
  /// Shift-Tab.
  public static let backTab = KeyPress(.tab, .shift)
  /// Escape.
  public static let escape = KeyPress(.escape)
  /// Backspace.
  public static let backspace = KeyPress(.backspace)

  /// The printable character when no control or alt modifier is held.
  public var plainCharacter: Character? {
    guard case .character(let character) = key, modifiers.isDisjoint(with: [.control, .alt]) else {
      return nil
    }
    return character
  }

  /// The name shown in help lines: `ctrl+a`, `shift+tab`, `alt+enter`, `↑`, `f5`.
  public var description: String {
    var parts: [String] = []
    if modifiers.contains(.control) { parts.append("ctrl") }
    if modifiers.contains(.alt) { parts.append("alt") }
    if modifiers.contains(.shift) { parts.append("shift") }
    parts.append(key.name)
    return parts.joined(separator: "+")
  }
}

extension Key {
  /// The key's short name as shown in help lines.
  public var name: String {
    switch self {
    case .character(" "): "space"
    case .character(let character): String(character)
    case .enter: "enter"
    case .tab: "tab"
    case .backspace: "backspace"
    case .delete: "del"
    case .escape: "esc"
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .home: "home"
    case .end: "end"
    case .pageUp: "pgup"
    case .pageDown: "pgdn"
    case .insert: "ins"
    case .function(let number): "f\(number)"
    }
  }
}

/// A signal the app should react to (the terminal turns them into events; it never acts on them alone).
public enum TerminalSignal: Hashable, Sendable {
  /// SIGHUP: the terminal is gone (SSH dropped). Save and exit without drawing.
  case hangup
  /// SIGTERM: asked to stop. Save and exit.
  case terminate
  /// SIGINT from outside (in raw mode the keyboard's Ctrl-C is a key, not this).
  case interrupt
  /// SIGQUIT.
  case quit

  /// The POSIX signal number, for re-raising so the exit status tells the truth.
  public var number: Int32 {
    switch self {
    case .hangup: 1
    case .interrupt: 2
    case .quit: 3
    case .terminate: 15
    }
  }
}

/// Everything a terminal reports to a program.
public enum InputEvent: Hashable, Sendable {
  /// A key press.
  case key(KeyPress)
  /// Bracketed paste: the whole pasted text at once (sanitised by whoever inserts it).
  case paste(String)
  /// The terminal's new size.
  case resize(Size)
  /// A signal to react to.
  case signal(TerminalSignal)
  /// The program was suspended (Ctrl-Z) and is back; the screen has been redrawn.
  case resumed
  /// The input is closed (no more events will come).
  case endOfInput
}
