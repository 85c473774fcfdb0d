import Foundation
import KomboAPI

/// The sandbox's own implementation of Kombo's documented create-application rules.
///
/// Independent of the client's validator on purpose: the two check each other. Every failure is a
/// 400 `PLATFORM.INPUT_INVALID` whose message starts with the field path; fields the emulated ATS
/// does not support, and `remote_fields` of another tool, become warnings instead.
struct ApplicationValidator {
  /// The job applied to.
  let job: Job
  /// The integration (tool) the application is written to.
  let integration: SandboxIntegration

  /// Total attachment size above which a warning is added (Kombo's guide: keep under ~10 MB).
  static let recommendedTotalBytes = 10 * 1024 * 1024

  static let topLevelKeys: Set<String> = [
    "stage_id", "candidate", "attachments", "source", "sourced_by", "gdpr_consent", "remote_fields",
    "screening_question_answers",
  ]

  static let candidateKeys: Set<String> = [
    "first_name", "last_name", "email_address", "additional_email_addresses", "company", "title",
    "phone_number",
    "additional_phone_numbers", "location", "gender", "availability_date", "salary_expectations",
    "social_links",
  ]

  static let contactTypes = ["PERSONAL", "WORK", "OTHER"]

  /// Validates `body`, returning what to store and the warnings.
  func validate(_ body: JSONValue) throws(SandboxError) -> ValidatedApplication {
    let root = JSONField(root: body)
    guard body.objectValue != nil else { throw root.invalid("must be a JSON object") }
    var warnings = root.unknownKeys(known: Self.topLevelKeys)
    let stage = try validateStage(root["stage_id"])
    var candidate = try validateCandidate(root["candidate"], warnings: &warnings)
    var files = try validateAttachments(root["attachments"])
    try integration.attachmentRules.check(files)
    if let source = try root["source"].object() {
      candidate.source = try root["source"]["name"].string()
      _ = try root["source"]["unified_key"].string()
      _ = try root["source"]["id"].string()
      warnings.append("source: deprecated; Kombo writes the source automatically")
      if source.isEmpty { warnings.append("source: empty object; nothing written") }
    }
    if try root["sourced_by"].object() != nil {
      _ = try root["sourced_by"]["user_id"].string(required: true)
    }
    if try root["gdpr_consent"].object() != nil {
      _ = try root["gdpr_consent"]["expires_at"].date()
      _ = try root["gdpr_consent"]["given"].bool()
    }
    warnings += try validateRemoteFields(root["remote_fields"])
    var answers = AnswerValidator(job: job)
    try answers.validate(root["screening_question_answers"])
    files += answers.files
    warnings += answers.warnings
    warnings += coverageWarnings(root, candidate: &candidate)
    let total = files.reduce(0) { $0 + ($1.data?.count ?? 0) }
    if total > Self.recommendedTotalBytes {
      warnings.append("attachments: \(total) bytes in total; Kombo recommends staying under 10 MB")
    }
    if files.contains(where: { $0.dataURL != nil }) {
      warnings.append("attachments: the sandbox stores data_url links without downloading them")
    }
    return ValidatedApplication(
      stage: stage, candidate: candidate, files: files, answers: answers.accepted, warnings: warnings)
  }

  private func validateStage(_ field: JSONField) throws(SandboxError) -> JobStage {
    guard let stageID = try field.string() else {
      let active = job.stages.filter { $0.status != .inactive }.sorted { ($0.index ?? 0) < ($1.index ?? 0) }
      guard let first = active.first else { throw field.invalid("job \(job.id) has no active stage") }
      return first
    }
    guard let stage = job.stages.first(where: { $0.id == stageID }) else {
      let choices = job.stages.map { "\($0.id) (\($0.name ?? "unnamed"))" }.joined(separator: ", ")
      throw field.invalid("'\(stageID)' is not a stage of job \(job.id); use one of \(choices)")
    }
    if stage.status == .inactive {
      throw field.invalid("stage '\(stage.name ?? stageID)' is inactive; choose an active stage")
    }
    return stage
  }

  private func validateCandidate(
    _ field: JSONField, warnings: inout [String]
  ) throws(SandboxError) -> ValidatedApplication.Candidate {
    _ = try field.object(required: true)
    warnings += field.unknownKeys(known: Self.candidateKeys)
    var candidate = ValidatedApplication.Candidate(
      firstName: try field["first_name"].string(required: true) ?? "",
      lastName: try field["last_name"].string(required: true) ?? "",
      email: try field["email_address"].email(required: true) ?? "")
    for entry in try field["additional_email_addresses"].elements() {
      _ = try entry.object(required: true)
      let type = try entry["type"].oneOf(Self.contactTypes, required: true) ?? ""
      candidate.additionalEmails.append((type, try entry["email_address"].email(required: true) ?? ""))
    }
    candidate.company = try field["company"].string()
    candidate.title = try field["title"].string()
    candidate.phone = try field["phone_number"].string()
    for entry in try field["additional_phone_numbers"].elements() {
      _ = try entry.object(required: true)
      let type = try entry["type"].oneOf(Self.contactTypes, required: true) ?? ""
      candidate.additionalPhones.append((type, try entry["phone_number"].string(required: true) ?? ""))
    }
    if try field["location"].object() != nil {
      let location = field["location"]
      let country = try location["country"].string(required: true) ?? ""
      guard InputFormats.isCountryCode(country) else {
        throw location["country"].invalid(
          "'\(country)' is not an uppercase two-letter ISO country code like DE")
      }
      warnings += location.unknownKeys(known: ["city", "country", "state", "zip_code"])
      candidate.location = KomboLocation(
        city: try location["city"].string(), country: country, state: try location["state"].string(),
        zipCode: try location["zip_code"].string())
    }
    candidate.gender = try field["gender"].oneOf(["MALE", "FEMALE", "OTHER"])
    candidate.availabilityDate = try field["availability_date"].date()
    if try field["salary_expectations"].object() != nil {
      let salary = field["salary_expectations"]
      let period = try salary["period"].oneOf(["MONTH", "YEAR"], required: true) ?? ""
      let amount = try salary["amount"].number(required: true) ?? 0
      guard amount >= 0 else { throw salary["amount"].invalid("must not be negative") }
      candidate.salary = (period, amount)
    }
    for link in try field["social_links"].elements() {
      _ = try link.object(required: true)
      candidate.socialLinks.append(try link["url"].url(required: true) ?? "")
    }
    return candidate
  }

  private func validateAttachments(_ field: JSONField) throws(SandboxError) -> [SandboxStore.AttachmentRow] {
    var files: [SandboxStore.AttachmentRow] = []
    for entry in try field.elements() {
      _ = try entry.object(required: true)
      let type = try entry["type"].oneOf(["CV", "COVER_LETTER", "OTHER"], required: true) ?? ""
      files.append(try FileInput.decode(entry, type: type, questionID: nil))
    }
    return files
  }

  /// `remote_fields` must follow Kombo's schema (``RemoteFieldsSchema``): undocumented tools and keys
  /// and wrong types are refused. A documented tool other than this integration's is ignored, with a
  /// warning.
  private func validateRemoteFields(_ field: JSONField) throws(SandboxError) -> [String] {
    guard let object = try field.object() else { return [] }
    let schema = RemoteFieldsSchema.spec
    var warnings: [String] = []
    for key in object.keys {
      let member = field[key]
      guard schema.keys(of: key) != nil else {
        throw member.invalid(
          "not a tool Kombo documents remote fields for; documented: \(schema.tools.joined(separator: ", "))")
      }
      if key != integration.tool.slug {
        warnings.append(
          "\(member.path): ignored; this integration is \(integration.tool.label) (\(integration.tool.slug))")
      }
    }
    try schema.validate(.object(object), path: field.path)
    return warnings
  }

  /// Warnings (and removals) for fields the integration's tool does not support.
  private func coverageWarnings(_ root: JSONField, candidate: inout ValidatedApplication.Candidate)
    -> [String]
  {
    var warnings: [String] = []
    for field in integration.unsupportedFields.sorted() {
      let parts = field.split(separator: ".").map(String.init)
      let present = parts.count == 2 ? !root[parts[0]][parts[1]].isMissing : !root[parts[0]].isMissing
      guard present else { continue }
      warnings.append("\(field): not supported by \(integration.tool.label); not written")
      switch field {
      case "candidate.additional_email_addresses": candidate.additionalEmails = []
      case "candidate.company": candidate.company = nil
      case "candidate.title": candidate.title = nil
      case "candidate.phone_number": candidate.phone = nil
      case "candidate.additional_phone_numbers": candidate.additionalPhones = []
      case "candidate.location": candidate.location = nil
      case "candidate.gender": candidate.gender = nil
      case "candidate.availability_date": candidate.availabilityDate = nil
      case "candidate.salary_expectations": candidate.salary = nil
      case "candidate.social_links": candidate.socialLinks = []
      case "source": candidate.source = nil
      default: break
      }
    }
    return warnings
  }
}
