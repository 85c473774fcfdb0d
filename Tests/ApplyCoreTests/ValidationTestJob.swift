import ApplyCore
import KomboAPI

/// A job with one question of every format, required questions and a two-deep precondition chain:
/// permit (BOOLEAN) → permit type (SINGLE_SELECT, when permit = yes) → permit details (TEXT, required,
/// when permit type = Other); office (SINGLE_SELECT) → why remote (TEXT, required, when office = Remote).
enum ValidationTestJob {
  static let jobID = "JobAAAAAAAAAAAAAAAAAAAA1"
  static let applied = JobStage(id: "StgAAAAAAAAAAAAAAAAAAAA1", name: "Applied", status: .active, index: 0)
  static let archived = JobStage(id: "StgAAAAAAAAAAAAAAAAAAAA2", name: "Old", status: .inactive, index: 1)

  static let berlin = SelectOption(id: "OptBerlin", name: "Berlin")
  static let munich = SelectOption(id: "OptMunich", name: "Munich")
  static let remote = SelectOption(id: "OptRemote", name: "Remote")
  static let euPermit = SelectOption(id: "OptEU", name: "EU Blue Card")
  static let otherPermit = SelectOption(id: "OptOther", name: "Other")
  static let english = SelectOption(id: "OptEn", name: "English")
  static let german = SelectOption(id: "OptDe", name: "German")
  static let canadianFrench = SelectOption(id: "OptFrCa", name: "French, Canadian")

  static let permit = ScreeningQuestion(
    id: "QPermit", title: "Do you have a work permit?", required: true, format: .boolean, index: 0)
  static let permitType = ScreeningQuestion(
    id: "QPermitType", title: "Which permit?", required: true,
    format: .singleSelect(.init(displayType: .radio, options: [euPermit, otherPermit])), index: 1,
    preconditionQuestionID: "QPermit", preconditionOptions: .booleans([true]))
  static let permitDetails = ScreeningQuestion(
    id: "QPermitDetails", title: "Describe your permit", required: true,
    format: .text(.init(displayType: .multiLine, maxLength: 40)), index: 2,
    preconditionQuestionID: "QPermitType", preconditionOptions: .options(["OptOther"]))
  static let office = ScreeningQuestion(
    id: "QOffice", title: "Preferred office", required: true,
    format: .singleSelect(.init(displayType: .dropdown, options: [berlin, munich, remote])), index: 3)
  static let whyRemote = ScreeningQuestion(
    id: "QWhyRemote", title: "Why remote?", required: true, format: .text(.init(maxLength: 10)), index: 4,
    preconditionQuestionID: "QOffice", preconditionOptions: .options(["OptRemote"]))
  static let experience = ScreeningQuestion(
    id: "QYears", title: "Years of experience", required: false,
    format: .number(.init(displayType: .field, min: 0, max: 50)), index: 5)
  static let languages = ScreeningQuestion(
    id: "QLanguages", title: "Languages",
    format: .multiSelect(.init(options: [english, german, canadianFrench])),
    index: 6)
  static let start = ScreeningQuestion(id: "QStart", title: "Earliest start", format: .date, index: 7)
  static let portfolio = ScreeningQuestion(
    id: "QPortfolio", title: "Portfolio",
    format: .file(
      .init(
        acceptedMimeTypes: ["application/pdf", "image/*"],
        maxFileSizeBytes: 1 << 20)), index: 8)
  static let referrer = ScreeningQuestion(
    id: "QReferrer", title: "Referrer's email", format: .text(.init(displayType: .email)), index: 9)
  static let website = ScreeningQuestion(
    id: "QWebsite", title: "Website", format: .text(.init(displayType: .url)), index: 10)
  static let eeo = ScreeningQuestion(
    id: "QEEO", title: "Equal opportunity statement", category: .eeo, format: .information, index: 11)
  static let video = ScreeningQuestion(
    id: "QVideo", title: "Video introduction", required: true,
    format: .unknown(rawQuestion: ["kind": "video"]),
    index: 12)
  static let signature = ScreeningQuestion(
    id: "QSignature", title: "Signature",
    format: .unrecognized(type: "SIGNATURE", raw: ["type": "SIGNATURE"]),
    index: 13)

  static let questions = [
    permit, permitType, permitDetails, office, whyRemote, experience, languages, start, portfolio, referrer,
    website, eeo, video, signature,
  ]

  /// The job with every question.
  static let job = Job(
    id: jobID, remoteID: "4711", name: "Backend Engineer", status: .open,
    changedAt: KomboTimestamp(millisecondsSince1970: 1_767_225_600_000), stages: [applied, archived],
    screeningQuestions: questions)

  /// The same job without questions, for candidate-only tests.
  static let plainJob = Job(
    id: jobID, remoteID: "4711", name: "Backend Engineer", status: .open,
    changedAt: KomboTimestamp(millisecondsSince1970: 1_767_225_600_000), stages: [applied])

  /// A draft that passes validation against `job`: names, email, and the required answers.
  static func validDraft() -> ApplicationDraft {
    var draft = ApplicationDraft(job: JobReference(jobID))
    draft.candidate.firstName = "Ada"
    draft.candidate.lastName = "Lovelace"
    draft.candidate.emailAddress = "ada@example.com"
    draft.answers = ["QPermit": .boolean(false), "QOffice": .option("OptBerlin")]
    return draft
  }
}
