@preconcurrency import CNcursesw
import TerminalUI
import Testing

@testable import CursesTerminal

/// What `wget_wch` results become, without a terminal.
@Suite struct CursesKeyDecoderTests {
  private func decode(_ inputs: [(Int32, UInt32)]) -> [InputEvent] {
    var decoder = CursesKeyDecoder()
    var queue = inputs[...]
    var events: [InputEvent] = []
    while let (status, value) = queue.popFirst() {
      events += decoder.decode(status: status, value: wint_t(value)) {
        queue.popFirst().map { ($0.0, wint_t($0.1)) }
      }
    }
    return events
  }

  private func character(_ scalar: Unicode.Scalar) -> (Int32, UInt32) { (OK, scalar.value) }
  private func key(_ code: Int32) -> (Int32, UInt32) { (KEY_CODE_YES, UInt32(bitPattern: code)) }

  @Test func controlsBecomeNamedKeysAndChords() {
    let bytes: [(UInt32, KeyPress)] = [
      (13, .enter), (9, .tab), (127, .backspace), (8, .backspace), (1, .control("a")), (23, .control("w")),
      (3, .control("c")), (26, .control("z")), (10, .control("j")), (0, .control(" ")), (31, .control("_")),
    ]
    for (byte, expected) in bytes {
      #expect(decode([(OK, byte)]) == [.key(expected)], "byte \(byte)")
    }
  }

  @Test func escapePrefixMakesAltUnlessAlone() {
    #expect(decode([character("\u{1B}"), character("b")]) == [.key(.alt("b"))])
    #expect(decode([character("\u{1B}"), (OK, 127)]) == [.key(KeyPress(.backspace, .alt))])
    #expect(decode([character("\u{1B}"), (OK, 13)]) == [.key(KeyPress(.enter, .alt))])
    #expect(decode([character("\u{1B}")]) == [.key(.escape)])
    #expect(decode([character("\u{1B}"), key(KEY_UP)]) == [.key(.escape), .key(KeyPress(.up))])
  }

  @Test func keypadCodesBecomeNamedKeys() {
    #expect(decode([key(KEY_BTAB)]) == [.key(.backTab)])
    #expect(decode([key(KEY_DC)]) == [.key(KeyPress(.delete))])
    #expect(decode([key(KEY_F0 + 5)]) == [.key(KeyPress(.function(5)))])
    #expect(decode([key(CursesKeyDecoder.Code.controlLeft)]) == [.key(KeyPress(.left, .control))])
  }

  @Test func bracketedPasteIsOneEventWithNewlines() {
    let text = "Zoë\r山田".unicodeScalars.map(character)
    let events = decode(
      [key(CursesKeyDecoder.Code.pasteStart)] + text + [key(CursesKeyDecoder.Code.pasteEnd)])
    #expect(events == [.paste("Zoë\n山田")])
  }

  @Test func pastedCRLFAndLoneCRAreOneNewlineEach() {
    let text = "one\r\n\r\ntwo\rthree\nfour".unicodeScalars.map(character)
    let events = decode(
      [key(CursesKeyDecoder.Code.pasteStart)] + text + [key(CursesKeyDecoder.Code.pasteEnd)])
    #expect(events == [.paste("one\n\ntwo\nthree\nfour")])
  }

  /// Under `TERM=linux` the console and common emulators send these; each is registered as its key.
  @Test func linuxConsoleShiftTabAndFunctionKeysAreKnown() {
    let known = Dictionary(CursesKeyDecoder.Code.sequences.map { ($0.0, $0.1) }) { first, _ in first }
    #expect(known["\u{1B}[Z"] == KEY_BTAB)
    for sequence in ["\u{1B}[11~", "\u{1B}[[A", "\u{1B}OP"] {
      #expect(known[sequence] == KEY_F0 + 1, "\(sequence.unicodeScalars.dropFirst())")
    }
    #expect(known["\u{1B}[[D"] == KEY_F0 + 4)
    #expect(decode([key(KEY_F0 + 1)]) == [.key(KeyPress(.function(1)))])
  }

  @Test func wideAndCombiningCharactersPassThrough() {
    #expect(
      decode([character("山"), character("e"), character("\u{301}")]) == [
        .key(.character("山")), .key(.character("e")), .key(.character("\u{301}")),
      ])
  }
}
