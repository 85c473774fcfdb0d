import Foundation
import TestHarness
import Testing

/// The terminal UI in a locale that is not UTF-8: the real binary in tmux under `LANG=C LC_ALL=C`.
@Suite(.serialized) struct RecruiterLocaleTests {
  @Test func aCLocaleGetsOnlyASCIIOnTheScreen() async throws {
    let sandbox = try await RecruiterSandbox.start()
    let app = try RecruiterSession(sandbox: sandbox)
    try await app.launch(environment: ["LANG": "C", "LC_ALL": "C"])
    try await app.see("Job > Stage > Candidate")
    try await app.type("frontend")
    try await app.press("Enter")
    try await app.see("| First name *")
    let screen = try await app.pane.lines().joined(separator: "\n")
    let foreign = screen.unicodeScalars.filter { !$0.isASCII }
    #expect(foreign.isEmpty, "only ASCII: \(screen)")
    await sandbox.stop()
  }
}
