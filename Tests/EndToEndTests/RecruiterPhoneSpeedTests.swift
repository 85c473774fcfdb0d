import Foundation
import Testing

/// The phone-call path through the real binary in tmux, counting every key pressed beyond the text
/// typed for the application's values (the search words, names, email, phone, country, the `y` that is
/// the work-permit answer, date, salary, address and the words that find an option).
@Suite(.serialized) struct RecruiterPhoneSpeedTests {
  /// *Frontend Engineer (React)*: five stages, a work-permit yes/no, a start date, a salary, a
  /// LinkedIn address and a required multi-select among its questions.
  private static let jobID = "o7Lew5W155LB834t5Vg85YgK"
  /// The most keys the path may take.
  private static let budget = 12

  @Test func aPhoneApplicationToFrontendEngineerTakesAtMostTheBudgetOfKeys() async throws {
    let sandbox = try await RecruiterSandbox.start()
    let app = try RecruiterSession(sandbox: sandbox)
    let cv = SamplePDF.make("Ana Silva - CV")
    try app.write("cv.pdf", cv)
    let email = "ana.phone@example.com"
    try await app.launch()
    var keys = KeyCounter(app)

    try await app.type("frontend")
    try await app.see("> Frontend Engineer (React)")
    try await keys.press("Enter")
    try await app.see("┃ First name *")
    try await app.type("Ana")
    try await keys.press("Tab")
    try await app.type("Silva")
    try await keys.press("Tab")
    try await app.type(email)
    try await keys.press("Tab")
    try await app.type("+31 20 123 4567")
    try await keys.press("Tab")
    try await app.type("nl")
    try await app.see("✓ Netherlands")
    try await keys.press("C-s")

    try await app.see("┃ Add files")
    try await app.see(">   cv.pdf")
    try await keys.press("Enter")
    try await app.see("Added cv.pdf. Shift-Tab goes back to add more.")

    try await app.see("┃ Do you have a valid work permit for this country? *")
    try await app.type("y")
    try await app.see("┃ When could you start?")
    try await app.type("2027-03-01")
    try await app.see("┃ Expected annual gross salary")
    try await app.type("70000")
    try await keys.press("Tab")
    try await app.see("┃ LinkedIn profile")
    try await app.type("linkedin.com/in/ana-silva")
    try await keys.press("Tab")
    try await app.see("> https://linkedin.com/in/ana-silva")
    try await app.see("┃ Which of these have you used in production? *")
    try await app.type("typescript")
    try await keys.press("Enter")
    try await app.see("┃ Which level do you see yourself at?")
    try await keys.press("C-s")

    try await app.see("✓ Ready to submit")
    try await app.see("Applied (")
    try await keys.press("C-s")
    try await app.see("✓ Application created")
    #expect(keys.count <= Self.budget, "\(keys.count) keys beyond the typed text")
    print("phone application: \(keys.count) keys beyond the typed text")

    let listed = try await sandbox.applications(jobID: Self.jobID, email: email)
    let application = try #require(listed.first.map(SandboxApplication.init))
    #expect(listed.count == 1)
    #expect(application.stageName == "Applied", "the job's first stage, shown on the review")
    let answers = application.answers
    #expect(answers["Do you have a valid work permit for this country?"]?["checked"] as? Bool == true)
    #expect(answers["When could you start?"]?["date"] as? String == "2027-03-01T00:00:00.000Z")
    #expect(answers["LinkedIn profile"]?["content"] as? String == "https://linkedin.com/in/ana-silva")
    #expect(answers["Which of these have you used in production?"]?["choices"] as? [String] == ["TypeScript"])
    await sandbox.stop()
    let stored = try await sandbox.storedFiles(applicationID: application.id)
    #expect(stored.map(\.data) == [cv], "the CV arrived byte for byte")
  }
}

/// Presses keys through a session and counts them.
private struct KeyCounter {
  let app: RecruiterSession
  private(set) var count = 0

  init(_ app: RecruiterSession) {
    self.app = app
  }

  /// Presses one key by tmux name.
  mutating func press(_ key: String) async throws {
    count += 1
    try await app.press(key)
  }
}
