import KomboAPI

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

/// Reads `GET /ats/actions/ats_create_application` once per integration per run.
///
/// A failure (including a 404 from a Kombo without the endpoint) never blocks: it falls back to
/// ``AttachmentRules/unknown``, so only Kombo's 10 MB total guidance is checked, and the first lookup
/// carries a notice saying so; later lookups of the same integration return the same rules silently.
public actor AttachmentRulesCache {
  private var known: [String: AttachmentRules] = [:]

  /// An empty cache.
  public init() {}

  /// The rules of `integration` through `client` (which must talk to that integration).
  public func rules(for integration: String, client: any KomboClient) async -> AttachmentRulesLookup {
    if let rules = known[integration] { return AttachmentRulesLookup(rules: rules) }
    let lookup: AttachmentRulesLookup
    do {
      let capabilities = try await client.createApplicationCapabilities()
      lookup = AttachmentRulesLookup(rules: capabilities.attachmentRestrictions ?? .unknown)
    } catch {
      lookup = AttachmentRulesLookup(rules: .unknown, notice: Self.notice(for: error))
    }
    known[integration] = lookup.rules
    return lookup
  }

  /// "Attachment rules unavailable (…); only Kombo's 10 MB total guidance is checked".
  static func notice(for error: KomboClientError) -> String {
    let limit = AttachmentRulesText.size(Validator.defaultMaxTotalFileBytes)
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
