/// The machine-readable cause of a Kombo error (`error.code`). Branch on this, never on the
/// message or the HTTP status (Kombo says both may change).
///
/// Every code Kombo documents for the ATS endpoints is a case; any other string decodes as
/// ``unrecognized(_:)`` and encodes back unchanged. Each code carries the facts the app needs as
/// data: ``retryAdvice``, ``explanation`` and ``nextStep``.
public enum KomboErrorCode: Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
  /// `PLATFORM.RATE_LIMIT_EXCEEDED`
  case platformRateLimitExceeded
  /// `PLATFORM.CONCURRENCY_LIMIT_EXCEEDED`
  case platformConcurrencyLimitExceeded
  /// `PLATFORM.INTEGRATION_NOT_FOUND`
  case platformIntegrationNotFound
  /// `PLATFORM.INPUT_INVALID`
  case platformInputInvalid
  /// `PLATFORM.UNKNOWN_ERROR`
  case platformUnknownError
  /// `PLATFORM.IP_NOT_WHITELISTED`
  case platformIPNotWhitelisted
  /// `PLATFORM.AUTHENTICATION_INVALID`
  case platformAuthenticationInvalid
  /// `PLATFORM.TASK_TIMED_OUT`
  case platformTaskTimedOut
  /// `INTEGRATION.PERMISSION_MISSING`
  case integrationPermissionMissing
  /// `INTEGRATION.AUTHENTICATION_INVALID`
  case integrationAuthenticationInvalid
  /// `INTEGRATION.QA_FAILED`
  case integrationQAFailed
  /// `INTEGRATION.SETUP_SYNC_PENDING`
  case integrationSetupSyncPending
  /// `INTEGRATION.SETUP_INCOMPLETE`
  case integrationSetupIncomplete
  /// `INTEGRATION.INACTIVE`
  case integrationInactive
  /// `INTEGRATION.MODEL_NOT_AVAILABLE`
  case integrationModelNotAvailable
  /// `INTEGRATION.MODEL_DISABLED`
  case integrationModelDisabled
  /// `INTEGRATION.ACTION_NOT_AVAILABLE`
  case integrationActionNotAvailable
  /// `INTEGRATION.ACTION_DISABLED`
  case integrationActionDisabled
  /// `REMOTE.SERVICE_UNAVAILABLE`
  case remoteServiceUnavailable
  /// `REMOTE.RATE_LIMIT_EXCEEDED`
  case remoteRateLimitExceeded
  /// `REMOTE.INPUT_INVALID`
  case remoteInputInvalid
  /// `REMOTE.UNKNOWN_HTTP_ERROR`
  case remoteUnknownHTTPError
  /// `ATS.JOB_CLOSED`
  case atsJobClosed
  /// `ATS.APPLICATION_ALREADY_EXISTS`
  case atsApplicationAlreadyExists
  /// A code this version does not know, kept verbatim. Build codes with ``init(rawValue:)`` so a
  /// documented code never ends up here.
  case unrecognized(String)

  /// Whether and when a failed request may be sent again.
  public enum RetryAdvice: String, Hashable, Sendable, CaseIterable {
    /// Kombo documents the code as safe to retry automatically, with backoff.
    case automatically
    /// Send again only after the input has been corrected.
    case afterFixingInput
    /// Never retry automatically; a person has to act (or check whether the request took effect).
    case notAutomatically
  }

  /// Every documented code, in Kombo's order (without ``unrecognized(_:)``).
  public static let allCases: [KomboErrorCode] = [
    .platformRateLimitExceeded, .platformConcurrencyLimitExceeded, .platformIntegrationNotFound,
    .platformInputInvalid, .platformUnknownError, .platformIPNotWhitelisted, .platformAuthenticationInvalid,
    .platformTaskTimedOut, .integrationPermissionMissing, .integrationAuthenticationInvalid,
    .integrationQAFailed, .integrationSetupSyncPending, .integrationSetupIncomplete, .integrationInactive,
    .integrationModelNotAvailable, .integrationModelDisabled, .integrationActionNotAvailable,
    .integrationActionDisabled, .remoteServiceUnavailable, .remoteRateLimitExceeded, .remoteInputInvalid,
    .remoteUnknownHTTPError, .atsJobClosed, .atsApplicationAlreadyExists,
  ]

  /// The code for `rawValue`: a documented case, or ``unrecognized(_:)``.
  public init(rawValue: String) {
    self = Self.allCases.first { $0.rawValue == rawValue } ?? .unrecognized(rawValue)
  }

  /// The code as Kombo writes it, e.g. `ATS.JOB_CLOSED`.
  public var rawValue: String { facts.rawValue }

  /// The code as Kombo writes it.
  public var description: String { rawValue }

  /// Whether Kombo documents this code (as opposed to ``unrecognized(_:)``).
  public var isKnown: Bool {
    if case .unrecognized = self { false } else { true }
  }

  /// Whether the code can come from the general endpoints (`/check-api-key`, `/integrations/…`),
  /// which use only the `PLATFORM.*` codes.
  public var isGeneral: Bool { isKnown && rawValue.hasPrefix("PLATFORM.") }

  /// Whether and when to send the request again. Automatic only for the rate and concurrency
  /// limits and `REMOTE.SERVICE_UNAVAILABLE`, as Kombo's error guide says.
  public var retryAdvice: RetryAdvice { facts.retry }

  /// Whether a create answered with this code may still have created the application (Kombo or the
  /// ATS failed midway): its outcome is unknown until looked up.
  public var mayHaveTakenEffect: Bool {
    switch self {
    case .platformUnknownError, .platformTaskTimedOut, .remoteUnknownHTTPError: true
    default: false
    }
  }

  /// Whether the same request can simply be sent again later: nothing was created and nothing needs
  /// fixing, only time (the integration's first sync).
  public var isWorthRetryingLater: Bool { self == .integrationSetupSyncPending }

  /// Shorthand for `retryAdvice == .automatically`.
  public var isSafeToRetryAutomatically: Bool { retryAdvice == .automatically }

  /// What happened, in plain words for the person at the keyboard.
  public var explanation: String { facts.explanation }

  /// What the person can do next.
  public var nextStep: String { facts.nextStep }

  /// The HTTP status a Kombo-compatible server conventionally pairs with this code. Kombo
  /// publishes no such table; this is the sandbox's convention, never something to branch on.
  public var conventionalHTTPStatus: Int { facts.httpStatus }

  /// Decodes any string.
  public init(from decoder: any Decoder) throws {
    self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
  }

  /// Encodes ``rawValue``.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

extension KomboErrorCode {
  private struct Facts {
    let rawValue: String
    let retry: RetryAdvice
    let httpStatus: Int
    let explanation: String
    let nextStep: String
  }

  private static let checkTheATS =
    "Check in the ATS whether the application was created before you submit it again; if this keeps "
    + "happening, contact Kombo support with the log link."
  private static let safeToRetry = "Wait a little and try again; this is safe to retry."
  private static let fixInput = "Correct the fields the message names, then submit again."

  // One table of facts per code, so the cases and their properties cannot drift apart.
  private var facts: Facts {
    switch self {
    case .platformRateLimitExceeded:
      Facts(
        rawValue: "PLATFORM.RATE_LIMIT_EXCEEDED", retry: .automatically, httpStatus: 429,
        explanation: "Too many requests reached Kombo in a short time.", nextStep: Self.safeToRetry)
    case .platformConcurrencyLimitExceeded:
      Facts(
        rawValue: "PLATFORM.CONCURRENCY_LIMIT_EXCEEDED", retry: .automatically, httpStatus: 429,
        explanation: "Too many actions are running at once for this integration (Kombo allows about 30).",
        nextStep: "Wait a second and try again; this is safe to retry.")
    case .platformIntegrationNotFound:
      Facts(
        rawValue: "PLATFORM.INTEGRATION_NOT_FOUND", retry: .notAutomatically, httpStatus: 404,
        explanation: "Kombo has no integration with this id in the API key's environment.",
        nextStep: "Check the integration id, and that the API key belongs to the same Kombo environment.")
    case .platformInputInvalid:
      Facts(
        rawValue: "PLATFORM.INPUT_INVALID", retry: .afterFixingInput, httpStatus: 400,
        explanation: "Kombo rejected the request because some of the input is invalid.",
        nextStep: Self.fixInput)
    case .platformUnknownError:
      Facts(
        rawValue: "PLATFORM.UNKNOWN_ERROR", retry: .notAutomatically, httpStatus: 500,
        explanation: "Something went wrong inside Kombo; the application may or may not have been created.",
        nextStep: Self.checkTheATS)
    case .platformIPNotWhitelisted:
      Facts(
        rawValue: "PLATFORM.IP_NOT_WHITELISTED", retry: .notAutomatically, httpStatus: 403,
        explanation: "Kombo refused the request because it came from an IP address not on the allow list.",
        nextStep: "Add this machine's IP address to the allow list in the Kombo dashboard, or use an "
          + "allowed network.")
    case .platformAuthenticationInvalid:
      Facts(
        rawValue: "PLATFORM.AUTHENTICATION_INVALID", retry: .notAutomatically, httpStatus: 401,
        explanation: "The Kombo API key is missing, wrong or revoked.",
        nextStep: "Check the API key and its region (EU, US or CA), then try again.")
    case .platformTaskTimedOut:
      Facts(
        rawValue: "PLATFORM.TASK_TIMED_OUT", retry: .notAutomatically, httpStatus: 504,
        explanation: "Kombo did not finish in time; the application may still have been created.",
        nextStep: Self.checkTheATS)
    case .integrationPermissionMissing:
      Facts(
        rawValue: "INTEGRATION.PERMISSION_MISSING", retry: .notAutomatically, httpStatus: 403,
        explanation: "The integration lacks a permission in the ATS or in Kombo's scope configuration.",
        nextStep: "Ask the customer's ATS admin to grant it, or enable \"Create applications and "
          + "candidates\" in the Kombo scope config.")
    case .integrationAuthenticationInvalid:
      Facts(
        rawValue: "INTEGRATION.AUTHENTICATION_INVALID", retry: .notAutomatically, httpStatus: 403,
        explanation: "Kombo's credentials for the customer's ATS no longer work.",
        nextStep: "Ask the customer to reconnect the ATS in Kombo Connect.")
    case .integrationQAFailed:
      Facts(
        rawValue: "INTEGRATION.QA_FAILED", retry: .notAutomatically, httpStatus: 409,
        explanation: "Kombo's quality checks for this integration failed, so it is on hold.",
        nextStep: "Contact Kombo support and include the log link.")
    case .integrationSetupSyncPending:
      Facts(
        rawValue: "INTEGRATION.SETUP_SYNC_PENDING", retry: .notAutomatically, httpStatus: 409,
        explanation: "The integration's first sync is still running; this can take hours.",
        nextStep: "Try again later; there is no point retrying in a loop.")
    case .integrationSetupIncomplete:
      Facts(
        rawValue: "INTEGRATION.SETUP_INCOMPLETE", retry: .notAutomatically, httpStatus: 409,
        explanation: "The customer has not finished setting up the integration.",
        nextStep: "Ask the customer to complete the setup in Kombo Connect.")
    case .integrationInactive:
      Facts(
        rawValue: "INTEGRATION.INACTIVE", retry: .notAutomatically, httpStatus: 403,
        explanation: "The integration is inactive.",
        nextStep: "Reactivate the integration in the Kombo dashboard, then try again.")
    case .integrationModelNotAvailable:
      Facts(
        rawValue: "INTEGRATION.MODEL_NOT_AVAILABLE", retry: .notAutomatically, httpStatus: 403,
        explanation: "This ATS does not provide the requested data through Kombo.",
        nextStep: "Nothing to retry; look the data up in the ATS itself.")
    case .integrationModelDisabled:
      Facts(
        rawValue: "INTEGRATION.MODEL_DISABLED", retry: .notAutomatically, httpStatus: 403,
        explanation: "The requested data is switched off in Kombo's scope configuration.",
        nextStep: "Enable it in the Kombo scope config, then try again.")
    case .integrationActionNotAvailable:
      Facts(
        rawValue: "INTEGRATION.ACTION_NOT_AVAILABLE", retry: .notAutomatically, httpStatus: 403,
        explanation: "This ATS does not support the action through Kombo.",
        nextStep: "Nothing to retry; create the application in the ATS itself.")
    case .integrationActionDisabled:
      Facts(
        rawValue: "INTEGRATION.ACTION_DISABLED", retry: .notAutomatically, httpStatus: 403,
        explanation: "The action is switched off in Kombo's scope configuration.",
        nextStep: "Enable \"Create applications and candidates\" in the Kombo scope config, then try again.")
    case .remoteServiceUnavailable:
      Facts(
        rawValue: "REMOTE.SERVICE_UNAVAILABLE", retry: .automatically, httpStatus: 503,
        explanation: "The customer's ATS cannot be reached right now.", nextStep: Self.safeToRetry)
    case .remoteRateLimitExceeded:
      Facts(
        rawValue: "REMOTE.RATE_LIMIT_EXCEEDED", retry: .automatically, httpStatus: 429,
        explanation: "The customer's ATS is limiting how many requests it accepts.",
        nextStep: Self.safeToRetry)
    case .remoteInputInvalid:
      Facts(
        rawValue: "REMOTE.INPUT_INVALID", retry: .afterFixingInput, httpStatus: 400,
        explanation: "The customer's ATS rejected some of the input.", nextStep: Self.fixInput)
    case .remoteUnknownHTTPError:
      Facts(
        rawValue: "REMOTE.UNKNOWN_HTTP_ERROR", retry: .notAutomatically, httpStatus: 502,
        explanation: "The customer's ATS answered with an unexpected error; the application may or may not "
          + "have been created.",
        nextStep: Self.checkTheATS)
    case .atsJobClosed:
      Facts(
        rawValue: "ATS.JOB_CLOSED", retry: .notAutomatically, httpStatus: 400,
        explanation: "The job no longer accepts applications.",
        nextStep: "Choose another job, or reopen this one in the ATS.")
    case .atsApplicationAlreadyExists:
      Facts(
        rawValue: "ATS.APPLICATION_ALREADY_EXISTS", retry: .notAutomatically, httpStatus: 409,
        explanation: "The ATS already has this candidate's application for this job.",
        nextStep: "Nothing to resend; open the existing application in the ATS.")
    case .unrecognized(let raw):
      Facts(
        rawValue: raw, retry: .notAutomatically, httpStatus: 500,
        explanation: "Kombo reported an error this version of kombo-apply does not know (\(raw)).",
        nextStep: Self.checkTheATS)
    }
  }
}
