import ApplyCore
import Foundation
import Testing
import TextSafety

@testable import RecruiterApp
@testable import TerminalUI

/// The attachments picker remembers, on disk, the folder files were last added from and opens there
/// next time on the newest file it accepts; a folder gone since falls back to the working directory.
@Suite struct PickerFolderMemoryTests {
  /// A fresh folder under the temporary directory.
  static func folder(_ name: String) throws -> String {
    let path = PathText.join(NSTemporaryDirectory(), "picker-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Writes `name` in `folder`, last modified `seconds` after 1970.
  static func write(_ name: String, in folder: String, modified seconds: TimeInterval) throws {
    let path = folder + "/" + name
    try Data("%PDF-1.7\n".utf8).write(to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: seconds)], ofItemAtPath: path)
  }

  /// A screen on the real disk whose picker starts as the app's does, listed.
  static func harness(memory: PickerFolderMemory, workingDirectory: String) async -> AttachmentsHarness {
    let browsing = FileBrowsing.attachments(
      memory: memory, directory: workingDirectory, home: workingDirectory, reader: LocalDirectoryReader())
    let flow = QuestionsFixture.flow()
    let screen = AttachmentsScreen(
      flow: flow, arrival: .forward, fileSystem: LocalFileSystem(), browsing: browsing, folderMemory: memory)
    var harness = AttachmentsHarness(screen: screen, flow: flow)
    await harness.appear()
    return harness
  }

  static func picker(_ harness: AttachmentsHarness) throws -> FilePickerModel {
    try #require(harness.screen.host.form[AttachmentsScreen.pickerKey] as? FilePickerField).model
  }

  @Test func theNextPickerOpensInTheFolderLastAddedFromOnItsNewestAcceptedFile() async throws {
    let state = try Self.folder("state") + "/kombo-apply"
    let work = try Self.folder("work")
    try Self.write("b-first.pdf", in: work, modified: 5_000)
    let cvs = try Self.folder("cvs")
    try FileManager.default.createDirectory(atPath: cvs + "/a-folder", withIntermediateDirectories: true)
    try Self.write("older.pdf", in: cvs, modified: 1_000)
    try Self.write("newest.docx", in: cvs, modified: 3_000)
    try Self.write("zz-old.pdf", in: cvs, modified: 500)
    try Data("not offered".utf8).write(to: URL(fileURLWithPath: cvs + "/later.xyz"))

    var first = await Self.harness(memory: PickerFolderMemory(stateDirectory: state), workingDirectory: work)
    #expect(try Self.picker(first).directory == work)
    #expect(try Self.picker(first).current?.name == "b-first.pdf", "nothing remembered: the first entry")
    await first.type(cvs + "/older.pdf")
    await first.send(.key(.enter))
    #expect(first.names == ["older.pdf"])

    let file = PickerFolderMemory.path(in: state)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == cvs + "\n")
    #expect(PrivateFiles.mode(of: file) == 0o600)
    #expect(PrivateFiles.mode(of: state) == 0o700)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: state) == ["picker-folder"], "no temporary left")

    let next = await Self.harness(memory: PickerFolderMemory(stateDirectory: state), workingDirectory: work)
    let picker = try Self.picker(next)
    #expect(picker.directory == cvs)
    #expect(picker.rows.first?.name == "a-folder")
    #expect(picker.current?.name == "newest.docx", "the newest file the step accepts, not the folder or .xyz")

    try FileManager.default.removeItem(atPath: cvs)
    let gone = await Self.harness(memory: PickerFolderMemory(stateDirectory: state), workingDirectory: work)
    #expect(try Self.picker(gone).directory == work)
    #expect(try Self.picker(gone).current?.name == "b-first.pdf")
  }

  @Test func aFileWhoseNameIsNotUTF8IsListedEscapedAndAddedByItsBytes() async throws {
    let work = try Self.folder("bytes")
    let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".pdf".utf8)
    let path = Array(work.utf8) + [UInt8(ascii: "/")] + name
    let pdf = Array("%PDF-1.7\n".utf8) + Array(repeating: 0x20, count: 300)
    let fd = (path.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer {
      open($0.baseAddress!, O_WRONLY | O_CREAT | O_EXCL, 0o600)
    }
    try #require(fd >= 0)
    #expect(pdf.withUnsafeBytes { Foundation.write(fd, $0.baseAddress!, $0.count) } == pdf.count)
    close(fd)

    var harness = await Self.harness(memory: PickerFolderMemory(stateDirectory: nil), workingDirectory: work)
    let entry = try #require(try Self.picker(harness).current)
    #expect(entry.isFile && entry.size == Int64(pdf.count))
    #expect(harness.text().contains("caf\\xE9.pdf"), "shown escaped")
    await harness.send(.key(.enter))
    let added = try #require(harness.flow.draft.attachments.first)
    guard case .path(let picked) = added.file.source else {
      Issue.record("not a local file")
      return
    }
    #expect(FileNameBytes.encode(picked) == path, "added by its real bytes")
    #expect(harness.text().contains("PDF document"), "read by its bytes")
  }
}
