public import Foundation

/// The seam under `KomboClient`: sends one HTTP request and returns the raw response.
///
/// Implementations: `AsyncHTTPTransport` (AsyncHTTPClient, real sockets) and `InMemoryTransport` (tests, in `Tests/ApplyCoreTesting`).
/// A transport never retries and never interprets status codes; it reports failures as `TransportFailure`,
/// which says whether the request could have reached the server.
public protocol HTTPTransport: Sendable {
  /// Sends `request`; any HTTP status is a response, only a failure to exchange one throws.
  func send(_ request: TransportRequest) async throws(TransportFailure) -> TransportResponse
}

/// One HTTP request as the transport sees it.
public struct TransportRequest: Sendable {
  /// `GET` or `POST`.
  public enum Method: String, Sendable {
    case get = "GET"
    case post = "POST"
  }

  /// The method.
  public var method: Method
  /// The absolute URL, query included.
  public var url: URL
  /// Header fields in sending order. May contain the API key: never log them.
  public var headers: [(name: String, value: String)]
  /// The body bytes, if any.
  public var body: Data?
  /// How long the whole exchange may take once a connection exists.
  public var timeout: Duration

  /// Creates a request.
  public init(
    method: Method, url: URL, headers: [(name: String, value: String)], body: Data? = nil, timeout: Duration
  ) {
    self.method = method
    self.url = url
    self.headers = headers
    self.body = body
    self.timeout = timeout
  }

  /// The value of the first header named `name` (case-insensitive).
  public func header(_ name: String) -> String? {
    headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
  }
}

/// One HTTP response: status, headers and the whole body.
public struct TransportResponse: Sendable {
  /// The HTTP status code.
  public var status: Int
  /// Header fields as received.
  public var headers: [(name: String, value: String)]
  /// The body bytes.
  public var body: Data

  /// Creates a response.
  public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// The value of the first header named `name` (case-insensitive).
  public func header(_ name: String) -> String? {
    headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
  }
}

/// Why no HTTP response came back, split by what it means for a create request.
public enum TransportFailure: Error, Sendable, Equatable, CustomStringConvertible {
  /// The request provably never left this machine (connection refused, DNS failure, connect timeout,
  /// TLS handshake failure). Resending cannot create a duplicate.
  case notSent(String)
  /// The request may have reached the server (read timeout, connection reset or closed after the
  /// request was written). The server may have acted on it.
  case maybeSent(String)

  /// Whether the request provably never left.
  public var provablyNotSent: Bool {
    if case .notSent = self { return true }
    return false
  }

  /// What happened, in plain words.
  public var reason: String {
    switch self {
    case .notSent(let reason), .maybeSent(let reason): reason
    }
  }

  /// The reason, prefixed with what it means.
  public var description: String {
    switch self {
    case .notSent(let reason): "request not sent: \(reason)"
    case .maybeSent(let reason): "request may have been sent: \(reason)"
    }
  }
}
