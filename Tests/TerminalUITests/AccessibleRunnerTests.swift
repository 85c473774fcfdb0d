import Testing

@testable import TerminalUI

/// Lines in, transcript out.
struct ScriptedLineIO: LineIO {
  var answers: [String]
  var transcript = ""
  var written = ""

  mutating func write(_ text: String) {
    transcript += text
    written += text
  }

  mutating func readLine() -> String? {
    guard !answers.isEmpty else { return nil }
    let answer = answers.removeFirst()
    transcript += answer + "\n"
    return answer
  }
}

@Suite struct AccessibleRunnerTests {
  @Test func asksEachVisibleFieldAndReasksOnInvalidInput() {
    var form = sampleForm()
    var io = ScriptedLineIO(answers: ["", "Zoë", "nope", "z@example.com", "yes \u{1B}[31mplease"])
    let outcome = AccessibleRunner.run(&form, io: &io)
    #expect(
      outcome
        == .submitted(
          FormValues([
            "name": .text("Zoë"), "email": .text("z@example.com"), "consent": .text("yes please"),
          ])))
    #expect(io.transcript.contains("Full name (required)\n> \n! Full name is required.\n> Zoë"))
    #expect(io.transcript.contains("! Enter an email address like name@example.com."))
    #expect(io.transcript.contains("## More"))
    #expect(!io.written.unicodeScalars.contains { $0.value == 0x1B })
  }

  @Test func skipsQuestionsThatAreHidden() {
    var form = sampleForm()
    var io = ScriptedLineIO(answers: ["Zoë", ""])
    #expect(
      AccessibleRunner.run(&form, io: &io) == .submitted(FormValues(["name": .text("Zoë"), "email": .none])))
    #expect(!io.transcript.contains("Consent note"))
  }

  @Test func endOfInputCancels() {
    var form = sampleForm()
    var io = ScriptedLineIO(answers: ["Zoë"])
    #expect(AccessibleRunner.run(&form, io: &io) == .cancelled)
  }

  @Test func aMultiLineAnswerIsSentAsTypedUpToAnEmptyLine() {
    var form = Form(
      title: "Letter",
      groups: [FieldGroup(fields: [TextAreaField(FieldInfo(key: "note", title: "Note"), text: "old")])])
    var io = ScriptedLineIO(answers: [#"C:\new\folder"#, #"second \t line"#, "", "ignored"])
    #expect(
      AccessibleRunner.run(&form, io: &io)
        == .submitted(FormValues(["note": .text(#"C:\new\folder"# + "\n" + #"second \t line"#)])))
    #expect(io.transcript.contains("an empty line ends the answer"))
    var kept = form
    var enter = ScriptedLineIO(answers: [""])
    #expect(AccessibleRunner.run(&kept, io: &enter) == .submitted(form.values))
  }
}
