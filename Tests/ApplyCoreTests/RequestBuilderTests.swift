import ApplyCore
import Foundation
import KomboAPI
import Testing

@Suite struct RequestBuilderTests {
  @Test func everyByteCountAndChunkingEncodesLikeFoundation() throws {
    let noise = Self.noise(count: 1_000_003)
    for count in Array(0...64) + [3 << 18, (3 << 18) + 1, (3 << 19) + 2, 1_000_003] {
      let bytes = Array(noise.prefix(count))
      let files = InMemoryFileSystem(files: ["/f.pdf": FilesTestSamples.pdf + bytes])
      var draft = RequestTestDrafts.minimal
      draft.attachments = [AttachmentDraft(path: "/f.pdf", type: .cv)]
      let built = try RequestBuilder(fileSystem: files).build(draft, job: nil)
      let request = try KomboJSON.decoder().decode(CreateApplicationRequest.self, from: built.body)
      #expect(
        request.attachments.first?.content
          == .base64(Data(FilesTestSamples.pdf + bytes).base64EncodedString()))
    }
  }

  @Test func aLargeFileOnDiskIsEmbeddedExactly() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "builder-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let bytes = FilesTestSamples.pdf + Self.noise(count: (3 << 20) + 5)
    let path = directory.appendingPathComponent("cv.pdf").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    var draft = RequestTestDrafts.minimal
    draft.attachments = [AttachmentDraft(path: path, type: .cv)]
    let built = try RequestBuilder(fileSystem: LocalFileSystem()).build(draft, job: nil)
    let request = try KomboJSON.decoder().decode(CreateApplicationRequest.self, from: built.body)
    guard case .base64(let data)? = request.attachments.first?.content else {
      Issue.record("no data")
      return
    }
    #expect(Data(base64Encoded: data) == Data(bytes))
  }

  /// `count` bytes from a 64-bit linear congruential generator: every byte value, no pattern base64 hides.
  static func noise(count: Int) -> [UInt8] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      for index in 0..<count {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        buffer[index] = UInt8(truncatingIfNeeded: state >> 56)
      }
      initialized = count
    }
  }

  @Test func anInvalidDraftThrowsTheWholeReport() {
    var draft = RequestTestDrafts.minimal
    draft.candidate.emailAddress = "nope"
    draft.candidate.location.city = "Berlin"
    #expect {
      try RequestBuilder(fileSystem: InMemoryFileSystem()).build(draft, job: nil)
    } throws: { error in
      guard case .invalid(let report) = error as? RequestBuildError else { return false }
      return report.errors.map(\.path) == [.emailAddress, .country]
    }
  }

  @Test func aFileThatChangedSinceValidationStopsTheBuild() throws {
    let files = InMemoryFileSystem(files: ["/cv.pdf": FilesTestSamples.pdf])
    var draft = RequestTestDrafts.minimal
    draft.attachments = [AttachmentDraft(path: "/cv.pdf", type: .cv)]
    let prepared = try #require(Validator(fileSystem: files).validate(draft, job: nil).prepared)
    files.write(FilesTestSamples.pdf + [0x0A], atPath: "/cv.pdf")
    #expect {
      try RequestBuilder(fileSystem: files).build(prepared)
    } throws: { error in
      String(describing: error)
        == "'/cv.pdf' changed size since it was checked (\(FilesTestSamples.pdf.count) → "
        + "\(FilesTestSamples.pdf.count + 1) bytes); check the file and try again"
    }
    files.remove(atPath: "/cv.pdf")
    #expect {
      try RequestBuilder(fileSystem: files).build(prepared)
    } throws: { error in
      String(describing: error) == "'/cv.pdf' does not exist; check the file and try again"
    }
  }

  @Test func userTextThatLooksLikeAPlaceholderIsSentVerbatim() throws {
    var draft = RequestTestDrafts.minimal
    draft.candidate.company = "kombo-apply-file-0-0-payload"
    draft.candidate.title = "\"kombo-apply-file-1-0-payload\""
    draft.attachments = [AttachmentDraft(path: "/home/ada/cv.pdf", type: .cv)]
    let prepared = try #require(
      Validator(fileSystem: RequestTestDrafts.files).validate(draft, job: nil).prepared)
    let built = try RequestBuilder(fileSystem: RequestTestDrafts.files).build(prepared)
    #expect(built.body == (try RequestTestDrafts.plainBody(prepared)))
    let request = try KomboJSON.decoder().decode(CreateApplicationRequest.self, from: built.body)
    #expect(request.candidate.company == "kombo-apply-file-0-0-payload")
  }

  @Test func theJobPathSegmentIsPercentEncoded() throws {
    var draft = RequestTestDrafts.minimal
    draft.job = .remote("a/b c")
    let built = try RequestBuilder(fileSystem: InMemoryFileSystem()).build(draft, job: nil)
    #expect(built.jobPathSegment == "remote%3Aa%2Fb%20c")
  }

  @Test func theDryRunDisplayShortensPayloadsAndReadsNoFiles() throws {
    let prepared = try RequestTestDrafts.prepared(3)
    let display = RequestBuilder.displayBody(prepared)
    #expect(display.contains(#""data" : "<\#(FilesTestSamples.pdf.count) bytes>""#))
    #expect(display.contains(#""data" : "<\#(FilesTestSamples.png.count) bytes>""#))
    #expect(display.contains("\n  \"candidate\" : {\n"))
    #expect(!display.contains("JVBER"))
    let withURL = RequestBuilder.displayBody(try RequestTestDrafts.prepared(2))
    #expect(withURL.contains(#""data_url" : "https://files.example/certificates/diploma.pdf?sig=a/b""#))
  }
}
