import Foundation
import FoundationEssentials
import KomboAPI

extension SandboxIntegration {
  /// The environment every sandbox integration belongs to (`GET /check-api-key`).
  static let environmentID = SandboxID.derived("environment", 0)

  /// The body of `GET /integrations/{integration_id}`: tool, status and the create-application
  /// coverage that tells a client which fields this tool ignores.
  var details: IntegrationDetails {
    let slug = tool.slug
    let fields = Self.createApplicationFields.map { field in
      let supported = !unsupportedFields.contains(field)
      return WriteActionField(
        id: field, isAvailable: supported, coverageStatus: supported ? .supported : .unsupported)
    }
    let readModels = ["ats_jobs", "ats_candidates", "ats_applications"].map { model in
      IntegrationDetails.ReadModel(
        id: model, label: model.replacingOccurrences(of: "ats_", with: "").capitalized, isAvailable: true,
        coverageStatus: .supported, scopeConfigSetting: .enabled, optedOutByCustomer: false)
    }
    return IntegrationDetails(
      id: id,
      tool: .init(
        id: slug, label: tool.label, internalLabel: nil,
        logoURL: "https://storage.googleapis.com/kombo-assets/integrations/\(slug)/logo.svg",
        iconURL: "https://storage.googleapis.com/kombo-assets/integrations/\(slug)/icon.svg"),
      category: .ats, status: .active, setupStatus: .completed,
      endUser: .init(
        organizationName: "\(tool.label) Demo GmbH", creatorEmail: "it@demo.example.com",
        originID: "demo-\(slug)"),
      scopeConfig: .init(id: SandboxID.derived("scope", 0), name: "Sandbox default"),
      createdAt: KomboTimestamp(millisecondsSince1970: JobSpec.epochMilliseconds - 400 * 86_400_000),
      beta: false,
      readModels: readModels,
      writeActions: [
        .init(
          id: IntegrationDetails.createApplicationActionID, label: "Create application", isAvailable: true,
          coverageStatus: .supported, scopeConfigSetting: .enabled, optedOutByCustomer: false, fields: fields)
      ])
  }
}
