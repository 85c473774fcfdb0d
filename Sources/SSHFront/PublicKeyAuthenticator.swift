import Foundation
import Logging
import NIOCore
import NIOSSH

/// Lets in clients whose public key is in the authorized keys (or anyone with `openDemo`); refuses
/// passwords, keyboard-interactive and host-based logins. One per connection, used on its event loop.
final class PublicKeyAuthenticator: NIOSSHServerUserAuthenticationDelegate {
  private let keys: @Sendable () -> AuthorizedKeys
  private let openDemo: Bool
  private let state: ConnectionState
  private let logger: Logger

  /// An authenticator for the connection `state`; `keys` is read on each attempt.
  init(keys: @escaping @Sendable () -> AuthorizedKeys, openDemo: Bool, state: ConnectionState, logger: Logger)
  {
    self.keys = keys
    self.openDemo = openDemo
    self.state = state
    self.logger = logger
  }

  var supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods { .publicKey }

  func requestReceived(
    request: NIOSSHUserAuthenticationRequest,
    responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>
  ) {
    switch request.request {
    case .publicKey(let offer):
      let fingerprint = KeyFingerprint(offer.publicKey)
      if openDemo || keys().allows(offer.publicKey) {
        state.identity = openDemo ? .visitor(UUID()) : .key(fingerprint)
        logger.info(
          "authenticated",
          metadata: ["session": "\(state.identity?.description ?? "")", "peer": "\(state.peer)"])
        responsePromise.succeed(.success)
      } else {
        refuse("key not authorized", fingerprint: fingerprint, promise: responsePromise)
      }
    case .none where openDemo:
      state.identity = .visitor(UUID())
      logger.info(
        "authenticated",
        metadata: ["session": "\(state.identity?.description ?? "")", "peer": "\(state.peer)"])
      responsePromise.succeed(.success)
    case .none:
      responsePromise.succeed(.failure)
    case .password:
      refuse("password refused", fingerprint: nil, promise: responsePromise)
    case .hostBased:
      refuse("host-based login refused", fingerprint: nil, promise: responsePromise)
    }
  }

  private func refuse(
    _ reason: String, fingerprint: KeyFingerprint?,
    promise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>
  ) {
    state.refusals += 1
    var metadata: Logger.Metadata = ["peer": "\(state.peer)", "refusals": "\(state.refusals)"]
    if let fingerprint { metadata["key"] = "\(fingerprint)" }
    logger.notice("\(reason)", metadata: metadata)
    promise.succeed(.failure)
  }
}
