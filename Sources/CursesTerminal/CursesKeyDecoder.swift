@preconcurrency import CNcursesw
import CursesShim
import TerminalUI

/// Turns what `wget_wch` returns into input events: named keys, control and alt chords (Alt arrives
/// as an Escape prefix), and bracketed paste collected into one event. Lives on the curses thread.
struct CursesKeyDecoder {
  /// Key codes given to sequences ncurses does not know (via `define_key`).
  enum Code {
    static let pasteStart: Int32 = 0x7A0
    static let pasteEnd: Int32 = 0x7A1
    static let controlLeft: Int32 = 0x7A2
    static let controlRight: Int32 = 0x7A3
    static let altLeft: Int32 = 0x7A4
    static let altRight: Int32 = 0x7A5

    /// Sequences to register, with their codes. Home and End come in several dialects (xterm's
    /// `ESC O H`, VT220/tmux/screen's `ESC [ 1 ~`, rxvt's `ESC [ 7 ~` …); a `TERM` that doesn't match the
    /// terminal (xterm-256color inside tmux is common) would otherwise turn End into typed text.
    static let sequences: [(String, Int32)] =
      [
        ("\u{1B}[200~", pasteStart), ("\u{1B}[201~", pasteEnd),
        ("\u{1B}[1;5D", controlLeft), ("\u{1B}[1;5C", controlRight),
        ("\u{1B}[1;3D", altLeft), ("\u{1B}[1;3C", altRight),
      ] + ["\u{1B}[1~", "\u{1B}[7~", "\u{1B}[H", "\u{1B}OH"].map { ($0, KEY_HOME) }
      + ["\u{1B}[4~", "\u{1B}[8~", "\u{1B}[F", "\u{1B}OF"].map { ($0, KEY_END) }
      + linuxConsole

    /// What the Linux console and common emulators send under `TERM=linux` that its terminfo entry
    /// does not list: Shift-Tab as `ESC [ Z`, F1–F4 as `ESC [ [ A`…, VT220's `ESC [ 11 ~`… and xterm's
    /// `ESC O P`…
    static let linuxConsole: [(String, Int32)] =
      [("\u{1B}[Z", KEY_BTAB)]
      + (1...4).flatMap { number -> [(String, Int32)] in
        let letter = Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(number - 1)))
        let xterm = Character(Unicode.Scalar(UInt8(ascii: "P") + UInt8(number - 1)))
        return [
          ("\u{1B}[[\(letter)", cs_KEY_F(Int32(number))), ("\u{1B}[1\(number)~", cs_KEY_F(Int32(number))),
          ("\u{1B}O\(xterm)", cs_KEY_F(Int32(number))),
        ]
      }
  }

  /// Text of a paste in progress.
  private var paste: String.UnicodeScalarView?
  /// Whether the paste's last character was a carriage return (a line feed after it ends the same line).
  private var pasteAfterReturn = false

  /// Decodes one `wget_wch` result; `next` reads the following input at once (nil when none is
  /// waiting), for Escape prefixes. Returns the events made (none while a paste is being collected).
  mutating func decode(status: Int32, value: wint_t, next: () -> (Int32, wint_t)?) -> [InputEvent] {
    if status == KEY_CODE_YES {
      return decodeKey(Int32(bitPattern: value))
    }
    guard let scalar = Unicode.Scalar(UInt32(value)) else { return [] }
    if paste != nil {
      // CR LF and a lone CR are one line break, as LF is.
      defer { pasteAfterReturn = scalar.value == 13 }
      if scalar.value == 10 && pasteAfterReturn { return [] }
      paste?.append(scalar.value == 13 ? "\n" : scalar)
      return []
    }
    if scalar.value == 27 {
      guard let (nextStatus, nextValue) = next() else { return [.key(.escape)] }
      if nextStatus == KEY_CODE_YES { return [.key(.escape)] + decodeKey(Int32(bitPattern: nextValue)) }
      guard let following = Unicode.Scalar(UInt32(nextValue)) else { return [.key(.escape)] }
      if following.value == 27 { return [.key(.escape), .key(.escape)] }
      var key = CursesKeyDecoder.plainKey(following)
      key.modifiers.insert(.alt)
      return [.key(key)]
    }
    return [.key(CursesKeyDecoder.plainKey(scalar))]
  }

  /// A character that is not a curses key code: controls become ctrl chords or named keys.
  static func plainKey(_ scalar: Unicode.Scalar) -> KeyPress {
    switch scalar.value {
    case 13: return .enter
    case 9: return .tab
    case 8, 127: return .backspace
    case 27: return .escape
    case 0: return .control(" ")
    case 1...26, 28...31:
      let offset: UInt32 = scalar.value <= 26 ? 96 : 64
      return .control(Character(Unicode.Scalar(UInt8(scalar.value + offset))))
    default: return .character(Character(scalar))
    }
  }

  private mutating func decodeKey(_ code: Int32) -> [InputEvent] {
    if code == Code.pasteStart {
      paste = String.UnicodeScalarView()
      pasteAfterReturn = false
      return []
    }
    if code == Code.pasteEnd {
      defer { paste = nil }
      return paste.map { [.paste(String($0))] } ?? []
    }
    guard paste == nil else { return [] }
    let key: KeyPress? =
      switch code {
      case KEY_UP: KeyPress(.up)
      case KEY_DOWN: KeyPress(.down)
      case KEY_LEFT: KeyPress(.left)
      case KEY_RIGHT: KeyPress(.right)
      case KEY_SLEFT: KeyPress(.left, .shift)
      case KEY_SRIGHT: KeyPress(.right, .shift)
      case KEY_SR: KeyPress(.up, .shift)
      case KEY_SF: KeyPress(.down, .shift)
      case KEY_HOME: KeyPress(.home)
      case KEY_END: KeyPress(.end)
      case KEY_PPAGE: KeyPress(.pageUp)
      case KEY_NPAGE: KeyPress(.pageDown)
      case KEY_DC: KeyPress(.delete)
      case KEY_IC: KeyPress(.insert)
      case KEY_BACKSPACE: .backspace
      case KEY_BTAB: .backTab
      case KEY_ENTER: .enter
      case Code.controlLeft: KeyPress(.left, .control)
      case Code.controlRight: KeyPress(.right, .control)
      case Code.altLeft: KeyPress(.left, .alt)
      case Code.altRight: KeyPress(.right, .alt)
      case cs_KEY_F(1)...cs_KEY_F(24): KeyPress(.function(Int(code - cs_KEY_F(0))))
      default: nil
      }
    return key.map { [.key($0)] } ?? []
  }
}
