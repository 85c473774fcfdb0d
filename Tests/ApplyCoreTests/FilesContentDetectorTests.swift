import ApplyCore
import Foundation
import PropertyBased
import Testing

@Suite struct FilesContentDetectorTests {
  static let samples: [(name: String, bytes: [UInt8], type: ContentType)] = [
    ("cv.pdf", FilesTestSamples.pdf, .pdf),
    ("cv.doc", FilesTestSamples.doc, .doc),
    ("cv.docx", FilesTestSamples.docx, .docx),
    ("cv.odt", FilesTestSamples.odt, .odt),
    ("cv.rtf", FilesTestSamples.rtf, .rtf),
    ("cv.txt", FilesTestSamples.text, .plainText),
    ("photo.png", FilesTestSamples.png, .png),
    ("photo.jpg", FilesTestSamples.jpeg, .jpeg),
    ("photo.JPEG", FilesTestSamples.jpeg, .jpeg),
    ("photo.gif", FilesTestSamples.gif, .gif),
  ]

  @Test(arguments: samples.indices)
  func detectsEveryTypeFromContentAndName(_ index: Int) throws {
    let sample = Self.samples[index]
    let files = InMemoryFileSystem(files: ["/in/\(sample.name)": sample.bytes])
    let detection = try ContentDetector.detect(path: "/in/\(sample.name)", fileSystem: files)
    #expect(detection.content == sample.type)
    #expect(detection.extensionType == sample.type)
    #expect(detection.size == sample.bytes.count)
    #expect(try detection.verdict.get() == sample.type)
  }

  @Test(arguments: samples.indices)
  func detectsEveryTypeFromContentAloneWhenTheNameHasNoExtension(_ index: Int) throws {
    let sample = Self.samples[index]
    let files = InMemoryFileSystem(files: ["/in/upload": sample.bytes])
    let detection = try ContentDetector.detect(path: "/in/upload", fileSystem: files)
    #expect(try detection.verdict.get() == sample.type)
  }

  @Test func aPDFThatIsReallyAPNGIsFlaggedWithBothTypesAndAFix() throws {
    let files = InMemoryFileSystem(files: ["/cv.pdf": FilesTestSamples.png])
    let detection = try ContentDetector.detect(path: "/cv.pdf", fileSystem: files)
    guard case .failure(let problem) = detection.verdict else {
      Issue.record("a PNG named .pdf passed")
      return
    }
    #expect(
      problem.message(fileName: "cv.pdf")
        == "'cv.pdf' is named like a PDF document but its content is a PNG image; rename it to .png or "
        + "attach the right file")
  }

  @Test(arguments: [
    ("cv.docx", FilesTestSamples.odt, "named like a Word document but its content is an OpenDocument text"),
    ("cv.odt", FilesTestSamples.docx, "named like an OpenDocument text but its content is a Word document"),
    ("cv.docx", FilesTestSamples.xlsx, "named like a Word document but its content is an Excel workbook"),
    ("cv.docx", FilesTestSamples.plainZip, "named like a Word document but its content is a ZIP archive"),
    ("cv.doc", FilesTestSamples.pdf, "named like a Word 97-2003 document but its content is a PDF document"),
    ("cv.txt", FilesTestSamples.png, "named like a plain text file but its content is a PNG image"),
    ("cv.pdf", FilesTestSamples.text, "named like a PDF document but its content is plain text"),
    ("cv.pdf", [0x00, 0x01, 0x02, 0xFF], "named like a PDF document but its content is binary data"),
  ])
  func mismatchesNameBothSides(name: String, bytes: [UInt8], expected: String) throws {
    let files = InMemoryFileSystem(files: ["/\(name)": bytes])
    let detection = try ContentDetector.detect(path: "/\(name)", fileSystem: files)
    guard case .failure(let problem) = detection.verdict else {
      Issue.record("\(name) passed")
      return
    }
    #expect(problem.message(fileName: name).contains(expected))
  }

  @Test func unsupportedContentListsTheAllowedTypes() throws {
    let files = InMemoryFileSystem(files: [
      "/data.bin": [0x00, 0x9F, 0x92, 0x96], "/book.xlsx": FilesTestSamples.xlsx,
    ])
    for path in ["/data.bin", "/book.xlsx"] {
      let detection = try ContentDetector.detect(path: path, fileSystem: files)
      guard case .failure(let problem) = detection.verdict else {
        Issue.record("\(path) passed")
        continue
      }
      #expect(
        problem.message(fileName: path).hasSuffix(
          "allowed types: PDF, DOC, DOCX, ODT, RTF, TXT, PNG, JPEG, GIF"))
    }
  }

  @Test func anEmptyFileIsRejected() throws {
    let files = InMemoryFileSystem(files: ["/cv.pdf": []])
    let detection = try ContentDetector.detect(path: "/cv.pdf", fileSystem: files)
    #expect(detection.verdict == .failure(.empty))
    #expect(
      ContentProblem.empty.message(fileName: "cv.pdf")
        == "'cv.pdf' is empty (0 bytes); attach a file with content")
  }

  @Test(arguments: [
    ([UInt8]("plain\ttext\r\n".utf8), true),
    ([0x61, 0xC3, 0x28], false),
    ([0x61, 0x00, 0x62], false),
    ([0x1B] + [UInt8]("[31mred".utf8), true),
    ([0x61, 0x07], false),
  ])
  func textMeansValidUTF8WithoutControlBytes(bytes: [UInt8], isText: Bool) throws {
    let files = InMemoryFileSystem(files: ["/notes": bytes])
    #expect(
      try ContentDetector.detect(path: "/notes", fileSystem: files).content == (isText ? .plainText : nil))
  }

  @Test func aLongTextFileWhoseSampleEndsInsideACharacterIsStillText() throws {
    let long = Array(String(repeating: "€", count: 30_000).utf8)
    let files = InMemoryFileSystem(files: ["/notes.txt": long])
    #expect(try ContentDetector.detect(path: "/notes.txt", fileSystem: files).content == .plainText)
  }

  @Test func thePDFHeaderMayFollowJunkWithinTheFirstKilobyte() throws {
    let files = InMemoryFileSystem(files: [
      "/cv.pdf": [UInt8](repeating: 0x20, count: 100) + FilesTestSamples.pdf
    ])
    #expect(try ContentDetector.detect(path: "/cv.pdf", fileSystem: files).content == .pdf)
  }

  @Test func corruptedContainersNeverCrashDetection() async {
    let samples = [
      FilesTestSamples.docx, FilesTestSamples.odt, FilesTestSamples.plainZip, FilesTestSamples.pdf,
    ]
    let edits = zip(
      Gen.int(in: 0...3), Gen.int(in: 0...1_000).array(of: 1...12), Gen<UInt8>.value(in: 0...255))
    await propertyCheck(count: 500, input: edits) { sample, offsets, value in
      var bytes = samples[sample]
      for offset in offsets { bytes[offset % bytes.count] = value }
      let cut = Array(bytes.prefix(offsets[0] % (bytes.count + 1)))
      let files = InMemoryFileSystem(files: ["/cv.docx": bytes, "/cut.docx": cut])
      for path in ["/cv.docx", "/cut.docx"] {
        let detection = try ContentDetector.detect(path: path, fileSystem: files)
        #expect(detection.size == (path == "/cv.docx" ? bytes.count : cut.count))
      }
    }
  }

  @Test func realFilesOnDiskAreDetectedThroughTheLocalFileSystem() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "detect-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let docx = directory.appendingPathComponent("cv.docx")
    try Data(FilesTestSamples.docx).write(to: docx)
    let detection = try ContentDetector.detect(path: docx.path, fileSystem: LocalFileSystem())
    #expect(try detection.verdict.get() == .docx)
    #expect(throws: FileSystemError(.notAFile, path: directory.path)) {
      try ContentDetector.detect(path: directory.path, fileSystem: LocalFileSystem())
    }
    #expect(throws: FileSystemError(.notFound, path: directory.path + "/missing.pdf")) {
      try ContentDetector.detect(path: directory.path + "/missing.pdf", fileSystem: LocalFileSystem())
    }
  }
}

/// The extension of a file name, whatever Unicode sits around the dot.
@Suite struct FileExtensionTests {
  @Test(arguments: [
    ("cv.pdf", "pdf"), ("/home/ann/Lebenslauf.final.DOCX", "DOCX"), ("n\u{890}.pdf", "pdf"),
    ("山田\u{301}.png", "png"),
  ])
  func theExtensionIsFound(name: String, ext: String) {
    #expect(ContentType.fileExtension(of: name) == ext)
  }

  @Test(arguments: [".bashrc", "README", "dir.d/file", "trailing."])
  func namesWithoutOneHaveNone(name: String) {
    #expect(ContentType.fileExtension(of: name) == nil)
  }
}
