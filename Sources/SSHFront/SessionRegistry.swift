import NIOConcurrencyHelpers

#if canImport(Glibc)
  import Glibc
#endif

/// The sessions running now, shared by every connection: enforces `--max-sessions` and lets the
/// shutdown hang up every child and wait for them. Thread-safe.
final class SessionRegistry: Sendable {
  private struct State {
    var reserved = 0
    var children: [pid_t: SessionChild] = [:]
    var isClosed = false
  }

  private let limit: Int
  private let state = NIOLockedValueBox(State())

  /// A registry allowing `limit` sessions at once.
  init(limit: Int) {
    self.limit = limit
  }

  /// Takes a slot for a new session; false when all are taken or the server is shutting down.
  func reserve() -> Bool {
    state.withLockedValue { state in
      guard !state.isClosed, state.reserved < limit else { return false }
      state.reserved += 1
      return true
    }
  }

  /// Records the child running in a reserved slot.
  func started(_ child: SessionChild) {
    state.withLockedValue { $0.children[child.pid] = child }
  }

  /// Frees a slot (its child, if any, has ended).
  func release(_ child: SessionChild?) {
    state.withLockedValue { state in
      if let child { state.children[child.pid] = nil }
      state.reserved -= 1
    }
  }

  /// The number of sessions now.
  var count: Int { state.withLockedValue { $0.reserved } }

  /// Refuses new sessions from now on and hangs up every running child (each saves its draft).
  func closeAndHangUp() {
    let children = state.withLockedValue { state in
      state.isClosed = true
      return Array(state.children.values)
    }
    for child in children { child.hangUp() }
  }

  /// Ends every child still running at once.
  func forceEndAll() {
    for child in state.withLockedValue({ Array($0.children.values) }) { child.forceEnd() }
  }
}
