public import ApplyCore
import Foundation
import Synchronization

/// The in-memory twin of `AsyncHTTPTransport`: answers each request with a closure and records it.
///
/// Used by tests of the client and the submitter (faults are expressed as thrown `TransportFailure`s
/// or scripted error responses).
public final class InMemoryTransport: HTTPTransport, Sendable {
  /// Answers one request.
  public typealias Handler = @Sendable (TransportRequest) async throws(TransportFailure) -> TransportResponse

  private let recorded = Mutex<[TransportRequest]>([])
  private let handler: Handler

  /// Creates a transport that answers with `handler`.
  public init(handler: @escaping Handler) {
    self.handler = handler
  }

  /// Records the request, then answers it with the handler.
  public func send(_ request: TransportRequest) async throws(TransportFailure) -> TransportResponse {
    recorded.withLock { $0.append(request) }
    return try await handler(request)
  }

  /// Every request sent so far, in order.
  public var requests: [TransportRequest] { recorded.withLock { $0 } }
}
