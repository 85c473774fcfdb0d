import Foundation
import Hummingbird
import KomboAPI

extension SandboxServer {
  /// The largest request body accepted (Kombo recommends keeping attachments under 10 MB).
  static let maxBodyBytes = 50 * 1024 * 1024

  /// `POST /ats/jobs/{job_id}/applications`: validates, stores candidate, application and files,
  /// and answers with the Application and warnings.
  func createApplication(_ request: Request, _ context: SandboxRequestContext) async throws -> Response {
    guard let integration = context.integration else { throw SandboxError.unknown("no integration") }
    let reference = try Self.jobReference(path: request.uri.path)
    try Self.requireJSON(request.headers[.contentType])
    let buffer: ByteBuffer
    do {
      buffer = try await request.body.collect(upTo: Self.maxBodyBytes)
    } catch {
      throw SandboxError(
        status: .contentTooLarge, code: .platformInputInvalid, title: "Body too large",
        message: "body: larger than \(Self.maxBodyBytes / 1024 / 1024) MB; send large files as data_url")
    }
    let body: JSONValue
    do {
      // Decoded in place: the bytes are only borrowed while the decoder runs (no 10 MB copy).
      body = try buffer.withUnsafeReadableBytes { bytes in
        guard let base = bytes.baseAddress else {
          return try KomboJSON.decoder().decode(JSONValue.self, from: Data())
        }
        let borrowed = Data(
          bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none)
        return try KomboJSON.decoder().decode(JSONValue.self, from: borrowed)
      }
    } catch {
      throw SandboxError.invalidInput("body: not valid JSON (\(Self.describe(error)))")
    }
    guard let job = catalog.job(reference: reference) else {
      throw SandboxError(
        status: .notFound, code: .platformInputInvalid, title: "Job not found",
        message: "job_id: no job '\(reference)' in this integration")
    }
    if job.status != .open || job.remoteDeletedAt != nil {
      let state = job.remoteDeletedAt != nil ? "deleted" : (job.status?.rawValue ?? "not open")
      throw SandboxError(
        status: .badRequest, code: .atsJobClosed, title: "Job closed",
        message: "job_id: job \(job.id) ('\(job.name ?? "")') is \(state) and takes no applications")
    }
    let validated = try ApplicationValidator(job: job, integration: integration).validate(body)
    let now = KomboTimestamp(Date())
    let created: (application: KomboAPI.Application, reused: Bool)
    let acceptsDuplicates = configuration.acceptsDuplicates
    do {
      created = try await store.insertApplication(
        integrationID: integration.id, primaryEmail: validated.candidate.email, attachments: validated.files,
        allowDuplicate: acceptsDuplicates
      ) { found in
        // Accepting duplicates, the emulated ATS files every application under a new candidate record.
        let existing = acceptsDuplicates ? nil : found
        let encoder = KomboJSON.encoder()
        let candidate =
          try existing.map {
            try KomboJSON.decoder().decode(Candidate.self, from: $0.payload).withRequiredKeys
          }
          ?? Self.candidate(validated.candidate, now: now)
        var application = Self.application(validated, job: job, candidateID: candidate.id, now: now)
        let row = SandboxStore.ApplicationRow(
          id: application.id, jobID: job.id, candidateID: candidate.id,
          outcome: application.outcome?.rawValue,
          currentStageID: validated.stage.id, payload: try encoder.encode(application))
        application.candidate = candidate
        let newCandidate =
          existing == nil
          ? SandboxStore.CandidateRow(
            id: candidate.id,
            emails: [validated.candidate.email] + validated.candidate.additionalEmails.map(\.address),
            payload: try encoder.encode(candidate)) : nil
        return .init(newCandidate: newCandidate, application: row, result: (application, existing != nil))
      }
    } catch SandboxStore.CreateError.alreadyExists(let applicationID) {
      throw SandboxError(
        status: .conflict, code: .atsApplicationAlreadyExists, title: "Application already exists",
        message: "candidate.email_address: this candidate already applied to job \(job.id) "
          + "(application \(applicationID))")
    }
    var warnings = validated.warnings
    if created.reused {
      warnings.append(
        "candidate: an existing candidate with this email address was used; their details were not changed")
    }
    return JSONResponse.make(
      CreateApplicationResponse(
        data: created.application, warnings: warnings.map(KomboWarning.init(message:))))
  }

  /// Refuses a body that is not declared as JSON (missing, `text/plain`, a form) with 415: Kombo reads
  /// only `application/json` bodies (a `charset` parameter is fine).
  static func requireJSON(_ contentType: String?) throws(SandboxError) {
    let media = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
    guard media != "application/json" else { return }
    let shown = contentType.map {
      "'\($0.unicodeScalars.filter { $0.isASCII && $0.value >= 32 }.prefix(60))'"
    }
    throw SandboxError(
      status: .unsupportedMediaType, code: .platformInputInvalid, title: "Unsupported media type",
      message:
        "Content-Type: \(shown ?? "missing"); send the body as JSON with Content-Type: application/json")
  }

  /// The job id from `/v1/ats/jobs/{job_id}/applications`, percent-decoded (it may contain `/`).
  static func jobReference(path: String) throws(SandboxError) -> String {
    let prefix = "/v1/ats/jobs/"
    let suffix = "/applications"
    guard path.hasPrefix(prefix), path.hasSuffix(suffix), path.count > prefix.count + suffix.count else {
      throw SandboxError(
        status: .notFound, code: nil, title: "Not found", message: "POST \(path): no such endpoint")
    }
    let raw = String(path.dropFirst(prefix.count).dropLast(suffix.count))
    guard let decoded = raw.removingPercentEncoding, !decoded.isEmpty else {
      throw SandboxError.invalidInput("job_id: '\(raw)' is not a valid path segment")
    }
    return decoded
  }

  /// The wire candidate the emulated ATS creates from validated input.
  static func candidate(
    _ input: ValidatedApplication.Candidate, now: KomboTimestamp, id: String = SandboxID.random()
  ) -> Candidate {
    let remoteID = "cand-" + id.prefix(10)
    let emails =
      [Candidate.EmailAddress(emailAddress: input.email, type: "PERSONAL")]
      + input.additionalEmails.map { Candidate.EmailAddress(emailAddress: $0.address, type: $0.type) }
    let phones =
      (input.phone.map { [Candidate.PhoneNumber(phoneNumber: $0, type: "PERSONAL")] } ?? [])
      + input.additionalPhones.map { Candidate.PhoneNumber(phoneNumber: $0.number, type: $0.type) }
    var customFields: JSONObject = [:]
    if let gender = input.gender { customFields["gender"] = .string(gender) }
    if let date = input.availabilityDate { customFields["availability_date"] = .string(date) }
    if let salary = input.salary {
      customFields["salary_expectations"] = [
        "period": .string(salary.period), "amount": .number(salary.amount),
      ]
    }
    return Candidate(
      id: id, remoteID: remoteID, firstName: input.firstName, lastName: input.lastName,
      company: input.company,
      title: input.title, confidential: false, source: input.source ?? "Kombo", customFields: customFields,
      remoteURL: "https://ats.example.com/candidates/\(remoteID)", remoteCreatedAt: now, remoteUpdatedAt: now,
      changedAt: now, tags: [], phoneNumbers: phones, emailAddresses: emails,
      socialMedia: input.socialLinks.map { Candidate.SocialMedia(link: $0) }, location: input.location,
      integrationFields: [], remoteData: [:])
  }

  /// The wire application (without its candidate) the emulated ATS creates from validated input.
  static func application(
    _ input: ValidatedApplication, job: Job, candidateID: String, now: KomboTimestamp,
    id: String = SandboxID.random()
  ) -> KomboAPI.Application {
    let remoteID = "app-" + id.prefix(10)
    return KomboAPI.Application(
      id: id, remoteID: remoteID, outcome: .pending, currentStageID: input.stage.id, jobID: job.id,
      candidateID: candidateID, customFields: [:],
      remoteURL: "https://ats.example.com/applications/\(remoteID)",
      changedAt: now, remoteCreatedAt: now, remoteUpdatedAt: now, currentStage: ApplicationStage(input.stage),
      job: ApplicationJob(id: job.id, name: job.name, remoteID: job.remoteID),
      screeningQuestionAnswers: input.answers.compactMap(Self.answer), integrationFields: [], remoteData: [:])
  }

  /// The read-back form of an accepted answer; FILE answers are not returned (as in Kombo).
  private static func answer(_ accepted: ValidatedApplication.Answer) -> ApplicationScreeningAnswer? {
    let question = accepted.question
    let options = question.format?.options ?? []
    func optionName(_ value: JSONValue) -> String? {
      options.first { $0.id == value.stringValue }?.name
    }
    let answer: ApplicationScreeningAnswer.Answer
    switch question.format {
    case .text?: answer = .text(accepted.value.stringValue)
    case .singleSelect?: answer = .singleSelect(optionName(accepted.value))
    case .multiSelect?: answer = .multiSelect(accepted.value.arrayValue?.compactMap(optionName))
    case .boolean?: answer = .boolean(accepted.value.boolValue)
    case .number?: answer = .number(accepted.value.numberValue)
    case .date?:
      answer = .date(accepted.value.stringValue.flatMap(SandboxDate.parse).map(KomboTimestamp.init))
    default: return nil
    }
    return ApplicationScreeningAnswer(
      questionRemoteID: question.remoteID, questionTitle: question.title ?? "", answer: answer)
  }

  private static func describe(_ error: any Error) -> String {
    if case DecodingError.dataCorrupted(let context) = error {
      return (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
        ?? context.debugDescription
    }
    return "\(error)"
  }
}
