import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// While a submission is being sent, Ctrl-C (or SIGTERM/SIGHUP) ends the program with a note saying
/// where the submission went: it is in the outbox and will be reconciled before any resend.
final class InterruptNotice: @unchecked Sendable {
  private let lock = NSLock()
  private var submission: UUID?
  private var sources: [any DispatchSourceSignal] = []

  /// Starts listening for SIGINT, SIGTERM and SIGHUP.
  init() {
    for number in [SIGINT, SIGTERM, SIGHUP] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [self] in stop(signal: number) }
      source.resume()
      sources.append(source)
    }
  }

  /// The submission now being sent.
  func record(_ id: UUID) {
    lock.withLock { submission = id }
  }

  /// Stops listening and restores the default signal handling.
  func cancel() {
    for source in sources { source.cancel() }
    for number in [SIGINT, SIGTERM, SIGHUP] { signal(number, SIG_DFL) }
  }

  private func stop(signal number: Int32) {
    if let id = lock.withLock({ submission }) {
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
