public import ApplyCore
public import KomboAPI
import TextSafety

/// The checks made before the first screen when a real API key is configured: the key, then the
/// integration (its status, setup and whether it may create applications).
///
/// Pure apart from the two calls it is handed, so every problem can be tested with an in-memory
/// client.
public enum StartupCheck {
  /// The facts the messages need: where the key came from and where the API is.
  public struct Context: Sendable, Equatable {
    /// The key as shown (`sk_live_…Ab3d`).
    public var maskedKey: String
    /// Where the key came from, for "fix it there" (`KOMBO_API_KEY`, a file path).
    public var keySource: String
    /// The API server, for "cannot reach …".
    public var server: String
    /// The settings file, for "list integrations there".
    public var configFile: String

    /// A context.
    public init(maskedKey: String, keySource: String, server: String, configFile: String) {
      self.maskedKey = maskedKey
      self.keySource = keySource
      self.server = server
      self.configFile = configFile
    }
  }

  /// Checks the key, then integration `id`; returns its details, or the first problem found (without
  /// an integration, a good key still ends in `.noIntegration`).
  public static func run(
    client: any KomboClient, integration: IntegrationID?, context: Context
  ) async -> Result<IntegrationDetails, SetupProblem> {
    do {
      _ = try await client.checkAPIKey()
    } catch {
      return .failure(problem(error, context: context, integration: integration))
    }
    guard let id = integration else { return .failure(.noIntegration(configFile: context.configFile)) }
    let details: IntegrationDetails
    do {
      details = try await client.integrationDetails(id)
    } catch {
      return .failure(problem(error, context: context, integration: id))
    }
    if let problem = problem(details) { return .failure(problem) }
    return .success(details)
  }

  /// The problem an integration's details show, if any: status, setup, then the create action.
  /// Undocumented statuses and details without `write_actions` (coverage unknown) are no problem.
  public static func problem(_ details: IntegrationDetails) -> SetupProblem? {
    switch details.status {
    case .inactive: return .inactive
    case .invalid: return .reconnectNeeded
    default: break
    }
    switch details.setupStatus {
    case .incomplete: return .setupIncomplete
    case .finalSyncPending: return .syncPending
    default: break
    }
    let tool = Sanitizer.line(details.tool.label, limit: 60)
    guard let action = details.createApplicationAction else {
      return details.reportsWriteActions ? .actionNotAvailable(tool: tool) : nil
    }
    if action.isAvailable { return nil }
    switch action.coverageStatus {
    case .unsupported, .notImplemented: return .actionNotAvailable(tool: tool)
    default: break
    }
    if action.optedOutByCustomer {
      return .permissionMissing(detail: "the customer opted out of it when connecting \(tool)")
    }
    return .permissionMissing(detail: "it is switched off in the integration's scope config")
  }

  /// The problem a failed call shows.
  public static func problem(
    _ error: KomboClientError, context: Context, integration: IntegrationID?
  ) -> SetupProblem {
    let integrationText = integration?.description ?? "(none chosen)"
    switch error {
    case .api(let failure):
      return problem(
        code: failure.error.code, status: failure.httpStatus, error: failure.error,
        context: context, integration: integration)
    case .transport(let failure):
      return .unreachable(server: context.server, reason: Sanitizer.line(failure.reason, limit: 200))
    case .unexpectedResponse(let response):
      if response.status == 401 { return .invalidKey(masked: context.maskedKey, source: context.keySource) }
      return .other(code: nil, message: response.description, logURL: nil)
    case .notFound:
      return .integrationNotFound(id: integrationText)
    case .missingIntegration:
      return .noIntegration(configFile: context.configFile)
    case .undecodable(let detail):
      return .other(code: nil, message: "Kombo's answer could not be read: \(detail)", logURL: nil)
    }
  }

  private static func problem(
    code: KomboErrorCode?, status: Int, error: KomboError, context: Context, integration: IntegrationID?
  ) -> SetupProblem {
    let integrationText = integration?.description ?? "(none chosen)"
    switch code {
    case .platformAuthenticationInvalid?:
      return .invalidKey(masked: context.maskedKey, source: context.keySource)
    case .platformIntegrationNotFound?:
      return .integrationNotFound(id: integrationText)
    case .integrationSetupSyncPending?: return .syncPending
    case .integrationSetupIncomplete?: return .setupIncomplete
    case .integrationPermissionMissing?, .integrationActionDisabled?:
      return .permissionMissing(detail: Sanitizer.line(error.message, limit: 200))
    case .integrationActionNotAvailable?:
      return .actionNotAvailable(tool: integration.map { ATSTool.label(forSlug: $0.tool) } ?? "This ATS")
    case .integrationInactive?: return .inactive
    case .integrationAuthenticationInvalid?: return .reconnectNeeded
    default:
      if code == nil && status == 401 {
        return .invalidKey(masked: context.maskedKey, source: context.keySource)
      }
      if code == nil && status == 404 { return .integrationNotFound(id: integrationText) }
      return .other(
        code: code?.rawValue, message: Sanitizer.line(error.message, limit: 300),
        logURL: error.logURL.map { Sanitizer.line($0, limit: 200) })
    }
  }
}
