import ApplyCore
import Foundation
import KomboAPI

/// The table of drafts whose request bodies are golden files and are checked by Kombo's Python SDK.
enum RequestTestDrafts {
  /// Files the drafts attach.
  static let files = InMemoryFileSystem(files: [
    "/home/ada/cv.pdf": FilesTestSamples.pdf, "/home/ada/letter.docx": FilesTestSamples.docx,
    "/home/ada/photo.png": FilesTestSamples.png, "/home/ada/notes.txt": FilesTestSamples.text,
  ])

  /// Name, draft and the job it is validated against.
  static let all: [(name: String, draft: ApplicationDraft, job: Job?)] = [
    ("minimal", minimal, nil),
    ("full-candidate", fullCandidate, ValidationTestJob.plainJob),
    ("attachments", withAttachments, nil),
    ("answers", withAnswers, ValidationTestJob.job),
  ]

  static var minimal: ApplicationDraft {
    var draft = ApplicationDraft(job: "JobAAAAAAAAAAAAAAAAAAAA1")
    draft.candidate = CandidateDraft(firstName: "Ada", lastName: "Lovelace", emailAddress: "ada@example.com")
    return draft
  }

  static var fullCandidate: ApplicationDraft {
    var remoteFields = RemoteFields()
    remoteFields.greenhouse = .init(postHeaders: .init(onBehalfOf: "4080"))
    remoteFields.personio = .init(application: ["channel": "phone", "priority": 2])
    return ApplicationDraft(
      job: "JobAAAAAAAAAAAAAAAAAAAA1", stageID: "StgAAAAAAAAAAAAAAAAAAAA1",
      candidate: CandidateDraft(
        firstName: " Ada ", lastName: "Lovelace", emailAddress: "ada@example.com",
        additionalEmailAddresses: [ContactDraft(type: .work, value: "ada@engines.example")],
        phoneNumber: "+44 20 7946 0000",
        additionalPhoneNumbers: [ContactDraft(type: .personal, value: "+44 7700 900000")],
        company: "Analytical Engines Ltd", title: "Programmer \"No. 1\"",
        location: LocationDraft(
          country: "gb", city: "London", state: "England", street: "12 St James's Square", zipCode: "SW1Y 4JH"
        ),
        gender: "female", availabilityDate: "2026-03-01", salaryAmount: "70,000.50", salaryPeriod: "YEAR",
        socialLinks: ["https://www.linkedin.com/in/ada", "https://ada.dev/a/b?c=d&e=f"]),
      gdprConsent: ConsentDraft(given: true, expiresAt: "2027-01-31T23:59:59Z"), remoteFields: remoteFields,
      sourcedByUserID: "remote:42", sourceName: "Phone call")
  }

  static var withAttachments: ApplicationDraft {
    var draft = minimal
    draft.job = .remote("4711")
    draft.attachments = [
      AttachmentDraft(path: "/home/ada/cv.pdf", type: .cv, name: "Ada Lovelace CV.pdf"),
      AttachmentDraft(path: "/home/ada/letter.docx", type: .coverLetter),
      AttachmentDraft(url: "https://files.example/certificates/diploma.pdf?sig=a/b", type: .other),
      AttachmentDraft(path: "/home/ada/notes.txt", type: .other),
    ]
    return draft
  }

  static var withAnswers: ApplicationDraft {
    var draft = minimal
    draft.answers = [
      "QPermit": .boolean(true), "QPermitType": .option("OptOther"),
      "QPermitDetails": .text("Student visa ✓"),
      "QOffice": .option("OptBerlin"), "QWhyRemote": .text("hidden, dropped"), "QYears": .number("2.5"),
      "QLanguages": .options(["OptFrCa", "OptEn"]), "QStart": .date("2026-04-01"),
      "QPortfolio": .file(FileReference(path: "/home/ada/photo.png", name: "Portfolio")),
      "QReferrer": .text("grace@example.com"), "QWebsite": .text("https://ada.dev"),
      "QEEO": .text("never sent"), "QVideo": .text("never sent"),
    ]
    draft.attachments = [AttachmentDraft(path: "/home/ada/cv.pdf", type: .cv)]
    return draft
  }

  /// The prepared application of a table row (the row is valid by construction).
  static func prepared(_ index: Int) throws -> PreparedApplication {
    let row = all[index]
    let validation = Validator(fileSystem: files).validate(row.draft, job: row.job)
    guard let prepared = validation.prepared else {
      throw RequestBuildError.invalid(validation.report)
    }
    return prepared
  }

  /// The prepared request with Foundation's base64 of each local file filled in.
  static func requestWithFiles(
    _ prepared: PreparedApplication, files: InMemoryFileSystem = files
  ) throws -> CreateApplicationRequest {
    var request = prepared.request
    for file in prepared.files {
      let bytes = try files.read(atPath: file.path, offset: 0, count: .max)
      let content = FileContent.base64(Data(bytes).base64EncodedString())
      switch file.slot {
      case .attachment(let index): request.attachments[index].content = content
      case .answer(let index):
        guard case .file(var answer) = request.screeningQuestionAnswers[index].answer else { continue }
        answer.content = content
        request.screeningQuestionAnswers[index].answer = .file(answer)
      }
    }
    return request
  }

  /// The body as the plain KomboAPI encoder writes it, with Foundation's base64 of each file.
  static func plainBody(_ prepared: PreparedApplication, files: InMemoryFileSystem = files) throws -> Data {
    try KomboJSON.encoder().encode(requestWithFiles(prepared, files: files))
  }
}
