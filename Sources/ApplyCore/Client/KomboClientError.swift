public import Foundation
public import KomboAPI
import TextSafety

/// Why a `KomboClient` call failed.
public enum KomboClientError: Error, Sendable, CustomStringConvertible {
  /// Kombo answered with its error envelope.
  case api(KomboAPIFailure)
  /// A non-2xx response that is not Kombo's envelope, such as a load balancer's HTML 502 page.
  case unexpectedResponse(UnexpectedResponse)
  /// No response came back; says whether the request could have reached the server.
  case transport(TransportFailure)
  /// A 2xx response whose body is not what the endpoint documents.
  case undecodable(String)
  /// The lookup found nothing (e.g. no job with that id).
  case notFound(String)
  /// An `/ats/*` call was made without an integration id.
  case missingIntegration

  /// One line for people: what went wrong, without secrets.
  public var description: String {
    switch self {
    case .api(let failure): failure.description
    case .unexpectedResponse(let response): response.description
    case .transport(let failure): failure.description
    case .undecodable(let detail): "Kombo's response could not be read: \(detail)"
    case .notFound(let what): what
    case .missingIntegration:
      "no integration chosen: pass --integration <tool>:<id> or set KOMBO_INTEGRATION_ID"
    }
  }
}

/// A Kombo error response: the decoded error, the HTTP status and the retry headers.
public struct KomboAPIFailure: Sendable, CustomStringConvertible {
  /// The error envelope's content.
  public var error: KomboError
  /// The HTTP status (informational: branch on `error.code`).
  public var httpStatus: Int
  /// `Retry-After` and concurrency headers, if sent.
  public var hints: RetryHints

  /// Creates a failure.
  public init(error: KomboError, httpStatus: Int, hints: RetryHints = RetryHints()) {
    self.error = error
    self.httpStatus = httpStatus
    self.hints = hints
  }

  /// `HTTP 429 PLATFORM.RATE_LIMIT_EXCEEDED: message`.
  public var description: String { "HTTP \(httpStatus) \(Sanitizer.line(error.description, limit: 300))" }
}

/// A non-2xx response that is not a Kombo error body: status, content type and its first line.
public struct UnexpectedResponse: Sendable, CustomStringConvertible {
  /// The HTTP status.
  public var status: Int
  /// The `Content-Type` header, if any.
  public var contentType: String?
  /// The first non-empty line of the body with markup and control characters removed.
  public var firstLine: String
  /// `Retry-After` headers, if sent (a load balancer's 503 may carry one).
  public var hints: RetryHints

  /// Summarises a response.
  public init(response: TransportResponse) {
    status = response.status
    contentType = response.header("Content-Type").map { Sanitizer.line($0, limit: 80) }
    hints = RetryHints(response: response)
    let text = String(decoding: response.body.prefix(4096), as: UTF8.self)
      .replacingOccurrences(of: "<[^>]*>", with: "\n", options: .regularExpression)
    firstLine =
      text.split(whereSeparator: \.isNewline).lazy.map { Sanitizer.line($0, limit: 120) }
      .first { !$0.isEmpty } ?? ""
  }

  /// `HTTP 502 (text/html) instead of a Kombo response: "502 Bad Gateway"`.
  public var description: String {
    let type = contentType.map { " (\($0))" } ?? ""
    let line = firstLine.isEmpty ? "an empty body" : "\"\(firstLine)\""
    return "HTTP \(status)\(type) instead of a Kombo response: \(line)"
  }
}

/// The headers that say when to retry: `Retry-After`, `retry-after-ms`, and the concurrency limits.
public struct RetryHints: Sendable, Equatable {
  /// `Retry-After`: seconds or an HTTP date.
  public var retryAfter: String?
  /// `retry-after-ms`: milliseconds (wins over `Retry-After`).
  public var retryAfterMilliseconds: String?
  /// `Concurrency-Limit`.
  public var concurrencyLimit: Int?
  /// `Concurrency-Remaining`.
  public var concurrencyRemaining: Int?

  /// No hints.
  public init(
    retryAfter: String? = nil, retryAfterMilliseconds: String? = nil, concurrencyLimit: Int? = nil,
    concurrencyRemaining: Int? = nil
  ) {
    self.retryAfter = retryAfter
    self.retryAfterMilliseconds = retryAfterMilliseconds
    self.concurrencyLimit = concurrencyLimit
    self.concurrencyRemaining = concurrencyRemaining
  }

  /// The hints in a response's headers.
  public init(response: TransportResponse) {
    self.init(
      retryAfter: response.header("Retry-After"), retryAfterMilliseconds: response.header("retry-after-ms"),
      concurrencyLimit: response.header("Concurrency-Limit").flatMap { Int($0) },
      concurrencyRemaining: response.header("Concurrency-Remaining").flatMap { Int($0) })
  }

  /// The longest wait a header can ask for (longer values are cut to this).
  static let longestWait: Double = 86_400

  /// How long the server asked to wait, measured from `now`; `nil` if it did not say (or said nonsense).
  public func delay(now: Date) -> Duration? {
    if let text = retryAfterMilliseconds?.trimmingCharacters(in: .whitespaces), let ms = Double(text) {
      return Self.seconds(ms / 1000)
    }
    guard let text = retryAfter?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
    if let seconds = Double(text) {
      return Self.seconds(seconds)
    }
    guard let date = Self.httpDate(text) else { return nil }
    return Self.seconds(max(0, date.timeIntervalSince(now)))
  }

  /// `seconds` as a duration, or `nil` when negative or not a number; capped at `longestWait`.
  private static func seconds(_ seconds: Double) -> Duration? {
    guard !seconds.isNaN, seconds >= 0 else { return nil }
    return .milliseconds(Int64((min(seconds, longestWait) * 1000).rounded()))
  }

  /// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`).
  static func httpDate(_ text: String) -> Date? {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
    return formatter.date(from: text)
  }
}
