import Foundation
import TerminalUITesting
import Testing

@testable import TerminalUI

/// Runs every request through `reader`, feeding events back until nothing is pending.
private func settle(
  _ model: inout FilePickerModel, _ requests: [FilePickerModel.Request], _ reader: some DirectoryReader
)
  async -> Int
{
  var pending = requests
  var events = 0
  while !pending.isEmpty {
    let request = pending.removeFirst()
    for await event in FilePickerLoader.events(for: request, reader: reader) {
      events += 1
      pending += model.handle(event)
    }
  }
  return events
}

private func home() -> InMemoryDirectoryReader {
  var fs = InMemoryDirectoryReader()
  fs.add("/home/ann/cv.pdf", .file(size: 48_213))
  fs.add("/home/ann/Cover letter.docx", .file(size: 12_000))
  fs.add("/home/ann/photo.PNG", .file(size: 2_400_000))
  fs.add("/home/ann/notes.txt", .file(size: 300))
  fs.add("/home/ann/.bashrc", .file(size: 10))
  fs.add("/home/ann/.config", .directory(readable: true))
  fs.add("/home/ann/Documents/contract.pdf", .file(size: 1))
  fs.add("/home/ann/Documents/Contract-signed.pdf", .file(size: 1))
  fs.add("/home/ann/Downloads/résumé.pdf", .file(size: 1))
  fs.add("/home/ann/archive", .directory(readable: true))
  fs.add("/home/ann/secret", .directory(readable: false))
  fs.add("/home/ann/latest-cv.pdf", .link(to: "cv.pdf"))
  fs.add("/home/ann/docs", .link(to: "/home/ann/Documents"))
  fs.add("/home/ann/dangling.pdf", .link(to: "gone.pdf"))
  fs.add("/home/ann/loop", .link(to: "loop"))
  return fs
}

private func picker(
  _ filter: FileTypeFilter = FileTypeFilter(), multiple: Bool = false, limit: Int? = nil, height: Int = 20
) -> FilePickerModel {
  FilePickerModel(
    directory: "/home/ann", home: "/home/ann", filter: filter, allowsMultiple: multiple, limit: limit,
    height: height)
}

@Suite struct FilePickerBrowsingTests {
  @Test func listsDirectoriesFirstThenNamesIgnoringCase() async {
    var model = picker()
    _ = await settle(&model, model.start(), home())
    #expect(
      model.rows.map(\.name) == [
        "archive", "docs", "Documents", "Downloads", "secret", "Cover letter.docx", "cv.pdf", "dangling.pdf",
        "latest-cv.pdf", "loop", "notes.txt", "photo.PNG",
      ])
    #expect(!model.isLoading)
    #expect(model.rows.first { $0.name == "cv.pdf" }?.size == 48_213)
    #expect(model.rows.first { $0.name == "latest-cv.pdf" }?.kind == .linkToFile)
    #expect(model.rows.first { $0.name == "docs" }?.kind == .linkToDirectory)
    #expect(model.rows.first { $0.name == "dangling.pdf" }?.kind == .brokenLink)
    #expect(model.rows.first { $0.name == "loop" }?.kind == .brokenLink)
  }

  @Test func hiddenFilesToggle() async {
    var model = picker()
    _ = await settle(&model, model.start(), home())
    model.move(.down)  // docs
    model.toggleHidden()
    #expect(model.rows.prefix(2).map(\.name) == [".config", "archive"])
    #expect(model.rows.contains { $0.name == ".bashrc" })
    #expect(model.current?.name == "docs")
    model.toggleHidden()
    #expect(!model.rows.contains { $0.isHidden })
    #expect(model.current?.name == "docs")
  }

  @Test func extensionAndMIMEFilters() async {
    var model = picker(FileTypeFilter(extensions: [".PDF"], mimeTypes: ["image/*"]))
    _ = await settle(&model, model.start(), home())
    let files = model.rows.filter { !$0.isDirectory }.map(\.name)
    #expect(files == ["cv.pdf", "dangling.pdf", "latest-cv.pdf", "photo.PNG"])
    #expect(model.hiddenByFilter == 3)
    #expect(model.filter.summary == "GIF, HEIC, JPEG, JPG, PDF, PNG, SVG, TIF, TIFF, WEBP")
    let word = FileTypeFilter(
      mimeTypes: [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/x-unknown",
      ])
    #expect(word.extensions == ["docx"])
    #expect(word.allows("Cover letter.DOCX"))
    #expect(!word.allows("docx"))
    #expect(FileTypeFilter().allows("anything"))
  }

  @Test func enterOpensDirectoriesAndBackspaceReturnsToTheChild() async {
    let fs = home()
    var model = picker()
    _ = await settle(&model, model.start(), fs)
    model.move(.down)
    model.move(.down)  // Documents
    _ = await settle(&model, model.activate(), fs)
    #expect(model.directory == "/home/ann/Documents")
    #expect(model.rows.map(\.name) == ["Contract-signed.pdf", "contract.pdf"])  // "-" sorts before "."
    _ = await settle(&model, model.goUp(), fs)
    #expect(model.directory == "/home/ann")
    #expect(model.current?.name == "Documents")
  }

  @Test func symlinkedDirectoryOpensAndLoopsNeverHang() async {
    let fs = home()
    var model = picker()
    _ = await settle(&model, model.start(), fs)
    model.move(.down)  // docs -> Documents
    _ = await settle(&model, model.activate(), fs)
    #expect(model.directory == "/home/ann/docs")
    #expect(model.rows.count == 2)
    model.setPathInput("/home/ann/loop")
    _ = await settle(&model, model.activate(), fs)
    #expect(model.message == "loop is a broken link.")
    #expect(model.directory == "/home/ann/docs")
  }

  @Test func unreadableDirectoryKeepsTheListingAndSaysWhy() async {
    let fs = home()
    var model = picker()
    _ = await settle(&model, model.start(), fs)
    model.move(.last)
    model.move(.first)
    for _ in 0..<4 { model.move(.down) }  // secret
    #expect(model.current?.name == "secret")
    _ = await settle(&model, model.activate(), fs)
    #expect(model.message == "Cannot open /home/ann/secret: permission denied.")
    #expect(model.directory == "/home/ann")
    #expect(model.current?.name == "secret")
    #expect(!model.isLoading)
  }

  @Test func staleEventsAreIgnored() async {
    let fs = home()
    var model = picker()
    let first = model.start()
    let second = model.goUp()  // a newer listing replaces the first before it answers
    _ = await settle(&model, first, fs)
    #expect(model.directory == "/home/ann")
    #expect(model.entries.isEmpty)
    _ = await settle(&model, second, fs)
    #expect(model.directory == "/home")
    #expect(model.rows.map(\.name) == ["ann"])
  }
}

@Suite struct FilePickerPickingTests {
  @Test func enterPicksTheCursorFile() async {
    var model = picker()
    _ = await settle(&model, model.start(), home())
    model.move(.last)  // photo.PNG
    _ = model.activate()
    #expect(model.picked == ["/home/ann/photo.PNG"])
  }

  @Test func spaceMarksSeveralAcrossDirectoriesAndEnterConfirms() async {
    let fs = home()
    var model = picker(multiple: true)
    _ = await settle(&model, model.start(), fs)
    model.move(.last)
    model.toggleMark()  // photo.PNG
    model.move(.first)
    model.toggleMark()  // a directory: refused
    #expect(model.message == "archive is not a file.")
    model.move(.down)
    model.move(.down)
    _ = await settle(&model, model.activate(), fs)  // into Documents
    model.toggleMark()
    model.move(.down)
    model.toggleMark()
    model.toggleMark()  // unmark again
    _ = model.activate()
    #expect(model.picked == ["/home/ann/photo.PNG", "/home/ann/Documents/Contract-signed.pdf"])
  }

  @Test func markingStopsAtTheLimit() async {
    var model = picker(multiple: true, limit: 1)
    _ = await settle(&model, model.start(), home())
    model.move(.last)
    model.toggleMark()
    model.move(.up)
    model.toggleMark()
    #expect(model.marked == ["/home/ann/photo.PNG"])
    #expect(model.message == "You can pick at most 1 file. Unmark one first.")
  }

  @Test func brokenLinkCannotBePicked() async {
    var model = picker()
    _ = await settle(&model, model.start(), home())
    while model.current?.name != "dangling.pdf" { model.move(.down) }
    _ = model.activate()
    #expect(model.picked.isEmpty)
    #expect(model.message == "dangling.pdf is a broken link.")
  }

  @Test func typedPathPicksOpensOrExplains() async {
    let fs = home()
    var model = picker(FileTypeFilter(extensions: ["pdf"]))
    _ = await settle(&model, model.start(), fs)
    model.setPathInput("~/Documents/../notes.txt")
    _ = await settle(&model, model.activate(), fs)
    #expect(model.message == "notes.txt is not an allowed type (PDF).")
    #expect(model.pathInput == "~/Documents/../notes.txt")
    model.setPathInput("nope.pdf")
    _ = await settle(&model, model.activate(), fs)
    #expect(model.message == "Nothing at /home/ann/nope.pdf.")
    model.setPathInput("Downloads")
    _ = await settle(&model, model.activate(), fs)
    #expect(model.directory == "/home/ann/Downloads")
    #expect(model.pathInput.isEmpty)
    model.setPathInput("résumé.pdf")
    _ = await settle(&model, model.activate(), fs)
    #expect(model.picked == ["/home/ann/Downloads/résumé.pdf"])
  }

  @Test func aTypedPathInAMultiplePickerPicksItWithTheMarkedFiles() async {
    let fs = home()
    var model = picker(multiple: true)
    _ = await settle(&model, model.start(), fs)
    model.move(.last)
    model.toggleMark()  // photo.PNG
    model.move(.first)  // a directory under the cursor must not matter
    model.setPathInput("Downloads/résumé.pdf")
    _ = await settle(&model, model.activate(), fs)
    #expect(model.picked == ["/home/ann/photo.PNG", "/home/ann/Downloads/résumé.pdf"])
    #expect(model.pathInput.isEmpty)
  }

  @Test func pastedPathsAreCleaned() {
    #expect(PathText.cleanPasted("  '/home/ann/My CV.pdf'\n") == "/home/ann/My CV.pdf")
    #expect(PathText.cleanPasted("\"/tmp/a b\"") == "/tmp/a b")
    #expect(PathText.cleanPasted("/home/ann/My\\ CV\\ \\(final\\).pdf") == "/home/ann/My CV (final).pdf")
    #expect(PathText.cleanPasted("file:///home/ann/My%20CV.pdf") == "/home/ann/My CV.pdf")
    #expect(PathText.cleanPasted("file://localhost/tmp/x.pdf") == "/tmp/x.pdf")
  }

  @Test func pathArithmetic() {
    #expect(PathText.normalized("/a//b/./c/../d/") == "/a/b/d")
    #expect(PathText.normalized("/../..") == "/")
    #expect(PathText.normalized("a/../../b") == "../b")
    #expect(PathText.parent(of: "/") == "/")
    #expect(PathText.resolve("~", from: "/x", home: "/home/ann") == "/home/ann")
    #expect(PathText.resolve("~/Do", from: "/x", home: "/home/ann") == "/home/ann/Do")
    #expect(PathText.resolve("sub/", from: "/x", home: "/h") == "/x/sub/")
    #expect(PathText.resolve("/abs", from: "/x", home: "/h") == "/abs")
  }
}

@Suite struct FilePickerCompletionTests {
  @Test func uniqueCompletionAddsASlashForDirectories() async {
    let fs = home()
    var model = picker()
    _ = await settle(&model, model.start(), fs)
    model.setPathInput("Dow")
    _ = await settle(&model, model.complete(), fs)
    #expect(model.pathInput == "Downloads/")
    #expect(model.current?.name == "Downloads")
  }

  @Test func tabListsAnotherDirectoryThenCompletes() async {
    let fs = home()
    var model = picker()
    _ = await settle(&model, model.start(), fs)
    model.setPathInput("~/Downloads/r")
    _ = await settle(&model, model.complete(), fs)
    #expect(model.directory == "/home/ann/Downloads")
    #expect(model.pathInput == "~/Downloads/résumé.pdf")
  }

  /// A relative path completes against the folder shown, once, not against the folder it opened.
  @Test func aRelativePathInAnotherFolderCompletesWithoutDoublingIt() async {
    let fs = home()
    var model = picker()
    _ = await settle(&model, model.start(), fs)
    model.setPathInput("Downloads/r")
    _ = await settle(&model, model.complete(), fs)
    #expect(model.directory == "/home/ann/Downloads")
    #expect(model.pathInput == "résumé.pdf", "relative to the folder now shown")
    #expect(model.message == nil)
    #expect(model.current?.name == "résumé.pdf")
  }

  @Test func ambiguousCompletionExtendsThenLists() async {
    let fs = home()
    var model = picker()
    _ = await settle(&model, model.start(), fs)
    model.setPathInput("/home/ann/Do")
    _ = await settle(&model, model.complete(), fs)
    #expect(model.pathInput == "/home/ann/Do")
    #expect(model.completions == ["Documents/", "Downloads/"])
    model.setPathInput("/home/ann/Documents/co")
    _ = await settle(&model, model.complete(), fs)
    // "contract.pdf" only (case-sensitive first); "Contract-signed.pdf" needs a capital C.
    #expect(model.pathInput == "/home/ann/Documents/contract.pdf")
    model.setPathInput("/home/ann/Documents/C")
    _ = await settle(&model, model.complete(), fs)
    #expect(model.pathInput == "/home/ann/Documents/Contract-signed.pdf")
    model.setPathInput("/home/ann/Documents/CO")
    _ = await settle(&model, model.complete(), fs)
    #expect(model.pathInput == "/home/ann/Documents/CO")
    #expect(model.completions == ["Contract-signed.pdf", "contract.pdf"])
  }

  @Test func commonPrefixGrows() async {
    var fs = InMemoryDirectoryReader()
    fs.add("/w/application-2024.pdf", .file(size: 1))
    fs.add("/w/application-2025.pdf", .file(size: 1))
    var model = FilePickerModel(directory: "/w", home: "/")
    _ = await settle(&model, model.start(), fs)
    model.setPathInput("app")
    _ = await settle(&model, model.complete(), fs)
    #expect(model.pathInput == "application-202")
    #expect(model.completions.isEmpty)
    _ = await settle(&model, model.complete(), fs)
    #expect(model.completions == ["application-2024.pdf", "application-2025.pdf"])
  }

  @Test func noMatchSaysSo() async {
    let fs = home()
    var model = picker()
    _ = await settle(&model, model.start(), fs)
    model.setPathInput("zzz")
    _ = await settle(&model, model.complete(), fs)
    #expect(model.message == "Nothing in /home/ann starts with \"zzz\".")
    model.setPathInput("/nowhere/x")
    _ = await settle(&model, model.complete(), fs)
    #expect(model.message == "Cannot open /nowhere: it does not exist.")
  }
}

@Suite struct FilePickerScaleTests {
  @Test func hundredThousandEntriesArriveInChunksAndEndSorted() async {
    var fs = InMemoryDirectoryReader()
    let count = 100_000
    fs.addFiles(count, in: "/big") { "file-\(String((($0 &* 7919) % count) + 100_000))" }
    var model = FilePickerModel(directory: "/big", home: "/", height: 10)
    var chunks = 0
    var shownWhileLoading = false
    for await event in FilePickerLoader.events(for: model.start()[0], reader: fs) {
      if case .chunk = event { chunks += 1 }
      _ = model.handle(event)
      if model.isLoading && !model.rows.isEmpty { shownWhileLoading = true }
    }
    #expect(chunks == count / FilePickerModel.chunkSize + 1)
    #expect(shownWhileLoading)
    #expect(model.rows.count == count)
    #expect(model.rows.first?.name == "file-100000")
    #expect(model.rows.last?.name == "file-199999")
    #expect(zip(model.rows, model.rows.dropFirst()).allSatisfy { FilePickerModel.precedes($0, $1) })
  }

  @Test func cursorStaysOnItsEntryWhileChunksArrive() async {
    var fs = InMemoryDirectoryReader()
    fs.addFiles(5_000, in: "/big") { "n\(String(format: "%05d", 4_999 - $0))" }
    var model = FilePickerModel(directory: "/big", home: "/", height: 10)
    let events = FilePickerLoader.events(for: model.start()[0], reader: fs)
    var chose: String?
    for await event in events {
      _ = model.handle(event)
      if chose == nil, !model.rows.isEmpty {
        model.move(.down)
        chose = model.current?.name
      }
      #expect(model.current?.name == chose || chose == nil)
    }
    #expect(model.current?.name == chose)
  }

  @Test func untilTheUserMovesTheCursorStaysOnTheFirstEntryWhileChunksArrive() async {
    var fs = InMemoryDirectoryReader()
    fs.addFiles(5_000, in: "/big") { "n\(String(format: "%05d", 4_999 - $0))" }
    var model = FilePickerModel(directory: "/big", home: "/", height: 10)
    for await event in FilePickerLoader.events(for: model.start()[0], reader: fs) {
      _ = model.handle(event)
      #expect(model.viewport.cursor == 0)
    }
    #expect(model.current?.name == "n00000")
  }
}

@Suite struct LocalDirectoryReaderTests {
  @Test func realDirectoryWithASymlinkLoopAndAnUnreadableChild() async throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kombo-picker-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    try Data("%PDF".utf8).write(to: URL(fileURLWithPath: root + "/cv.pdf"))
    try FileManager.default.createSymbolicLink(atPath: root + "/self", withDestinationPath: root)
    try FileManager.default.createSymbolicLink(atPath: root + "/a", withDestinationPath: root + "/b")
    try FileManager.default.createSymbolicLink(atPath: root + "/b", withDestinationPath: root + "/a")
    try FileManager.default.createSymbolicLink(atPath: root + "/gone", withDestinationPath: root + "/missing")
    let reader = LocalDirectoryReader()
    var model = FilePickerModel(directory: root, home: root)
    _ = await settle(&model, model.start(), reader)
    let kinds = Dictionary(uniqueKeysWithValues: model.rows.map { ($0.name, $0.kind) })
    #expect(
      kinds == [
        "self": .linkToDirectory, "sub": .directory, "a": .brokenLink, "b": .brokenLink, "gone": .brokenLink,
        "cv.pdf": .file,
      ])
    #expect(model.rows.first { $0.name == "cv.pdf" }?.size == 4)
    // Following the self-link is one level at a time and stays responsive.
    model.move(.first)
    _ = await settle(&model, model.activate(), reader)
    #expect(model.directory == root + "/self")
    #expect(model.rows.count == 6)
    #expect(await reader.kind(of: root + "/a") == .brokenLink)
    #expect(await reader.kind(of: root + "/nothing") == nil)
    model.setPathInput(root + "/a/x")
    _ = await settle(&model, model.complete(), reader)
    #expect(model.message?.hasPrefix("Cannot open \(root)/a") == true)
  }

  @Test func unreadableRealDirectory() async throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kombo-noread-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    var sawError: DirectoryReadError?
    do {
      for try await _ in LocalDirectoryReader().entries(of: root + "/missing", chunkSize: 10) {}
    } catch let error as DirectoryReadError {
      sawError = error
    }
    #expect(sawError?.reason == .notFound)
  }
}
