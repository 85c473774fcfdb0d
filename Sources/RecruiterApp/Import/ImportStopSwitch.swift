import Synchronization

/// Tells a running import to start no more rows (Esc on the import screen). Set from an effect, read
/// by the import's runner between rows.
final class ImportStopSwitch: Sendable {
  private let stopping = Mutex(false)

  /// Whether a stop was asked for.
  var isStopping: Bool { stopping.withLock { $0 } }

  /// Asks the import to stop starting rows.
  func stop() { stopping.withLock { $0 = true } }
}
