import Foundation
import TestHarness
import Testing

/// Line mode (`--accessible`) in the real binary, driven as a screen-reader user would: each question
/// is read, answered or kept with Enter. Attachments and screening questions are asked like the
/// candidate fields; wrong answers are explained and asked again.
@Suite(.serialized) struct RecruiterAccessibleTests {
  /// *Frontend Engineer (React)*: a work-permit yes/no, a start date, a multi-select, web addresses.
  private static let jobID = "o7Lew5W155LB834t5Vg85YgK"

  @Test func filesAndScreeningQuestionsAreAskedLineByLineAndSent() async throws {
    let sandbox = try await RecruiterSandbox.start()
    let app = try RecruiterSession(sandbox: sandbox)
    let cv = SamplePDF.make("Ana Silva - CV")
    let letter = SamplePDF.make("Dear team")
    try app.write("cv.pdf", cv)
    try app.write("cover-letter.pdf", letter)
    let email = "ana.lines@example.com"
    try await app.launch("--accessible", firstScreen: "Job number, words to search")
    var lines = LineDriver(app)
    try await lines.answer("Job number, words to search", "frontend")
    try await lines.answer("Job number, words to search", "1")
    try await lines.answer("Stage number", "")
    try await lines.answer("First name", "Ana")
    try await lines.answer("Last name", "Silva")
    try await lines.answer("Email address", email)
    try await lines.answer("Country", "portugal")
    try await lines.answer("Files to send", "cv.pdf, nope.pdf")
    #expect(try await lines.asked().contains("! No readable file at \(app.files.path)/nope.pdf."))
    try await lines.answer("Files to send", "cv.pdf, cover-letter.pdf")
    try await lines.answer("Do you have a valid work permit for this country?", "y")
    try await lines.answer("When could you start?", "2027-03-01")
    try await lines.answer("Which of these have you used in production?", "1,5")
    try await lines.answer("GitHub profile", "github.com/ana")
    #expect(try await lines.asked().contains("did you mean https://github.com/ana?\n>"), "one sentence end")
    try await lines.answer("GitHub profile", "https://github.com/ana")
    let review = try await lines.asked()
    #expect(review.contains("File: cover-letter.pdf (COVER_LETTER)"))
    #expect(review.contains("Country: PT (Portugal)"), "resolved values are read back")
    #expect(review.contains("Which of these have you used in production?"))
    #expect(!review.contains("Screening answers:"))
    try await lines.answer("Submit this application", "y")
    try await lines.answer("Another application?", "n")
    #expect(try await app.exitStatus() == 0)

    let listed = try await sandbox.applications(jobID: Self.jobID, email: email)
    #expect(listed.count == 1)
    let application = try #require(listed.first.map(SandboxApplication.init))
    let location = (try await sandbox.candidates(email: email).first?["location"]) as? [String: Any]
    #expect(location?["country"] as? String == "PT")
    let answers = application.answers
    #expect(answers["Do you have a valid work permit for this country?"]?["checked"] as? Bool == true)
    #expect(answers["When could you start?"]?["date"] as? String == "2027-03-01T00:00:00.000Z")
    #expect(
      answers["Which of these have you used in production?"]?["choices"] as? [String] == [
        "Swift", "TypeScript",
      ])
    #expect(answers["GitHub profile"]?["content"] as? String == "https://github.com/ana")
    await sandbox.stop()
    let stored = try await sandbox.storedFiles(applicationID: application.id)
    #expect(stored.map(\.name) == ["cv.pdf", "cover-letter.pdf"])
    #expect(stored.map(\.type) == ["CV", "COVER_LETTER"])
    #expect(stored.map(\.data) == [cv, letter])
  }

  /// `--accessible | tee log`: each prompt shows before its answer is read, not only at exit.
  @Test func promptsShowWhenTheOutputIsPiped() async throws {
    let sandbox = try await RecruiterSandbox.start()
    let app = try RecruiterSession(sandbox: sandbox)
    try await app.launch("--accessible | cat", firstScreen: "Job number, words to search")
    var lines = LineDriver(app)
    try await lines.answer("Job number, words to search", "frontend")
    try await lines.answer("Job number, words to search", "1")
    try await app.see("Stage number")
    await sandbox.stop()
  }
}

/// Answers line-mode questions through the pane: Enter keeps each question until the wanted one is
/// asked. A question is being asked when the transcript's last line is the bare `>` prompt and it
/// has one more `>` line than answers were given (each answer leaves its echoed `> …` line). A
/// question asked again after a problem (`! …`) is still the question asked before.
private struct LineDriver {
  let app: RecruiterSession
  private var given = 0
  private var previous = ""

  init(_ app: RecruiterSession) {
    self.app = app
  }

  /// The lines of the question now asked (since the previous answer; with the question's own lines
  /// when it is asked again).
  mutating func asked() async throws -> String {
    let pane = try app.pane
    var block: [String] = []
    let ready = try await pane.wait(seconds: 30) {
      let all = try await pane.tmux(["capture-pane", "-p", "-J", "-S", "-"]).components(separatedBy: "\n")
        .map { $0.trimmingCharacters(in: .whitespaces) }
      let lines = Array(all.reversed().drop { $0.isEmpty }.reversed())
      let prompts = lines.indices.filter { lines[$0].hasPrefix(">") }
      guard lines.last == ">", prompts.count == given + 1 else { return false }
      let start = prompts.count > 1 ? prompts[prompts.count - 2] + 1 : 0
      block = Array(lines[start...])
      return true
    }
    guard ready else { throw SessionError("no question waiting; the screen:\n\(await pane.screen())") }
    let text = block.joined(separator: "\n")
    previous = block.first?.hasPrefix("!") == true ? previous + "\n" + text : text
    return previous
  }

  /// Keeps questions with Enter until one containing `question` is asked, then answers `text`.
  mutating func answer(_ question: String, _ text: String) async throws {
    for _ in 0..<60 {
      let block = try await asked()
      let pane = try app.pane
      given += 1
      if block.contains(question) {
        if !text.isEmpty { try await pane.type(text) }
        try await pane.press("Enter")
        return
      }
      try await pane.press("Enter")
    }
    throw SessionError(
      "\"\(question)\" was never asked; the screen:\n\(await (try? app.pane)?.screen() ?? "")")
  }
}
