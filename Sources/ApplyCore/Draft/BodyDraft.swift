import Foundation
public import KomboAPI

/// A ready-made wire body (`submit --body`) as a draft, so the ``Validator`` checks it by the same rules
/// as the flags and the terminal UI.
///
/// Embedded files (`data`) become files of an in-memory file system; answers keep the JSON type the body
/// gives them, so a string sent to a NUMBER question stays a mismatch. What a draft cannot express is
/// checked here and listed in ``problems``: a JSON type a question does not take, `content_type` missing
/// beside `data`, a second answer to one question, a country code that is not upper case.
public struct BodyDraft {
  /// The body as a draft.
  public let draft: ApplicationDraft
  /// The embedded files, at the paths the draft refers to.
  public let files: InMemoryFileSystem
  /// Problems found while converting, named by the body's JSON paths.
  public let problems: [ValidationIssue]
  /// The index in `screening_question_answers` of each question's (first) answer.
  let answerIndex: [String: Int]

  /// Converts `request`, the body for `job`; `questions` (nil: the job is not known) type the answers.
  public init(_ request: CreateApplicationRequest, job: JobReference, questions: [ScreeningQuestion]?) {
    let files = InMemoryFileSystem()
    var problems: [ValidationIssue] = []
    var draft = ApplicationDraft(
      job: job, stageID: request.stageID, candidate: Self.candidate(request.candidate),
      remoteFields: request.remoteFields, sourcedByUserID: request.sourcedBy?.userID ?? "",
      sourceName: request.source?.name ?? "")
    if let consent = request.gdprConsent {
      draft.gdprConsent = ConsentDraft(
        given: consent.given ?? false, expiresAt: consent.expiresAt?.text ?? "")
    }
    if let country = request.candidate.location?.country, country != country.uppercased() {
      problems.append(
        ValidationIssue(
          .country, .error, "Country must be an upper-case ISO 3166-1 alpha-2 code such as DE, as sent",
          suggestion: country.uppercased()))
    }
    for (index, attachment) in request.attachments.enumerated() {
      let path = FieldPath.attachments[index]
      let file = Self.file(
        attachment.name, attachment.contentType, attachment.content, at: path, into: files,
        problems: &problems)
      draft.attachments.append(AttachmentDraft(file: file, type: attachment.type))
    }
    let byID = Dictionary((questions ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var answerIndex: [String: Int] = [:]
    for (index, answer) in request.screeningQuestionAnswers.enumerated() {
      let path = FieldPath("screening_question_answers")[index].appending("answer")
      guard answerIndex[answer.questionID] == nil else {
        problems.append(
          ValidationIssue(
            path, .error, "answers question '\(answer.questionID)' a second time; answer each question once"))
        continue
      }
      answerIndex[answer.questionID] = index
      let converted = Self.answer(
        answer.answer, format: byID[answer.questionID]?.format, at: path, files: files, problems: &problems)
      if let converted { draft.answers[answer.questionID] = converted }
    }
    self.draft = draft
    self.files = files
    self.problems = problems
    self.answerIndex = answerIndex
  }

  /// Where in the body a validator path points: answers by their index in `screening_question_answers`,
  /// social links at their `url`; other paths are the body's already.
  public func bodyPath(for path: FieldPath) -> FieldPath {
    if path.isWithin(.answers) {
      let id = String(path.rawValue.dropFirst(FieldPath.answers.rawValue.count + 1))
      guard !id.isEmpty else { return "screening_question_answers" }
      guard let index = answerIndex[id] else {
        return FieldPath("screening_question_answers (question \(id))")
      }
      return FieldPath("screening_question_answers")[index].appending("answer")
    }
    if path.isWithin(.socialLinks), path != .socialLinks { return path.appending("url") }
    return path
  }

  /// Whether the body answers `questionID`.
  public func answers(_ questionID: String) -> Bool { answerIndex[questionID] != nil }

  private static func candidate(_ candidate: NewCandidate) -> CandidateDraft {
    let location = candidate.location.map {
      LocationDraft(
        country: $0.country, city: $0.city ?? "", state: $0.state ?? "",
        zipCode: $0.zipCode ?? "")
    }
    return CandidateDraft(
      firstName: candidate.firstName, lastName: candidate.lastName, emailAddress: candidate.emailAddress,
      additionalEmailAddresses: candidate.additionalEmailAddresses.map {
        ContactDraft(type: $0.type, value: $0.emailAddress)
      },
      phoneNumber: candidate.phoneNumber ?? "",
      additionalPhoneNumbers: candidate.additionalPhoneNumbers.map {
        ContactDraft(type: $0.type, value: $0.phoneNumber)
      },
      company: candidate.company ?? "", title: candidate.title ?? "", location: location ?? LocationDraft(),
      gender: candidate.gender?.rawValue ?? "", availabilityDate: candidate.availabilityDate?.text ?? "",
      salaryAmount: candidate.salaryExpectations.map { plainNumber($0.amount) } ?? "",
      salaryPeriod: candidate.salaryExpectations?.period.rawValue ?? "",
      socialLinks: candidate.socialLinks.map(\.url))
  }

  /// An embedded or linked file as a reference the validator reads: `data` goes into `files` under a
  /// path ending in the file's name (so its type is judged by name and content, as for a local file).
  private static func file(
    _ name: String, _ contentType: String?, _ content: FileContent, at path: FieldPath,
    into files: InMemoryFileSystem, problems: inout [ValidationIssue]
  ) -> FileReference {
    switch content {
    case .url(let url):
      return FileReference(url: url, name: name)
    case .base64(let text):
      if contentType?.isEmpty ?? true {
        problems.append(
          ValidationIssue(
            path.appending("content_type"), .error,
            "content_type is required beside data: the file's MIME type, such as application/pdf"))
      } else if let contentType,
        contentType.range(of: #"^[\w.-]+/[\w.-]+$"#, options: .regularExpression) == nil
      {
        problems.append(
          ValidationIssue(
            path.appending("content_type"), .error,
            "'\(contentType)' is not a MIME type; use the form type/subtype, such as application/pdf"))
      }
      let stored = "/body/\(path.rawValue)/\(name.replacingOccurrences(of: "/", with: "_"))"
      files.write(Array(Data(base64Encoded: text) ?? Data()), atPath: stored)
      return FileReference(path: stored, name: name)
    }
  }

  /// A wire answer as a draft answer for a question of `format` (nil: unknown question or no format,
  /// converted by its own JSON type); a JSON type the format does not take is a problem, and nil.
  private static func answer(
    _ value: ScreeningAnswer.Value, format: QuestionFormat?, at path: FieldPath, files: InMemoryFileSystem,
    problems: inout [ValidationIssue]
  ) -> AnswerDraft? {
    if let format, !format.isAnswerable {
      let kind =
        if case .information = format { "is information only" } else { "cannot be answered through Kombo" }
      problems.append(
        ValidationIssue(path, .error, "the question \(kind); remove this answer (the body is sent as it is)"))
      return nil
    }
    let converted: AnswerDraft? =
      switch (value, format) {
      case (.text(let text), .text?), (.text(let text), nil): .text(text)
      case (.text(let text), .date?): .date(text)
      case (.text(let text), .singleSelect?): .option(text)
      case (.number(let number), .number?), (.number(let number), nil): .number(plainNumber(number))
      case (.boolean(let flag), .boolean?), (.boolean(let flag), nil): .boolean(flag)
      case (.multiSelect(let ids), .multiSelect?), (.multiSelect(let ids), nil): .options(ids)
      case (.file(let file), .file?), (.file(let file), nil):
        .file(
          Self.file(file.name, file.contentType, file.content, at: path, into: files, problems: &problems))
      default: nil
      }
    if converted == nil, let format {
      problems.append(
        ValidationIssue(
          path, .error,
          "the question takes \(ValidationRun.allowed(format)) as JSON \(Self.jsonType(for: format)); "
            + "the body gives \(Self.jsonType(of: value))"))
    }
    return converted
  }

  /// A number as the validator reads it back: `70000`, `2.5`, `1e+19`.
  private static func plainNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  private static func jsonType(for format: QuestionFormat) -> String {
    switch format {
    case .number: "a number"
    case .boolean: "true or false"
    case .multiSelect: "an array of option ids"
    case .file: "a file object"
    default: "a string"
    }
  }

  private static func jsonType(of value: ScreeningAnswer.Value) -> String {
    switch value {
    case .text, .singleSelect, .date: "a string"
    case .number: "a number"
    case .boolean: "true or false"
    case .multiSelect: "an array"
    case .file: "a file object"
    }
  }
}
