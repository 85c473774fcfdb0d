import Foundation
import TestHarness
import Testing

/// The terminal UI under `TERM=linux`: the real binary in tmux, sent the bytes a Linux console and
/// the emulators run with that TERM send for F1.
@Suite(.serialized) struct RecruiterTermLinuxTests {
  @Test func f1AsLinuxConsolesAndEmulatorsSendItOpensTheHelp() async throws {
    let sandbox = try await RecruiterSandbox.start()
    let app = try RecruiterSession(sandbox: sandbox)
    try await app.launch(environment: ["TERM": "linux"])
    let sequences: [(name: String, bytes: [String])] = [
      ("the console's ESC [ [ A", ["1b", "5b", "5b", "41"]),
      ("the application keypad's ESC O P", ["1b", "4f", "50"]),
      ("xterm's ESC [ 1 1 ~", ["1b", "5b", "31", "31", "7e"]),
    ]
    for sequence in sequences {
      _ = try await app.pane.tmux(["send-keys", "-H"] + sequence.bytes)
      try await app.see("Everywhere")
      try await app.press("Escape")
      try await app.dontSee("Everywhere")
      let search = try await app.pane.lines().first { $0.contains("Search") } ?? ""
      #expect(!search.contains("["), "\(sequence.name) was not typed into the search: \(search)")
    }
    await sandbox.stop()
  }
}
