import Foundation
import Testing

@testable import SSHFront

@Suite struct SessionRequestTests {
  @Test func absurdWindowSizesAreClamped() {
    #expect(WindowSize(columns: 10_000, rows: 10_000) == WindowSize(columns: 500, rows: 200))
    #expect(WindowSize(columns: 0, rows: -3) == WindowSize(columns: 1, rows: 1))
    #expect(WindowSize(columns: 120, rows: 40).columns == 120)
  }

  @Test func onlyLocaleAndColourVariablesAreTaken() {
    var environment = SessionEnvironment()
    let offered = [
      ("LANG", "de_DE.UTF-8", true), ("LC_TIME", "en_GB.UTF-8", true), ("NO_COLOR", "1", true),
      ("COLORTERM", "truecolor", true), ("LD_PRELOAD", "/tmp/evil.so", false), ("PATH", "/tmp", false),
      ("KOMBO_API_KEY", "sk_live", false), ("LC_", "x", false), ("LANG", "bad\u{1B}[2J", false),
      ("LANG", String(repeating: "x", count: 200), false),
    ]
    for (name, value, taken) in offered {
      #expect(environment.set(name, value) == taken, "\(name)")
    }
    let directories = SessionDirectories(root: URL(fileURLWithPath: "/s/key-1"))
    let child = environment.childEnvironment(base: ["PATH": "/usr/bin"], directories: directories)
    #expect(child["LANG"] == "de_DE.UTF-8")
    #expect(child["TERM"] == "dumb", "no pty: the line mode")
    #expect(child["HOME"] == "/s/key-1/home")
    #expect(child["XDG_STATE_HOME"] == "/s/key-1/state")
    #expect(child["PATH"] == "/usr/bin")
  }

  @Test func theTerminalNameComesFromThePtyRequest() {
    var environment = SessionEnvironment()
    environment.setTerminal("xterm-256color")
    #expect(environment.term == "xterm-256color")
    environment.setTerminal("x; rm -rf /")
    #expect(environment.term == "xterm-256color")
    environment.setTerminal("vt100")
    #expect(environment.term == "vt100")
    environment.setTerminal("no-such-terminal")
    #expect(environment.term == "xterm-256color", "a terminal this machine cannot drive")
    let child = environment.childEnvironment(
      base: [:], directories: SessionDirectories(root: URL(fileURLWithPath: "/s")))
    #expect(child["LANG"] == "C.UTF-8", "a UTF-8 locale when the client sends none")
  }

  @Test func durationsTakeUnits() {
    #expect(DurationText.parse("90s") == .seconds(90))
    #expect(DurationText.parse("30m") == .seconds(1800))
    #expect(DurationText.parse("2h") == .seconds(7200))
    #expect(DurationText.parse("5") == .seconds(300))
    #expect(DurationText.parse("0") == nil)
    #expect(DurationText.parse("soon") == nil)
    #expect(DurationText.parse("-1m") == nil)
    #expect(DurationText.describe(.seconds(1800)) == "30 min")
    #expect(DurationText.describe(.seconds(7200)) == "2 h")
    #expect(DurationText.describe(.seconds(90)) == "90 s")
  }
}
