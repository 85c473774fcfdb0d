import Foundation

/// Carries the submitter's progress and outcome, reported from the task that sends, to the app one
/// message at a time: each `next()` is one effect, and the screen asks for the next one when it has
/// handled the last. Messages keep their order.
public final class SubmissionRelay: @unchecked Sendable {
  private let lock = NSLock()
  private var buffer: [SubmittingMsg] = []
  private var waiter: CheckedContinuation<SubmittingMsg, Never>?

  /// An empty relay.
  public init() {}

  /// Hands over a message (from any thread, never blocking).
  public func push(_ message: SubmittingMsg) {
    let waiting: CheckedContinuation<SubmittingMsg, Never>? = lock.withLock {
      guard let waiter else {
        buffer.append(message)
        return nil
      }
      self.waiter = nil
      return waiter
    }
    waiting?.resume(returning: message)
  }

  /// The next message, waiting for it if needed. One caller at a time.
  public func next() async -> SubmittingMsg {
    await withCheckedContinuation { continuation in
      let ready: SubmittingMsg? = lock.withLock {
        guard !buffer.isEmpty else {
          waiter = continuation
          return nil
        }
        return buffer.removeFirst()
      }
      if let ready { continuation.resume(returning: ready) }
    }
  }
}
