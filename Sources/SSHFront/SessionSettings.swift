import Foundation
import Logging

/// What every session of a server shares: the child to run, its environment, the limits.
struct SessionSettings: Sendable {
  /// The binary each session runs.
  let executable: String
  /// The environment every child starts from.
  let environment: [String: String]
  /// Where each client's directories go.
  let sessionsDirectory: URL
  /// How long without input before a session is closed.
  let idleTimeout: Duration
  /// How long a hung-up child may take before it is killed.
  let hangUpGrace: Duration
  /// The running sessions.
  let registry: SessionRegistry
  /// Where sessions log.
  let logger: Logger
}
