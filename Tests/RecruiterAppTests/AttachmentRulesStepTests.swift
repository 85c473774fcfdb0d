import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import Testing

@testable import RecruiterApp

/// The attachments step and line mode for an ATS with attachment rules: types it does not take are
/// not offered, new files get a type it takes, what the list lacks is shown, and line mode states the
/// rules and asks again until a required CV is attached.
@Suite struct AttachmentRulesStepTests {
  typealias Fixture = AttachmentsFixture

  static func strictHarness(_ attachments: [AttachmentDraft] = []) -> AttachmentsHarness {
    var harness = Fixture.harness(attachments)
    harness.flow.attachmentRules = AttachmentsSnapshotTests.strictRules
    harness.flow.integration = AppSamples.details(slug: "greenhouse", label: "Greenhouse", unsupported: [])
    return harness
  }

  @Test func theTypeKeysOfferOnlyTheTypesTheATSTakes() async {
    var harness = Self.strictHarness([
      AttachmentDraft(path: "/home/ann/cv.pdf", type: .cv),
      AttachmentDraft(path: "/home/ann/sample.pdf", type: .other),
    ])
    await harness.appear()
    #expect(harness.screen.host.form.focusedField?.key == AttachmentsScreen.listKey)
    await harness.send(.key(.character("t")))
    #expect(harness.types == [.other, .other], "CV → other, skipping cover letters")
    await harness.send(.key(.character("t")))
    #expect(harness.types == [.cv, .other])
    await harness.send(.key(.character("l")))
    #expect(harness.types == [.cv, .other], "a type the ATS does not take is not set")
    #expect(harness.flow.notice == "Greenhouse takes no cover letters.")
    #expect(harness.screen.keyHelp.contains { $0.keys == "t/c/o" })
  }

  @Test func aNewFileGetsATypeTheATSTakesAndHasRoomFor() async {
    var harness = Self.strictHarness()
    await AttachmentsScreenTests.pick(&harness, rows: [1, 0])
    #expect(harness.names == ["cv.pdf", "cover-letter.pdf"])
    #expect(harness.types == [.cv, .other], "no cover letters here: the letter goes as another file")

    var unknown = Fixture.harness()
    await AttachmentsScreenTests.pick(&unknown, rows: [1, 0])
    #expect(unknown.types == [.cv, .coverLetter], "without rules the name decides")
  }

  @Test func enterOnFirstFilesThatBreakARuleStaysOnTheStepAndSaysWhich() async {
    var harness = Self.strictHarness()
    await AttachmentsScreenTests.pick(&harness, rows: [1, 4])
    #expect(harness.names == ["cv.pdf", "scan.pdf"])
    #expect(harness.stayed, "a 9 MB file over the 5 MB cap keeps the step showing")
    #expect(harness.flow.notice?.hasSuffix("scan.pdf does not meet Greenhouse's rules: see its row.") == true)
    #expect(harness.text().contains("✗ the file is 9.0 MB; this ATS takes other files up to 5 MB each"))

    var fine = Self.strictHarness()
    await AttachmentsScreenTests.pick(&fine, rows: [1])
    #expect(fine.wentOn, "a file within the rules finishes the step as before")
  }

  @Test func theStepSaysARequiredCVIsMissingUntilOneIsAttached() async {
    var harness = Self.strictHarness([AttachmentDraft(path: "/home/ann/sample.pdf", type: .other)])
    await harness.appear()
    let text = harness.text()
    #expect(text.contains("Greenhouse: 1 CV required · CVs PDF or Word · other files PDF"))
    #expect(text.contains("⚠ A CV is required by this ATS; attach one as CV"))
    await harness.send(.key(.character("c")))
    #expect(harness.types == [.cv])
    #expect(!harness.text().contains("A CV is required"))
  }

  @Test func rulesReadAfterTheStepOpenedAreShownAndApplied() async {
    var harness = Fixture.harness([AttachmentDraft(path: "/home/ann/cover-letter.pdf", type: .coverLetter)])
    await harness.appear()
    #expect(harness.text().contains("no attachment limits known"))
    harness.flow.attachmentRules = AttachmentsSnapshotTests.strictRules
    #expect(harness.text().contains("✗ this ATS takes no cover letters; send it as CV or other file"))
  }

  @Test func lineModeStatesTheRulesAndAsksAgainForARequiredCV() async throws {
    let kombo = ScriptedKombo(attachmentRules: AttachmentsSnapshotTests.strictRules)
    let scenario = try LaunchScenario(kombo, files: ["/home/ada/cv.pdf": Fixture.pdf])
    var io = ScriptedLineIO([
      ("Job number, words to search", ["backend", "1"]),
      ("Stage number", ["1"]),
      ("First name", ["Ada"]),
      ("Last name", ["Lovelace"]),
      ("Email address", ["ada@example.com"]),
      ("Files to send", ["", "cv.pdf"]),
      ("Submit this application", ["y"]),
      ("Another application?", ["n"]),
    ])
    let exit = await AccessibleApp.run(io: &io, launch: scenario.services())
    #expect(exit == .finished)
    let transcript = io.transcript
    let rules =
      "1 CV required · CVs PDF or Word · other files PDF · ≤ 5 MB each · ≤ 8 MB in all · no cover letters"
    #expect(transcript.contains("Attachments Greenhouse accepts: \(rules)."))
    #expect(transcript.contains("A CV is required by this ATS; attach one as CV"))
    #expect(transcript.contains("File: cv.pdf (CV)"))
    #expect(kombo.calls.filter { $0.hasPrefix("create") }.count == 1)
  }
}
