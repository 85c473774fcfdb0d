import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// While a submission is being sent, Ctrl-C (or SIGTERM/SIGHUP) ends the program with a note saying
/// where the submission went: it is in the outbox and will be reconciled before any resend.
final class InterruptNotice: Sendable {
  private let submission = Mutex<UUID?>(nil)
  private let signals = StopSignals()

  /// Starts listening for SIGINT, SIGTERM and SIGHUP.
  init() {
    Task { [self] in
      guard let number = await signals.next() else { return }
      stop(signal: number)
    }
  }

  /// The submission now being sent.
  func record(_ id: UUID) {
    submission.withLock { $0 = id }
  }

  /// Stops listening and restores the default signal handling.
  func cancel() {
    signals.cancel()
  }

  private func stop(signal number: Int32) -> Never {
    if let id = submission.withLock({ $0 }) {
      let text = id.uuidString.lowercased()
      Console.error("")
      Console.error("Interrupted while sending: it is not known whether the application was created.")
      Console.error(
        "  Submission \(text) is kept in the outbox. Retry with: kombo-apply outbox retry \(text)")
      Console.error("  (it looks the candidate up first and resends only if the application is not there)")
    }
    exit(128 + number)
  }
}
