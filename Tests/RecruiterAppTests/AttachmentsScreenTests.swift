import ApplyCore
import Foundation
import KomboAPI
import TerminalUITesting
import Testing

@testable import RecruiterApp
@testable import TerminalUI

/// Files on disk for the attachments tests: a real PDF, a cover letter, a text file named like a
/// PDF, a large scan, and the same tree for the picker.
enum AttachmentsFixture {
  static let pdf = Array("%PDF-1.7\n".utf8) + Array(repeating: 0x20, count: 2_000)
  static let files: [String: [UInt8]] = [
    "/home/ann/cv.pdf": pdf,
    "/home/ann/cover-letter.pdf": pdf,
    "/home/ann/fake.pdf": Array("just text, not a PDF\n".utf8),
    "/home/ann/sample.pdf": Array("%PDF-1.7\n".utf8) + Array(repeating: 0x20, count: 500),
    "/home/ann/scan.pdf": Array("%PDF-1.4\n".utf8) + Array(repeating: 0x20, count: 9 << 20),
  ]

  static var browsing: FileBrowsing {
    var reader = InMemoryDirectoryReader()
    for (path, bytes) in files { reader.add(path, .file(size: Int64(bytes.count))) }
    reader.add("/home/ann/notes.xyz", .file(size: 10))
    return FileBrowsing(directory: "/home/ann", home: "/home/ann", reader: reader)
  }

  static func harness(_ attachments: [AttachmentDraft] = [], arrival: Arrival = .forward)
    -> AttachmentsHarness
  {
    var flow = QuestionsFixture.flow()
    flow.draft.attachments = attachments
    let screen = AttachmentsScreen(
      flow: flow, arrival: arrival, fileSystem: InMemoryFileSystem(files: files), browsing: browsing)
    return AttachmentsHarness(screen: screen, flow: flow)
  }
}

/// The attachments screen with its flow; effects run to completion after each event.
struct AttachmentsHarness {
  var screen: AttachmentsScreen
  var flow: Flow
  /// Ids of the effects seen, for checking that detection runs as work and not in `update`.
  var effectIDs: [String] = []
  /// Where the last event asked to go.
  var navigation: Navigation?
  /// Whether the last event went on to the next step.
  var wentOn: Bool {
    guard case .next? = navigation else { return false }
    return true
  }
  /// Whether the last event stayed on the step.
  var stayed: Bool { navigation.map { _ in false } ?? true }

  mutating func appear() async {
    await run(screen.appear(flow: &flow).effects)
  }

  mutating func send(_ events: InputEvent...) async {
    for event in events {
      let transition = screen.handle(event, flow: &flow)
      navigation = transition.navigation
      await run(transition.effects)
    }
  }

  mutating func type(_ text: String) async {
    for character in text { await send(.key(.character(character))) }
  }

  private mutating func run(_ effects: [Effect<AttachmentsMsg>]) async {
    var pending = effects
    while !pending.isEmpty {
      let effect = pending.removeFirst()
      for message in await effect.messages() {
        effectIDs.append(effect.workID ?? "")
        let transition = screen.update(message, flow: &flow)
        if transition.navigation != nil { navigation = transition.navigation }
        pending += transition.effects
      }
    }
  }

  var list: AttachmentListField { screen.list }
  var names: [String] { list.items.map(AttachmentListField.sendName) }
  var types: [KomboAPI.Attachment.Kind] { flow.draft.attachments.map(\.type) }
  func text(_ size: Size = Size(width: 100, height: 60)) -> String {
    screen.view(flow: flow, size: size).text
  }
}

@Suite struct AttachmentsScreenTests {
  typealias Fixture = AttachmentsFixture

  /// Focuses the picker, lists its directory, marks the files at `rows` and adds them with Enter.
  static func pick(_ harness: inout AttachmentsHarness, rows: [Int]) async {
    let towardsPicker: KeyPress =
      harness.screen.host.form.focusedField?.key == AttachmentsScreen.listKey ? .tab : .backTab
    for _ in 0..<3 where harness.screen.host.form.focusedField?.key != AttachmentsScreen.pickerKey {
      await harness.send(.key(towardsPicker))
    }
    #expect(harness.screen.host.form.focusedField?.key == AttachmentsScreen.pickerKey)
    await harness.send(.key(KeyPress(.home)))
    for row in rows {
      await harness.send(.key(KeyPress(.home)))
      for _ in 0..<row { await harness.send(.key(KeyPress(.down))) }
      await harness.send(.key(.character(" ")))
    }
    await harness.send(.key(.enter))
  }

  @Test func pickingSeveralFilesAddsThemWithTypesAndTheFirstCVIsTheResume() async throws {
    var harness = Fixture.harness()
    await Self.pick(&harness, rows: [1, 0])
    #expect(harness.names == ["cv.pdf", "cover-letter.pdf"])
    #expect(harness.types == [.cv, .coverLetter])
    #expect(
      harness.flow.draft.attachments.map(\.file.source) == [
        .path("/home/ann/cv.pdf"), .path("/home/ann/cover-letter.pdf"),
      ])
    #expect(
      harness.flow.noticeForNextScreen == "Added cv.pdf, cover-letter.pdf. Shift-Tab goes back to add more.")
    #expect(harness.wentOn, "the first files added with Enter finish the step")
    let picker = try #require(harness.screen.host.form[AttachmentsScreen.pickerKey] as? FilePickerField)
    #expect(
      picker.model.picked.isEmpty && picker.model.directory == "/home/ann" && !picker.model.rows.isEmpty)
    #expect(picker.model.rows.map(\.name).contains("notes.xyz") == false)
    let text = harness.text()
    #expect(text.contains("1. CV ★ resume") && text.contains("2. Cover letter"))
    #expect(text.contains("PDF document · /home/ann/cv.pdf"))

    var back = Fixture.harness(harness.flow.draft.attachments, arrival: .backward)
    await Self.pick(&back, rows: [1])
    #expect(back.names.count == 2)
    #expect(back.flow.notice == "cv.pdf already attached.")
  }

  /// Enter adding files while none are attached goes on to the next step; once files are attached
  /// (coming back to add more), Enter adds and stays.
  @Test func enterAddingTheFirstFileGoesOnAndLaterAddsStay() async throws {
    var first = Fixture.harness()
    await Self.pick(&first, rows: [])
    #expect(first.names == ["cover-letter.pdf"])
    #expect(first.wentOn)
    var more = Fixture.harness(first.flow.draft.attachments, arrival: .backward)
    await Self.pick(&more, rows: [])
    #expect(more.names == ["cover-letter.pdf"], "already attached: nothing added")
    await more.send(.key(KeyPress(.down)), .key(.enter))
    #expect(more.names == ["cover-letter.pdf", "cv.pdf"])
    #expect(more.stayed, "stays to add more")
    #expect(more.screen.host.form.focusedField?.key == AttachmentsScreen.pickerKey)
  }

  @Test func theHighlightStaysOnTheRowOfTheFileJustAdded() async throws {
    var harness = Fixture.harness([AttachmentDraft(path: "/home/ann/scan.pdf", type: .cv)])
    await Self.pick(&harness, rows: [1])
    #expect(harness.names.count == 2)
    #expect(harness.stayed)
    let picker = try #require(harness.screen.host.form[AttachmentsScreen.pickerKey] as? FilePickerField)
    #expect(picker.model.viewport.cursor == 1, "still on the second row")
    #expect(picker.model.current.map { harness.names.contains($0.name) } == true)
  }

  @Test func typesChangeAndTheResumeFollowsTheFirstCV() async {
    var harness = Fixture.harness([
      AttachmentDraft(path: "/home/ann/cv.pdf", type: .cv),
      AttachmentDraft(path: "/home/ann/cover-letter.pdf", type: .other),
    ])
    #expect(harness.list.resumeIndex == 0)
    await harness.send(.key(.character("o")))
    #expect(harness.types == [.other, .other] && harness.list.resumeIndex == nil)
    await harness.send(.key(KeyPress(.down)), .key(.character("c")))
    #expect(harness.types == [.other, .cv] && harness.list.resumeIndex == 1)
    await harness.send(.key(.character("t")))
    #expect(harness.types == [.other, .coverLetter])
    await harness.send(.key(KeyPress(.left)), .key(KeyPress(.up)), .key(.character("l")))
    #expect(harness.types == [.coverLetter, .cv])
  }

  @Test func reorderRenameAndRemove() async {
    var harness = Fixture.harness([
      AttachmentDraft(path: "/home/ann/cv.pdf", type: .cv),
      AttachmentDraft(path: "/home/ann/cover-letter.pdf", type: .coverLetter),
      AttachmentDraft(url: "https://example.com/portfolio.pdf", type: .other),
    ])
    await harness.send(.key(.character("]")))
    #expect(harness.names == ["cover-letter.pdf", "cv.pdf", "portfolio.pdf"])
    #expect(harness.list.cursor == 1)
    await harness.send(.key(KeyPress(.up, .alt)))
    #expect(harness.names == ["cv.pdf", "cover-letter.pdf", "portfolio.pdf"])
    await harness.send(.key(.character("n")), .key(.control("u")))
    await harness.type("Ada Lovelace CV.pdf")
    await harness.send(.key(.enter))
    #expect(
      harness.flow.draft.attachments[0].file
        == FileReference(path: "/home/ann/cv.pdf", name: "Ada Lovelace CV.pdf"))
    await harness.send(.key(.character("n")), .key(.escape))
    #expect(harness.names[0] == "Ada Lovelace CV.pdf")
    await harness.send(.key(KeyPress(.end)), .key(KeyPress(.delete)))
    #expect(harness.names == ["Ada Lovelace CV.pdf", "cover-letter.pdf"])
    #expect(harness.flow.notice == "Removed portfolio.pdf.")
  }

  @Test func aWebAddressIsAddedInsteadOfAFile() async {
    var harness = Fixture.harness()
    await harness.send(.key(.tab))
    #expect(harness.screen.host.form.focusedField?.key == AttachmentsScreen.urlKey)
    await harness.type("ftp://example.com/cv.pdf")
    await harness.send(.key(.enter))
    #expect(harness.flow.draft.attachments.isEmpty)
    #expect(
      harness.screen.host.form.errors[AttachmentsScreen.urlKey]?.contains("only http and https") == true)
    await harness.send(.key(.control("u")))
    await harness.type("https://files.example.com/share?id=42")
    await harness.send(.key(.enter))
    #expect(
      harness.flow.draft.attachments == [
        AttachmentDraft(url: "https://files.example.com/share?id=42", type: .cv)
      ])
    #expect(harness.screen.host.form[AttachmentsScreen.urlKey]?.value == FieldValue.none)
    #expect(harness.text().contains("press n to give it a name with an extension"))
  }

  @Test func detectionRunsAsAnEffectAndItsResultIsShown() async {
    var harness = Fixture.harness([AttachmentDraft(path: "/home/ann/fake.pdf", type: .cv)])
    #expect(harness.text().contains("checking…"))
    await harness.appear()
    #expect(
      harness.effectIDs.filter { $0.hasPrefix("attachments.detect:") } == [
        "attachments.detect:/home/ann/fake.pdf\u{0}/home/ann/fake.pdf"
      ])
    let text = harness.text(Size(width: 160, height: 40))
    #expect(text.contains("⚠ 'fake.pdf' is named like a PDF document but its content is plain text"))
    #expect(!text.contains("checking…"))
  }

  @Test func theTotalIsShownAgainstTheLimit() async {
    var harness = Fixture.harness([AttachmentDraft(path: "/home/ann/cv.pdf", type: .cv)])
    await harness.appear()
    #expect(harness.list.totalLine == "Total 2.0 KB of 10.0 MB · 10.0 MB left")
    harness.flow.draft.attachments.append(AttachmentDraft(path: "/home/ann/scan.pdf", type: .other))
    harness.flow.draft.answers["Q_sample"] = .file(FileReference(path: "/home/ann/cover-letter.pdf"))
    harness.screen = AttachmentsScreen(
      flow: harness.flow, arrival: .forward, fileSystem: InMemoryFileSystem(files: Fixture.files),
      browsing: Fixture.browsing)
    await harness.appear()
    #expect(harness.list.totalLine == "Total 9.0 MB (2.0 KB in file answers) of 10.0 MB · 1020.1 KB left")
    harness.flow.draft.attachments.append(AttachmentDraft(path: "/home/ann/scan.pdf", type: .other))
    harness.screen = AttachmentsScreen(
      flow: harness.flow, arrival: .forward, fileSystem: InMemoryFileSystem(files: Fixture.files),
      browsing: Fixture.browsing)
    await harness.appear()
    #expect(harness.list.isOverLimit)
    #expect(
      harness.list.totalLine.hasPrefix(
        "Total 18.0 MB (2.0 KB in file answers) is over the 10.0 MB limit by 8.0 MB"))
    let words = harness.text(Size(width: 80, height: 40)).split(whereSeparator: \.isWhitespace).joined(
      separator: " ")
    #expect(
      words.contains("remove files or send large ones by web address"), "the advice is wrapped, not cut")
  }

  @Test func theDraftRoundTripsAndAJumpSelectsTheFile() async {
    let attachments = [
      AttachmentDraft(path: "/home/ann/cv.pdf", type: .cv, name: "Resume.pdf"),
      AttachmentDraft(url: "https://example.com/a.pdf", type: .coverLetter),
      AttachmentDraft(path: "/elsewhere/missing.pdf", type: .other),
    ]
    var harness = Fixture.harness(attachments, arrival: .field(FieldPath.attachments[2]))
    #expect(harness.screen.host.form.focusedField?.key == AttachmentsScreen.listKey)
    #expect(harness.list.cursor == 2)
    await harness.send(.key(KeyPress(.up)))
    #expect(harness.flow.draft.attachments == attachments)
    await harness.appear()
    #expect(harness.text(Size(width: 160, height: 40)).contains("⚠ '/elsewhere/missing.pdf' does not exist"))
  }

  @Test func withNoFilesYetThePickerIsFocusedAndEnterOnTheListGoesOn() async {
    var harness = Fixture.harness()
    #expect(harness.screen.host.form.focusedField?.key == AttachmentsScreen.pickerKey)
    await harness.send(.key(.backTab))
    #expect(harness.screen.host.form.focusedField?.key == AttachmentsScreen.listKey)
    await harness.send(.key(.enter))
    guard case .next? = harness.navigation else {
      Issue.record("enter on the list should go on, got \(String(describing: harness.navigation))")
      return
    }
  }

  @Test func withFilesTheListIsFocused() {
    let harness = Fixture.harness([AttachmentDraft(path: "/home/ann/cv.pdf", type: .cv)])
    #expect(harness.screen.host.form.focusedField?.key == AttachmentsScreen.listKey)
  }

  @Test func aTypedPathIsAddedByEnter() async {
    var harness = Fixture.harness()
    await harness.appear()
    await harness.type("cv.pdf")
    await harness.send(.key(.enter))
    #expect(harness.names == ["cv.pdf"])
    #expect(harness.types == [.cv])
    #expect(harness.wentOn)
  }

  @Test func thePickerIsListedOnArrivalAndMarkedFilesAreKeptWhenLeavingIt() async throws {
    var harness = Fixture.harness()
    await harness.appear()
    let picker = try #require(harness.screen.host.form[AttachmentsScreen.pickerKey] as? FilePickerField)
    #expect(
      picker.model.rows.map(\.name) == ["cover-letter.pdf", "cv.pdf", "fake.pdf", "sample.pdf", "scan.pdf"])
    await harness.send(.key(.character(" ")), .key(KeyPress(.down)), .key(.character(" ")))
    #expect(harness.flow.draft.attachments.isEmpty)
    await harness.send(.key(.tab))
    #expect(harness.names == ["cover-letter.pdf", "cv.pdf"])
    #expect(harness.types == [.coverLetter, .cv])
  }
}
