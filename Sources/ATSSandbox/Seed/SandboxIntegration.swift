public import KomboAPI

/// One emulated ATS connection: an integration id, its tool, and what that tool supports.
///
/// Coverage varies by tool, deterministically, so some create-application fields and some job
/// filters are unsupported somewhere (the Kombo Sandbox tool supports everything).
public struct SandboxIntegration: Sendable, Hashable, Identifiable {
  /// The integration id, `<tool slug>:<24 base58 characters>`.
  public let id: String
  /// The emulated ATS.
  public let tool: ATSTool
  /// Create-application inputs (field ids like `candidate.gender`) this tool ignores.
  public let unsupportedFields: Set<String>
  /// `GET /ats/jobs` filters this tool cannot apply.
  public let unsupportedJobFilters: Set<String>

  /// The input fields of `ats_create_application`, as Kombo names them in `write_actions[].fields`.
  public static let createApplicationFields = [
    "stage_id", "candidate.first_name", "candidate.last_name", "candidate.email_address",
    "candidate.additional_email_addresses", "candidate.company", "candidate.title", "candidate.phone_number",
    "candidate.additional_phone_numbers", "candidate.location", "candidate.gender",
    "candidate.availability_date",
    "candidate.salary_expectations", "candidate.social_links", "attachments", "source", "sourced_by",
    "gdpr_consent",
    "remote_fields", "screening_question_answers",
  ]

  /// Fields every tool supports.
  static let alwaysSupported: Set<String> = [
    "candidate.first_name", "candidate.last_name", "candidate.email_address", "attachments", "stage_id",
    "remote_fields", "screening_question_answers",
  ]

  /// Filters a tool may lack.
  static let optionalJobFilters = ["job_codes", "post_url", "visibilities", "remote_created_after"]

  /// The integration of `tool` at position `index` in Kombo's list.
  init(tool: ATSTool, index: Int) {
    self.tool = tool
    id = "\(tool.slug):\(SandboxID.derived("integration", index))"
    if tool.slug == "sandbox" {
      unsupportedFields = []
      unsupportedJobFilters = []
    } else {
      unsupportedFields = Set(
        Self.createApplicationFields.filter { field in
          !Self.alwaysSupported.contains(field) && SandboxID.fnv1a("\(tool.slug)/\(field)") % 4 == 0
        })
      unsupportedJobFilters = Set(
        Self.optionalJobFilters.filter { SandboxID.fnv1a("\(tool.slug)?\($0)") % 5 == 0 })
    }
  }
}

/// The sandbox's 66 integrations, one per tool Kombo's create-application page lists.
public enum SandboxIntegrations {
  /// All integrations, in Kombo's order.
  public static let all: [SandboxIntegration] = ATSTool.all.enumerated().map {
    SandboxIntegration(tool: $0.element, index: $0.offset)
  }

  /// The default demo integration: the Kombo Sandbox tool.
  public static let `default`: SandboxIntegration = all.first { $0.tool.slug == "sandbox" } ?? all[0]

  private static let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

  /// The integration with `id`, if the sandbox has it.
  public static func named(_ id: String) -> SandboxIntegration? {
    byID[id]
  }
}
