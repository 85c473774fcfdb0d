import ApplyCore
import Foundation
import KomboAPI

/// Turns `submit`'s flags into an `ApplicationDraft`, collecting every flag whose syntax is wrong.
///
/// Values are copied as typed; the `Validator` judges their content afterwards.
struct SubmitInput {
  /// The draft so far.
  var draft: ApplicationDraft
  /// Problems found while reading the flags.
  var problems: [FlagProblem] = []
  /// Which flag each field came from.
  let flags: FlagMap

  init(_ command: SubmitCommand) {
    var attachPaths: [String] = []
    var attachURLs: [String] = []
    var candidate = CandidateDraft(
      firstName: command.firstName ?? "", lastName: command.lastName ?? "", emailAddress: command.email ?? "",
      phoneNumber: command.phone ?? "", company: command.company ?? "", title: command.title ?? "",
      location: LocationDraft(
        country: command.country ?? "", city: command.city ?? "", state: command.state ?? "",
        street: command.street ?? "", zipCode: command.zip ?? ""),
      gender: command.gender?.uppercased() ?? "", availabilityDate: command.availableFrom ?? "",
      socialLinks: command.link)
    var problems: [FlagProblem] = []
    if let salary = command.salary {
      let parts = salary.split(separator: "/", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
        candidate.salaryAmount = parts[0]
        candidate.salaryPeriod = parts[1].uppercased()
      } else {
        problems.append(
          FlagProblem(
            flag: "--salary",
            message: "\(salary.debugDescription) is not AMOUNT/PERIOD, e.g. 70000/YEAR or 5000/MONTH"))
      }
    }
    var attachments: [AttachmentDraft] = []
    for value in command.attach {
      let (path, kind, problem) = Self.splitKind(value, flag: "--attach", isFirst: attachments.isEmpty)
      attachPaths.append(path)
      if let problem { problems.append(problem) }
      attachments.append(AttachmentDraft(path: path, type: kind))
    }
    for value in command.attachURL {
      let (url, kind, problem) = Self.splitKind(value, flag: "--attach-url", isFirst: attachments.isEmpty)
      attachURLs.append(url)
      if let problem { problems.append(problem) }
      attachments.append(AttachmentDraft(url: url, type: kind))
    }
    if command.attachName.count > attachments.count {
      problems.append(
        FlagProblem(
          flag: "--attach-name",
          message:
            "given \(command.attachName.count) times for \(attachments.count) files; give one name per "
            + "--attach or --attach-url, in order"))
    }
    for (index, name) in command.attachName.prefix(attachments.count).enumerated() {
      attachments[index].file.name = name
    }
    candidate.additionalEmailAddresses = Self.contacts(
      command.additionalEmail, flag: "--additional-email", &problems)
    candidate.additionalPhoneNumbers = Self.contacts(
      command.additionalPhone, flag: "--additional-phone", &problems)
    if command.gdprUntil != nil && command.gdprConsent == nil {
      problems.append(
        FlagProblem(
          flag: "--gdpr-until", message: "only makes sense with --gdpr-consent or --no-gdpr-consent"))
    }
    draft = ApplicationDraft(
      job: JobReference(command.job), stageID: command.stage, candidate: candidate, attachments: attachments,
      gdprConsent: command.gdprConsent.map { ConsentDraft(given: $0, expiresAt: command.gdprUntil ?? "") },
      sourcedByUserID: command.sourcedBy ?? "", sourceName: command.source ?? "")
    if let json = command.remoteFields {
      do {
        draft.remoteFields = try KomboJSON.decoder().decode(RemoteFields.self, from: Data(json.utf8))
      } catch let error as DecodingError {
        problems.append(
          FlagProblem(flag: "--remote-fields", message: "not a remote_fields object: \(error.summary)"))
      } catch {
        problems.append(
          FlagProblem(flag: "--remote-fields", message: "not JSON: \(error.localizedDescription)"))
      }
    }
    self.problems = problems
    flags = FlagMap(attachPaths: attachPaths, attachURLs: attachURLs)
  }

  /// `VALUE[:PERSONAL|WORK|OTHER]` values as contacts (default OTHER); a wrong type is a problem.
  private static func contacts(
    _ values: [String], flag: String, _ problems: inout [FlagProblem]
  ) -> [ContactDraft] {
    values.map { value in
      guard let colon = value.lastIndex(of: ":") else { return ContactDraft(type: .other, value: value) }
      let suffix = String(value[value.index(after: colon)...])
      guard let type = NewCandidate.ContactType(rawValue: suffix.uppercased()) else {
        problems.append(
          FlagProblem(
            flag: flag,
            message: "\(suffix.debugDescription) is not a type; use PERSONAL, WORK or OTHER after the colon"))
        return ContactDraft(type: .other, value: String(value[..<colon]))
      }
      return ContactDraft(type: type, value: String(value[..<colon]))
    }
  }

  /// Types the `--answer` values from the job's questions (`job` nil: the job is not known).
  mutating func addAnswers(_ assignments: [String], job: Job?) {
    guard !assignments.isEmpty else { return }
    guard let job else {
      problems.append(
        FlagProblem(
          flag: "--answer",
          message: "the job \(draft.job.trimmed) is not known to Kombo yet, so its questions cannot be read; "
            + "use its Kombo id (see `kombo-apply jobs`)"))
      return
    }
    var given: Set<String> = []
    for assignment in assignments {
      do throws(AnswerParseError) {
        let (id, answer) = try AnswerParser.parse(assignment: assignment, questions: job.screeningQuestions)
        guard given.insert(id).inserted else {
          problems.append(
            FlagProblem(flag: "--answer \(id)", message: "given more than once; answer each question once"))
          continue
        }
        draft.answers[id] = answer
      } catch {
        let flag = error.questionID.isEmpty ? "--answer" : "--answer \(error.questionID)"
        problems.append(FlagProblem(flag: flag, message: error.message))
      }
    }
  }

  /// Adds the validator's issues, each named by its flag; returns the warnings as lines.
  mutating func addReport(_ report: ValidationReport) -> [String] {
    for issue in report.errors {
      problems.append(FlagProblem(flag: flags.flag(for: issue.path), message: Self.message(issue)))
    }
    return report.warnings.map { "warning: \(flags.flag(for: $0.path)): \(Self.message($0))" }
  }

  /// The issue's message, with its suggestion unless the message already offers it.
  private static func message(_ issue: ValidationIssue) -> String {
    guard let suggestion = issue.suggestion, !issue.message.contains(suggestion) else { return issue.message }
    return "\(issue.message) (did you mean \(suggestion)?)"
  }

  /// `VALUE[:TYPE]` → value and attachment type (see `AttachmentSpec`), a wrong type named by `flag`.
  static func splitKind(
    _ value: String, flag: String, isFirst: Bool
  ) -> (String, Attachment.Kind, FlagProblem?) {
    let (path, kind, problem) = AttachmentSpec.split(value, isURL: flag != "--attach", isFirst: isFirst)
    return (path, kind, problem.map { FlagProblem(flag: flag, message: $0) })
  }
}
