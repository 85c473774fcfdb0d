import ApplyCore
import KomboAPI
import Testing
import TextSafety

@Suite struct ValidationAttachmentTests {
  static let files: InMemoryFileSystem = {
    let files = InMemoryFileSystem(files: [
      "/docs/cv.pdf": FilesTestSamples.pdf, "/docs/letter.odt": FilesTestSamples.odt,
      "/docs/fake.pdf": FilesTestSamples.png, "/docs/empty.pdf": [], "/docs/scan": FilesTestSamples.jpeg,
      "/docs/archive.zip": FilesTestSamples.plainZip,
    ])
    files.makeDirectory(atPath: "/docs/folder")
    files.makeUnreadable(atPath: "/docs/secret.pdf")
    return files
  }()

  static let cases: [ValidationCase] = [
    .passes("a PDF CV and an ODT cover letter") {
      $0.attachments = [
        AttachmentDraft(path: "/docs/cv.pdf", type: .cv),
        AttachmentDraft(path: "/docs/letter.odt", type: .coverLetter),
      ]
    },
    .fails("a missing file", at: "attachments[1]", ["Attachment 2", "'/docs/gone.pdf' does not exist"]) {
      $0.attachments = [
        AttachmentDraft(path: "/docs/cv.pdf", type: .cv),
        AttachmentDraft(path: "/docs/gone.pdf", type: .other),
      ]
    },
    .fails("a directory", at: "attachments[0]", ["is not a regular file"]) {
      $0.attachments = [AttachmentDraft(path: "/docs/folder", type: .cv)]
    },
    .fails("an unreadable file", at: "attachments[0]", ["permission denied"]) {
      $0.attachments = [AttachmentDraft(path: "/docs/secret.pdf", type: .cv)]
    },
    .fails("an empty file", at: "attachments[0]", ["is empty (0 bytes)"]) {
      $0.attachments = [AttachmentDraft(path: "/docs/empty.pdf", type: .cv)]
    },
    .fails(
      "a PNG named .pdf", at: "attachments[0]",
      ["named like a PDF document", "PNG image", "rename it to .png"]
    ) {
      $0.attachments = [AttachmentDraft(path: "/docs/fake.pdf", type: .cv)]
    },
    .fails("a ZIP archive", at: "attachments[0]", ["is a ZIP archive", "allowed types: PDF, DOC, DOCX"]) {
      $0.attachments = [AttachmentDraft(path: "/docs/archive.zip", type: .other)]
    },
    .fails("an empty path", at: "attachments[0]", ["give the path"]) {
      $0.attachments = [AttachmentDraft(path: " ", type: .cv)]
    },
    .fails("a name that is a path", at: "attachments[0]", ["must not contain / or \\"]) {
      $0.attachments = [AttachmentDraft(path: "/docs/cv.pdf", type: .cv, name: "../cv.pdf")]
    },
    .passes("a file by URL") {
      $0.attachments = [AttachmentDraft(url: "https://files.example/cv.pdf?sig=abc", type: .cv)]
    },
    .fails("a URL without a file name", at: "attachments[0]", ["name with an extension, such as Resume.pdf"])
    {
      $0.attachments = [AttachmentDraft(url: "https://files.example/", type: .cv)]
    },
    .fails("a URL with another scheme", at: "attachments[0]", ["only http and https"]) {
      $0.attachments = [AttachmentDraft(url: "file:///etc/passwd", type: .cv)]
    },
  ]

  @Test(arguments: cases)
  func rule(_ rule: ValidationCase) {
    rule.check(job: ValidationTestJob.plainJob, files: Self.files)
  }

  @Test func namesComeFromThePathOrURLAndGetTheDetectedExtension() throws {
    var draft = ValidationTestJob.validDraft()
    draft.answers = [:]
    draft.attachments = [
      AttachmentDraft(path: "/docs/cv.pdf", type: .cv),
      AttachmentDraft(path: "/docs/scan", type: .other),
      AttachmentDraft(path: "/docs/letter.odt", type: .coverLetter, name: " Anschreiben "),
      AttachmentDraft(url: "https://files.example/a%20b/My%20CV.docx", type: .other),
      AttachmentDraft(url: "https://files.example/download?id=7", type: .other, name: "Portfolio.zip"),
    ]
    let validation = Validator(fileSystem: Self.files).validate(draft, job: nil)
    let attachments = try #require(validation.prepared).request.attachments
    #expect(
      attachments == [
        Attachment(name: "cv.pdf", type: .cv, contentType: "application/pdf", content: .base64("")),
        Attachment(name: "scan.jpg", type: .other, contentType: "image/jpeg", content: .base64("")),
        Attachment(
          name: "Anschreiben.odt", type: .coverLetter, contentType: "application/vnd.oasis.opendocument.text",
          content: .base64("")),
        Attachment(
          name: "My CV.docx", type: .other,
          contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          content: .url("https://files.example/a%20b/My%20CV.docx")),
        Attachment(
          name: "Portfolio.zip", type: .other, contentType: nil,
          content: .url("https://files.example/download?id=7")),
      ])
    #expect(validation.prepared?.files.map(\.slot) == [.attachment(0), .attachment(1), .attachment(2)])
  }

  @Test func aFileWhoseNameIsNotUTF8IsSentUnderItsNameWithThoseBytesEscaped() throws {
    let name = FileNameBytes.decode(Array("caf".utf8) + [0xE9] + Array(".pdf".utf8))
    let files = InMemoryFileSystem(files: ["/docs/" + name: FilesTestSamples.pdf])
    var draft = ValidationTestJob.validDraft()
    draft.answers = [:]
    draft.attachments = [AttachmentDraft(path: "/docs/" + name, type: .cv)]
    let attachments = try #require(Validator(fileSystem: files).validate(draft, job: nil).prepared).request
      .attachments
    #expect(attachments.map(\.name) == ["caf%E9.pdf"])
  }

  @Test func theTotalSizeCapNamesTheTotalAndTheCap() {
    let files = InMemoryFileSystem(files: [
      "/a.pdf": FilesTestSamples.pdf + [UInt8](repeating: 0x20, count: 6 << 20),
      "/b.pdf": FilesTestSamples.pdf + [UInt8](repeating: 0x20, count: 5 << 20),
    ])
    var draft = ValidationTestJob.validDraft()
    draft.answers = [:]
    draft.attachments = [
      AttachmentDraft(path: "/a.pdf", type: .cv), AttachmentDraft(path: "/b.pdf", type: .other),
    ]
    let report = Validator(fileSystem: files).validate(draft, job: nil).report
    #expect(report.errors.map(\.path) == [.attachments])
    #expect(
      report.errors.first?.message.hasPrefix(
        "Attachments and file answers total 11.0 MB; the limit is 10.0 MB") == true)
    let roomier = Validator(fileSystem: files, maxTotalFileBytes: 12 << 20).validate(draft, job: nil)
    #expect(roomier.report.isValid)
    draft.attachments.removeLast()
    #expect(Validator(fileSystem: files).validate(draft, job: nil).report.isValid)
  }

  /// Just over the cap, both sizes round to "10.0 MB": the message gives bytes so it makes sense.
  @Test func aTotalJustOverTheCapIsGivenInBytes() {
    let size = (10 << 20) + 1
    let files = InMemoryFileSystem(files: [
      "/a.pdf": FilesTestSamples.pdf + [UInt8](repeating: 0x20, count: size - FilesTestSamples.pdf.count)
    ])
    var draft = ValidationTestJob.validDraft()
    draft.answers = [:]
    draft.attachments = [AttachmentDraft(path: "/a.pdf", type: .cv)]
    let message = Validator(fileSystem: files).validate(draft, job: nil).report.errors.first?.message
    #expect(
      message?.hasPrefix(
        "Attachments and file answers total 10485761 bytes; the limit is 10485760 bytes (10.0 MB)") == true)
  }

  @Test func fileAnswersCountTowardsTheTotal() {
    let files = InMemoryFileSystem(files: [
      "/a.pdf": FilesTestSamples.pdf + [UInt8](repeating: 0x20, count: 9 << 20),
      "/p.png": FilesTestSamples.png,
    ])
    var draft = ValidationTestJob.validDraft()
    draft.attachments = [AttachmentDraft(path: "/a.pdf", type: .cv)]
    draft.answers["QPortfolio"] = .file(FileReference(path: "/p.png"))
    let validator = Validator(fileSystem: files, maxTotalFileBytes: 9 << 20 + FilesTestSamples.pdf.count + 10)
    #expect(validator.validate(draft, job: ValidationTestJob.job).report.errors.map(\.path) == [.attachments])
  }
}
