import Foundation
import TestHarness
import Testing

/// Drafts survive the program's end: a dropped SSH session (SIGHUP) saves at once; a `kill -9` loses
/// at most the last 2 s of typing. The next start offers the draft and puts every typed value back.
@Suite(.serialized) struct RecruiterResumeTests {
  /// Types a candidate's name and email (the email last, its field still focused).
  private func typeCandidate(_ app: RecruiterSession, email: String) async throws {
    try await app.launch()
    try await app.openDemoJob()
    try await app.type("Zoë")
    try await app.press("Tab")
    try await app.type("Łukasiewicz")
    try await app.press("Tab")
    try await app.type(email)
    try await app.see("> \(email)")
  }

  /// Restarts, accepts the resume prompt and checks the typed values are back on the candidate form.
  private func resume(_ app: RecruiterSession, email: String) async throws {
    try await app.launch(firstScreen: "Resume draft from")
    try await app.see("(Zoë Łukasiewicz, \(DemoJob.name))?")
    try await app.see("Candidate › email address")
    try await app.press("r")
    try await app.see("┃ Email address *")
    try await app.see("> \(email)")
    try await app.see("> Zoë")
    try await app.see("> Łukasiewicz")
    try await app.press("C-s")
    try await app.see("┃ Add files")
  }

  @Test func hangUpSavesTheDraftAndTheNextStartResumesIt() async throws {
    let sandbox = try await RecruiterSandbox.start()
    let app = try RecruiterSession(sandbox: sandbox)
    let email = "zoe.hangup@example.com"
    try await typeCandidate(app, email: email)
    kill(try await app.pane.programPID(), SIGHUP)
    #expect(try await app.exitStatus() == Int(128 + SIGHUP))
    try await resume(app, email: email)
    await sandbox.stop()
  }

  /// An application started with `o` (the same candidate, another job) from the result screen is
  /// autosaved like any other: a `kill -9` two seconds later loses nothing.
  @Test func anApplicationStartedFromTheResultSurvivesKillNine() async throws {
    let sandbox = try await RecruiterSandbox.start()
    let app = try RecruiterSession(sandbox: sandbox)
    try await app.launch()
    try await app.submitQuickApplication(email: "erika.again@example.com")
    try await app.see("✓ Application created")
    try await app.press("o")
    try await app.openDemoJob()
    try await app.see("> Erika")
    try await app.press("Tab", "Tab", "Tab")
    try await app.type("+49 30 1234567")
    try await Task.sleep(for: .milliseconds(2_500))
    kill(try await app.pane.programPID(), SIGKILL)
    #expect(try await app.exitStatus() == Int(128 + SIGKILL))
    try await app.launch(firstScreen: "Resume draft from")
    try await app.see("(Erika Mustermann, \(DemoJob.name))?")
    try await app.press("r")
    try await app.see("> +49 30 1234567")
    try await app.see("> erika.again@example.com")
    await sandbox.stop()
  }

  @Test func killNineAfterTwoIdleSecondsLosesNothingTyped() async throws {
    let sandbox = try await RecruiterSandbox.start()
    let app = try RecruiterSession(sandbox: sandbox)
    let email = "zoe.killed@example.com"
    try await typeCandidate(app, email: email)
    // The promise is "at most the last 2 s of typing"; half a second more for a loaded machine.
    try await Task.sleep(for: .milliseconds(2_500))
    kill(try await app.pane.programPID(), SIGKILL)
    #expect(try await app.exitStatus() == Int(128 + SIGKILL))
    try await resume(app, email: email)
    await sandbox.stop()
  }
}
