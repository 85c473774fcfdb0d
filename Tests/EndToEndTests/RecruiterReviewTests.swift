import ApplyCore
import Foundation
import RecruiterApp
import Testing

/// The review's problem list in the real binary: every problem listed, Enter on one opens its field,
/// fixing them lets the submission through with the fixed values.
///
/// The forms refuse to move on from a field with a problem, so a draft reaches the review with
/// problems only when it was saved earlier and no longer passes (here written to the state database
/// as a previous session would have left it: an email without a dot in its domain, a required
/// answer missing) and resumed from the drafts list that the start-up prompt opens.
@Suite(.serialized) struct RecruiterReviewTests {
  /// Question ids of the demo job (`kombo-apply job remote:4711`).
  private enum Question {
    static let headline = "GtJ1dTrBwDKGhYyQ6Yfip8qy"
    static let why = "uxQRWdaS1iEDK4AuwVvFhYLV"
    static let notice = "2b166pUGYUrz79EBJSLtadiT"
    static let noticeTwoWeeks = "T1rrGqmcjsW3b7DPirULgkEp"
    static let startDate = "Tqabt6XvF8TtYezuMRxagPEJ"
    static let visa = "Q44GdbpS6bpGX8ccDqaE9UCN"
  }

  /// Saves a draft at the review step into the app's state database, as an earlier session would.
  private func saveDraft(_ app: RecruiterSession, email: String) throws {
    var candidate = CandidateDraft()
    candidate.firstName = "Ada"
    candidate.lastName = "Byron"
    candidate.emailAddress = email
    let draft = ApplicationDraft(
      job: JobReference(DemoJob.id), candidate: candidate,
      answers: [
        Question.headline: .text("Analyst"), Question.why: .text("Engines."),
        Question.notice: .option(Question.noticeTwoWeeks), Question.startDate: .date("2027-02-01"),
        Question.visa: .boolean(false),
      ])
    let directory = app.home.appendingPathComponent("state/kombo-apply")
    try FileManager.default.createDirectory(
      at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let database = try StateDatabase(path: directory.appendingPathComponent("state.sqlite").path)
    let repository = DraftRepository(database: database)
    let id = UUID().uuidString.lowercased()
    try repository.save(
      SavedDraft(
        draft: draft, jobName: DemoJob.name, step: "review", integrationID: app.sandbox.integrationID),
      id: id)
    repository.close(id)
  }

  @Test func theReviewListsEachProblemJumpsToItsFieldAndSubmitsOnceFixed() async throws {
    let sandbox = try await RecruiterSandbox.start()
    let app = try RecruiterSession(sandbox: sandbox)
    try saveDraft(app, email: "ada.byron@example")
    try await app.launch(firstScreen: "Resume draft from")
    try await app.press("a")
    try await app.see("Drafts (1)")
    try await app.see("Ada Byron")
    try await app.press("Enter")
    try await app.see("✗ 2 problems to fix before submitting")
    try await app.see("✗ Candidate · Email address: \"ada.byron@example\" is not an email address")
    try await app.see("✗ Questions · 'Years of professional experience' is required")
    try await app.see("[ Submit application ] — blocked until the problems above are fixed")
    try await app.press("C-s")
    try await app.see("✗ 2 problems to fix before submitting")

    try await app.press("Tab", "Enter")
    try await app.see("┃ Years of professional experience *")
    try await app.type("12")
    try await app.press("C-s")
    try await app.see("✗ 1 problem to fix before submitting")
    try await app.dontSee("'Years of professional experience' is required")
    try await app.press("Enter")
    try await app.see("┃ Email address *")
    try await app.press("C-u")
    try await app.type("ada.byron@example.org")
    try await app.press("C-s")
    try await app.see("✓ Ready to submit", seconds: 10)
    try await app.press("C-s")
    try await app.see("✓ Application created")

    let listed = try await sandbox.applications(jobID: DemoJob.id, email: "ada.byron@example.org")
    #expect(listed.count == 1)
    let answers = try #require(listed.first.map(SandboxApplication.init)).answers
    #expect(answers["Years of professional experience"]?["number"] as? Double == 12)
    #expect(answers["Your professional headline"]?["content"] as? String == "Analyst")
    await sandbox.stop()
  }
}
