import ApplyCore
import KomboAPI
import TerminalUI

/// Why the app cannot start working with the configured API, with what the user can do about it.
///
/// Every problem names its cause in plain words and the next step; none shows the API key itself
/// (only its masked form) or any candidate data.
public enum SetupProblem: Error, Sendable, Equatable {
  /// Kombo refused the API key.
  case invalidKey(masked: String, source: String)
  /// A key is configured but no integration is chosen and none is listed in the config file.
  case noIntegration(configFile: String)
  /// Kombo has no integration with this id in the key's environment.
  case integrationNotFound(id: String)
  /// The integration's first sync is still running.
  case syncPending
  /// The customer has not finished setting the integration up.
  case setupIncomplete
  /// Creating applications is not allowed (scope config or ATS permission).
  case permissionMissing(detail: String)
  /// The connected ATS cannot create applications through Kombo at all.
  case actionNotAvailable(tool: String)
  /// The integration is switched off.
  case inactive
  /// Kombo's credentials for the customer's ATS stopped working.
  case reconnectNeeded
  /// Kombo could not be reached.
  case unreachable(server: String, reason: String)
  /// Another error Kombo reported.
  case other(code: String?, message: String, logURL: String?)

  /// The screen's headline.
  public var title: String {
    switch self {
    case .invalidKey: "The API key was not accepted"
    case .noIntegration: "No integration chosen"
    case .integrationNotFound: "Integration not found"
    case .syncPending: "The integration is still syncing"
    case .setupIncomplete: "The integration's setup is not finished"
    case .permissionMissing: "Creating applications is not permitted"
    case .actionNotAvailable: "This ATS cannot create applications through Kombo"
    case .inactive: "The integration is inactive"
    case .reconnectNeeded: "The ATS connection needs to be renewed"
    case .unreachable: "Kombo cannot be reached"
    case .other: "Kombo reported a problem"
    }
  }

  /// The error code behind the problem, when there is one (shown for support).
  public var code: String? {
    switch self {
    case .invalidKey: KomboErrorCode.platformAuthenticationInvalid.rawValue
    case .integrationNotFound: KomboErrorCode.platformIntegrationNotFound.rawValue
    case .syncPending: KomboErrorCode.integrationSetupSyncPending.rawValue
    case .setupIncomplete: KomboErrorCode.integrationSetupIncomplete.rawValue
    case .permissionMissing: KomboErrorCode.integrationPermissionMissing.rawValue
    case .actionNotAvailable: KomboErrorCode.integrationActionNotAvailable.rawValue
    case .inactive: KomboErrorCode.integrationInactive.rawValue
    case .reconnectNeeded: KomboErrorCode.integrationAuthenticationInvalid.rawValue
    case .other(let code, _, _): code
    case .noIntegration, .unreachable: nil
    }
  }

  /// What happened, in paragraphs.
  public var explanation: [String] {
    switch self {
    case .invalidKey(let masked, let source):
      [
        "Kombo answered that the API key \(masked) (from \(source)) is missing, wrong or revoked.",
        "Keys belong to one Kombo environment and region (EU, US or CA).",
      ]
    case .noIntegration(let configFile):
      [
        "An API key is set, but kombo-apply does not know which customer's ATS to use, and \(configFile) "
          + "lists no integrations."
      ]
    case .integrationNotFound(let id):
      ["Kombo has no integration \(id) in the API key's environment."]
    case .syncPending:
      [
        "The integration's first sync is still running. Until it finishes, jobs and questions are not "
          + "available; this can take hours for a large ATS."
      ]
    case .setupIncomplete:
      ["The customer has not finished connecting their ATS in Kombo Connect."]
    case .permissionMissing(let detail):
      ["The integration is not allowed to create applications: \(detail)."]
    case .actionNotAvailable(let tool):
      ["\(tool) does not support creating applications through Kombo."]
    case .inactive:
      ["The integration is switched off in Kombo."]
    case .reconnectNeeded:
      ["Kombo's credentials for the customer's ATS no longer work."]
    case .unreachable(let server, let reason):
      ["kombo-apply could not reach \(server): \(reason)."]
    case .other(let code, let message, _):
      [
        KomboErrorCode(rawValue: code ?? "").isKnown
          ? KomboErrorCode(rawValue: code ?? "").explanation : message
      ]
    }
  }

  /// What to do, one step per line.
  public var steps: [String] {
    switch self {
    case .invalidKey(_, let source):
      [
        "Fix or replace the key in \(source) (the environment variable KOMBO_API_KEY wins over the "
          + "credentials file ~/.config/kombo-apply/credentials).",
        "If the key is right, check the region: KOMBO_REGION=eu|us|ca, or --region.",
        "Without any key, kombo-apply runs on its built-in sandbox.",
      ]
    case .noIntegration:
      [
        "Pass --integration <tool>:<id>, or set KOMBO_INTEGRATION_ID.",
        "Or list your customers' integrations under \"integrations\" in config.json to get a picker.",
      ]
    case .integrationNotFound:
      [
        "Check the integration id (Kombo dashboard → Integrations).",
        "Check that the API key belongs to the same Kombo environment.",
      ]
    case .syncPending:
      ["Try again later; retrying now will not make it faster."]
    case .setupIncomplete:
      ["Ask the customer to complete the setup in Kombo Connect, then retry."]
    case .permissionMissing:
      [
        "Enable \"Create applications and candidates\" (ats_create_application) in the integration's "
          + "scope config in the Kombo dashboard,",
        "and ask the customer's ATS admin to grant the API user permission to create candidates.",
      ]
    case .actionNotAvailable:
      ["Create the application in the ATS itself, or choose another integration."]
    case .inactive:
      ["Reactivate the integration in the Kombo dashboard, then retry."]
    case .reconnectNeeded:
      ["Ask the customer to reconnect the ATS in Kombo Connect, then retry."]
    case .unreachable:
      ["Check the network connection (and any proxy), then press r to retry."]
    case .other(let code, _, _):
      [KomboErrorCode(rawValue: code ?? "").nextStep]
    }
  }

  /// Kombo's log link for the failed check, if any.
  public var logURL: String? {
    if case .other(_, _, let url) = self { return url }
    return nil
  }
}
