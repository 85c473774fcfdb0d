import Foundation
import TestHarness
import Testing

/// The real binary under tmux: what a user at a terminal sees and gets.
@Suite(.serialized) struct GalleryInTmuxTests {
  /// The first input's text starts at this column: margin 2, focus bar and space 2, prompt "> " 2.
  static let inputColumn = 6

  private func startGallery(jobControl: Bool = false) async throws -> TmuxSession {
    let session = try await TmuxSession("gallery", jobControl: jobControl)
    #expect(try await session.waitFor("Full name"))
    #expect(try await session.wait { try await session.cursorX() == Self.inputColumn })
    return session
  }

  @Test func typedTextLandsAtTheRightColumns() async throws {
    let session = try await startGallery()
    let steps: [(String, Int)] = [("Zoë", 3), ("山田太郎", 8), ("e\u{301}", 1), ("🚀", 2)]
    var column = Self.inputColumn
    for (text, width) in steps {
      column += width
      if text == "e\u{301}" {
        try await session.type("e")
        try await session.type("\u{301}")
      } else {
        try await session.type(text)
      }
      #expect(try await session.wait { try await session.cursorX() == column }, "after \(text)")
    }
    #expect(try await session.lines().contains { $0.contains("> Zoë山田太郎e\u{301}🚀") })
  }

  @Test func resizeKeepsInputAndSmallSizesSayWhatIsNeeded() async throws {
    let session = try await startGallery()
    try await session.type("Zoë")
    #expect(try await session.wait { try await session.cursorX() == Self.inputColumn + 3 })
    try await session.tmux(["resize-window", "-x", "60", "-y", "20"])
    #expect(try await session.waitFor("need 80×24, have 60×20"))
    try await session.tmux(["resize-window", "-x", "120", "-y", "40"])
    #expect(try await session.waitFor("> Zoë"))
    #expect(try await session.wait { try await session.cursorX() == Self.inputColumn + 3 })
    try await session.type("!")
    #expect(try await session.waitFor("> Zoë!"))
  }

  @Test func backFromTheFirstFieldQuitsCleanly() async throws {
    let session = try await startGallery()
    #expect(try await session.alternateOn())
    try await session.press("Escape")
    #expect(await session.waitForExit() == 0)
    #expect(try await session.alternateOn() == false)
  }

  @Test func ctrlCQuitsWith130AndAsksFirstWhenSomethingIsTyped() async throws {
    let session = try await startGallery()
    try await session.type("Zoë")
    try await session.press("C-c")
    #expect(try await session.waitFor("Discard what you typed and quit?"))
    try await session.press("n")
    #expect(try await session.waitFor("> Zoë"))
    try await session.press("C-c")
    #expect(try await session.waitFor("Discard what you typed and quit?"))
    try await session.press("y")
    #expect(await session.waitForExit() == 130)
    #expect(try await session.alternateOn() == false)
  }

  @Test(arguments: [("TERM", SIGTERM), ("HUP", SIGHUP), ("INT", SIGINT)])
  func signalsRestoreTheTerminalAndReportTheSignal(name: String, signal: Int32) async throws {
    let session = try await startGallery()
    try await session.type("draft")
    #expect(try await session.waitFor("> draft"))
    let pid = try await session.programPID()
    kill(pid, signal)
    #expect(await session.waitForExit() == Int(128 + signal), "SIG\(name)")
    #expect(try await session.alternateOn() == false, "SIG\(name)")
  }

  @Test func doneSubmitsTheTypedValues() async throws {
    let session = try await startGallery()
    try await session.type("Zoë Łukasiewicz")
    for _ in 0..<5 { try await session.press("Tab") }
    #expect(try await session.waitFor("┃ Office *"))
    try await session.press("Space")
    var atDone = false
    for _ in 0..<30 where !atDone {
      try await session.press("Tab")
      atDone = try await session.waitFor("┃ [ Done ]", seconds: 0.5)
    }
    #expect(atDone, "Tab reaches Done through every widget once the required office is chosen")
    try await session.press("Enter")
    #expect(await session.waitForExit() == 0)
    #expect(try await session.waitFor("name = text(\"Zoë Łukasiewicz\")"))
  }

  @Test func pasteArrivesAsOneEditWithoutSubmitting() async throws {
    let session = try await startGallery()
    try await session.tmux(["set-buffer", "Zoë\nŁukasiewicz"])
    try await session.tmux(["paste-buffer", "-p"])
    #expect(try await session.waitFor("> Zoë Łukasiewicz"))
    #expect(try await session.lines().contains { $0.contains("┃ Full name") })
  }

  /// Text copied on Windows or an old Mac: CR LF and lone CR are one line break, a single space in a
  /// one-line field.
  @Test func pastedCRLFBecomesOneSpaceInAOneLineField() async throws {
    let session = try await startGallery()
    try await session.tmux(["set-buffer", "Zoë\r\nŁukasiewicz\rJr"])
    try await session.tmux(["paste-buffer", "-p", "-r"])  // -r: line feeds as they are
    #expect(try await session.waitFor("> Zoë Łukasiewicz Jr"))
  }

  /// The Linux console (and emulators run with `TERM=linux`) send Shift-Tab as `ESC [ Z`, which the
  /// linux terminfo entry does not list: it still goes back a field instead of typing `[Z`.
  @Test func shiftTabWorksUnderTermLinux() async throws {
    let session = try await TmuxSession("gallery", environment: ["TERM": "linux"])
    #expect(try await session.waitFor("Full name"))
    try await session.type("Zoë")
    try await session.press("Tab")
    try await session.tmux(["send-keys", "-H", "1b", "5b", "5a"])
    try await session.type("X")
    #expect(try await session.waitFor("> ZoëX"))
  }

  @Test func ctrlZSuspendsAndFgBringsTheScreenBack() async throws {
    let session = try await startGallery(jobControl: true)
    try await session.type("Zoë")
    let pid = try await session.programPID()
    try await session.press("C-z")
    let stat = "/proc/\(pid)/stat"
    #expect(try await session.wait { try String(contentsOfFile: stat, encoding: .utf8).contains(") T ") })
    #expect(try await session.waitFor("Stopped"))
    #expect(try await session.alternateOn() == false)
    try await session.type("fg")
    try await session.press("Enter")
    #expect(try await session.wait { try await session.alternateOn() })
    #expect(try await session.waitFor("> Zoë"))
    #expect(try await session.wait { try await session.cursorX() == Self.inputColumn + 3 })
    try await session.press("Escape")
    #expect(await session.wait { kill(pid, 0) != 0 })
    #expect(try await session.alternateOn() == false)
  }

  /// tmux sends `ESC [ 1 ~` / `ESC [ 4 ~` for Home/End; with TERM=xterm-256color (which says `ESC O H`)
  /// the keys must still move the caret instead of typing `4~`.
  @Test func homeAndEndWorkWhenTermDoesNotMatchTheTerminal() async throws {
    let session = try await TmuxSession("gallery", environment: ["TERM": "xterm-256color"])
    #expect(try await session.waitFor("Full name"))
    try await session.type("abc")
    try await session.press("Home")
    try await session.type("X")
    try await session.press("End")
    try await session.type("Y")
    #expect(try await session.waitFor("> XabcY"))
  }

  @Test func dumbTerminalGetsLinePrompts() async throws {
    let session = try await TmuxSession("gallery", environment: ["TERM": "dumb"])
    #expect(try await session.waitFor("Full name (required)"))
    try await session.press("Enter")
    #expect(try await session.waitFor("! Full name is required."))
    try await session.type("Zoë")
    try await session.press("Enter")
    #expect(try await session.waitFor("Email"))
    #expect(try await session.alternateOn() == false)
  }
}
