import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// The real transport: AsyncHTTPClient over NIO sockets.
///
/// Connection failures are not retried inside AsyncHTTPClient (`retryConnectionEstablishment` is off),
/// so a refused connection fails at once instead of after the request deadline. Whether a failed POST
/// could have reached the server is decided by whether AsyncHTTPClient ever asked for the body bytes:
/// it asks only once a connection exists and the request head is on its way.
public final class AsyncHTTPTransport: HTTPTransport {
  private let client: HTTPClient
  private let maxResponseBytes: Int

  /// Creates a transport with its own connection pool; call `shutdown()` when done.
  /// - Parameters:
  ///   - connectTimeout: how long to wait for a TCP (and TLS) connection.
  ///   - maxResponseBytes: responses larger than this are refused.
  public init(connectTimeout: Duration = .seconds(10), maxResponseBytes: Int = 64 << 20) {
    var configuration = HTTPClient.Configuration()
    configuration.timeout = .init(connect: .nanoseconds(Int64(connectTimeout.timeInterval * 1e9)), read: nil)
    configuration.connectionPool.retryConnectionEstablishment = false
    configuration.redirectConfiguration = .disallow
    client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    self.maxResponseBytes = maxResponseBytes
  }

  /// Closes the connection pool. The transport cannot be used afterwards.
  public func shutdown() async {
    try? await client.shutdown()
  }

  /// Sends the request and collects the whole response body.
  public func send(_ request: TransportRequest) async throws(TransportFailure) -> TransportResponse {
    var outgoing = HTTPClientRequest(url: request.url.absoluteString)
    outgoing.method = request.method == .post ? .POST : .GET
    for header in request.headers {
      outgoing.headers.add(name: header.name, value: header.value)
    }
    let bodyWatch = BodyWatch()
    if let body = request.body {
      let sequence = WatchedBody(bytes: body, watch: bodyWatch)
      outgoing.body = .stream(sequence, length: .known(Int64(body.count)))
    }
    let nanos = Int64(request.timeout.timeInterval * 1e9)
    do {
      let response = try await client.execute(outgoing, timeout: .nanoseconds(nanos))
      let bytes = try await response.body.collect(upTo: maxResponseBytes)
      return TransportResponse(
        status: Int(response.status.code),
        headers: response.headers.map { (name: $0.name, value: $0.value) },
        body: Data(bytes.readableBytesView)
      )
    } catch {
      throw Self.classify(
        error, bodyStarted: bodyWatch.started, hasBody: request.body != nil, request: request)
    }
  }

  /// Turns an AsyncHTTPClient or NIO error into a `TransportFailure` with a plain-words reason.
  static func classify(
    _ error: any Error, bodyStarted: Bool, hasBody: Bool, request: TransportRequest
  ) -> TransportFailure {
    let reason = describe(error, request: request)
    if hasBody {
      return bodyStarted ? .maybeSent(reason) : .notSent(reason)
    }
    return failedBeforeSending(error) ? .notSent(reason) : .maybeSent(reason)
  }

  /// Errors AsyncHTTPClient reports only before any request bytes are written.
  private static func failedBeforeSending(_ error: any Error) -> Bool {
    if error is NIOConnectionError { return true }
    if let error = error as? HTTPClientError {
      return [
        .connectTimeout, .tlsHandshakeTimeout, .getConnectionFromPoolTimeout, .socksHandshakeTimeout,
        .httpProxyHandshakeTimeout,
      ].contains(error)
    }
    if let error = error as? IOError {
      return [ECONNREFUSED, ENETUNREACH, EHOSTUNREACH].contains(error.errnoCode)
    }
    return false
  }

  private static func describe(_ error: any Error, request: TransportRequest) -> String {
    let host = request.url.host ?? "the server"
    let seconds = Int(request.timeout.timeInterval.rounded())
    switch error {
    case let error as NIOConnectionError:
      if error.dnsAError != nil || error.dnsAAAAError != nil {
        return "could not resolve the host name \(host)"
      }
      let refused = error.connectionErrors.contains { ($0.error as? IOError)?.errnoCode == ECONNREFUSED }
      return refused
        ? "connection refused by \(host):\(error.port)" : "could not connect to \(host):\(error.port)"
    case let error as HTTPClientError:
      switch error {
      case .connectTimeout: return "timed out connecting to \(host)"
      case .tlsHandshakeTimeout: return "timed out during the TLS handshake with \(host)"
      case .deadlineExceeded, .readTimeout: return "no complete response from \(host) within \(seconds) s"
      case .remoteConnectionClosed: return "\(host) closed the connection before answering"
      case .cancelled: return "the request was cancelled"
      default: return "HTTP client error (\(error.shortDescription))"
      }
    case let error as IOError:
      if error.errnoCode == ECONNRESET { return "the connection to \(host) was reset" }
      if error.errnoCode == ECONNREFUSED { return "connection refused by \(host)" }
      return "network error talking to \(host) (errno \(error.errnoCode))"
    case is CancellationError:
      return "the request was cancelled"
    default:
      let kind = String(describing: type(of: error))
      guard kind.hasPrefix("NIOSSL") || kind.hasPrefix("BoringSSL") else {
        return "network error talking to \(host) (\(kind))"
      }
      let detail = String(describing: error)
      if detail.contains("CERTIFICATE_VERIFY_FAILED") || detail.localizedCaseInsensitiveContains("hostname") {
        return
          "the TLS certificate of \(host) is not trusted (self-signed, expired, from an unknown authority "
          + "or for another name): check the base URL, or the proxy between you and Kombo"
      }
      return "the TLS handshake with \(host) failed (\(kind)): check the base URL, or the proxy in between"
    }
  }
}

/// Records whether AsyncHTTPClient has asked for the request body yet.
private final class BodyWatch: Sendable {
  private let flag = Mutex(false)

  var started: Bool { flag.withLock { $0 } }

  func markStarted() { flag.withLock { $0 = true } }
}

/// The request body as a one-chunk async sequence that marks the watch when first pulled.
private struct WatchedBody: AsyncSequence, Sendable {
  typealias Element = ByteBuffer

  let bytes: Data
  let watch: BodyWatch

  struct AsyncIterator: AsyncIteratorProtocol {
    var pending: Data?
    let watch: BodyWatch

    mutating func next() async -> ByteBuffer? {
      guard let chunk = pending else { return nil }
      pending = nil
      watch.markStarted()
      return ByteBuffer(bytes: chunk)
    }
  }

  func makeAsyncIterator() -> AsyncIterator { AsyncIterator(pending: bytes, watch: watch) }
}
