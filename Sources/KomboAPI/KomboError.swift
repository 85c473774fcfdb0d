/// The body of every non-2xx Kombo response:
/// `{"status":"error","error":{"code":…,"title":…,"message":…,"log_url":…}}`.
///
/// All four keys of `error` are always encoded (`null` where unset). A body that is not this
/// envelope (an HTML page from a load balancer, a success body) fails to decode with a thrown
/// `DecodingError`.
///
/// ```swift
/// if let failure = try? KomboJSON.decoder().decode(KomboErrorResponse.self, from: body) {
///   print(failure.error.explanation, failure.error.logURL ?? "")
/// }
/// ```
public struct KomboErrorResponse: Hashable, Sendable, Codable {
  /// The error.
  public var error: KomboError

  /// An envelope around `error`.
  public init(error: KomboError) {
    self.error = error
  }

  private enum CodingKeys: String, CodingKey {
    case status, error
  }

  /// Decodes the envelope; throws unless `status` is `"error"` and `error` has a `message`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let status = try container.decode(String.self, forKey: .status)
    guard status == "error" else {
      throw DecodingError.dataCorruptedError(
        forKey: .status, in: container,
        debugDescription: "expected \"error\", found \(status.debugDescription)")
    }
    error = try container.decode(KomboError.self, forKey: .error)
  }

  /// Encodes `status: "error"` and the error.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode("error", forKey: .status)
    try container.encode(error, forKey: .error)
  }
}

/// A Kombo error: what to branch on (``code``), what to show (``message``, ``explanation``,
/// ``nextStep``) and where support can look (``logURL``).
public struct KomboError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
  /// The machine-readable cause; `nil` when Kombo sends none.
  @ExplicitNull public var code: KomboErrorCode?
  /// A short title.
  @ExplicitNull public var title: String?
  /// Kombo's message (remote text: sanitise before display).
  public var message: String
  /// A link to the request's log in the Kombo dashboard; always show it, support asks for it.
  @ExplicitNull public var logURL: String?

  /// An error.
  public init(code: KomboErrorCode? = nil, title: String? = nil, message: String, logURL: String? = nil) {
    self.code = code
    self.title = title
    self.message = message
    self.logURL = logURL
  }

  /// Whether and when to resend; ``KomboErrorCode/RetryAdvice/notAutomatically`` without a code.
  public var retryAdvice: KomboErrorCode.RetryAdvice { code?.retryAdvice ?? .notAutomatically }

  /// What happened in plain words; Kombo's title or message when there is no code.
  public var explanation: String { code?.explanation ?? title ?? message }

  /// What to do next.
  public var nextStep: String {
    code?.nextStep ?? KomboErrorCode.unrecognized("").nextStep
  }

  /// `CODE: message`, or the message alone.
  public var description: String {
    code.map { "\($0.rawValue): \(message)" } ?? message
  }

  private enum CodingKeys: String, CodingKey {
    case code, title, message
    case logURL = "log_url"
  }
}
