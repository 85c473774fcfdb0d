public import KomboAPI
import TextSafety

/// The integration's attachment rules as the app uses them: what Kombo published, or nothing known with
/// a notice saying why.
public struct AttachmentRulesLookup: Hashable, Sendable {
  /// The rules to validate with (``AttachmentRules/unknown`` after a failure).
  public var rules: AttachmentRules
  /// Why the rules are not known, once per run: the caller shows it; nil when they were read.
  public var notice: String?

  /// A lookup result.
  public init(rules: AttachmentRules, notice: String? = nil) {
    self.rules = rules
    self.notice = notice
  }
}

extension AttachmentRulesLookup {
  /// Reads `GET /ats/actions/ats_create_application` through `client`; each front end does so once per
  /// run, when it starts (the terminal UI, line mode) or before its one request (`submit`, `job`).
  ///
  /// A failure (including a 404 from a Kombo without the endpoint) never blocks: it falls back to
  /// ``AttachmentRules/unknown``, so only Kombo's 10 MB total guidance is checked, with a notice saying so.
  public static func read(through client: any KomboClient) async -> AttachmentRulesLookup {
    do {
      let capabilities = try await client.createApplicationCapabilities()
      return AttachmentRulesLookup(rules: capabilities.attachmentRestrictions ?? .unknown)
    } catch {
      return AttachmentRulesLookup(rules: .unknown, notice: notice(for: error))
    }
  }

  /// "Attachment rules unavailable (…); only Kombo's 10 MB total guidance is checked".
  static func notice(for error: KomboClientError) -> String {
    let limit = ByteCount.limit(Validator.defaultMaxTotalFileBytes)
    let reason: String
    switch error {
    case .api(let failure) where failure.httpStatus == 404:
      reason = "Kombo publishes none for this integration"
    case .unexpectedResponse(let response) where response.status == 404:
      reason = "Kombo publishes none for this integration"
    default: reason = error.description
    }
    return "Attachment rules unavailable (\(reason)); only Kombo's \(limit) total guidance is checked"
  }
}
