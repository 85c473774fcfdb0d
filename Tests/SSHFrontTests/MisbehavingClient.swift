import Crypto
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSH

/// An SSH client built on NIOSSH that can do what OpenSSH's never does: floods of channel requests,
/// absurd window sizes, a second shell. It logs in with a fresh Ed25519 key and trusts any host key.
final class MisbehavingClient: Sendable {
  /// What one session channel has received.
  struct Received: Sendable {
    /// Channel data, as text.
    var output = ""
    /// Replies to requests that wanted one.
    var successes = 0
    /// Refusals of requests that wanted a reply.
    var failures = 0
    /// The exit status, once sent.
    var exitStatus: Int?
  }

  /// The connection.
  let channel: any Channel
  /// The session channel.
  let session: any Channel
  /// What the session has received so far.
  let received: NIOLockedValueBox<Received>

  private init(channel: any Channel, session: any Channel, received: NIOLockedValueBox<Received>) {
    self.channel = channel
    self.session = session
    self.received = received
  }

  /// Connects to `port` on loopback and opens a session channel.
  static func connect(port: Int, group: any EventLoopGroup) async throws -> MisbehavingClient {
    let channel = try await ClientBootstrap(group: group)
      .channelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          let configuration = SSHClientConfiguration(
            userAuthDelegate: KeyOffer(), serverAuthDelegate: TrustingHostKeys())
          try channel.pipeline.syncOperations.addHandler(
            NIOSSHHandler(
              role: .client(configuration), allocator: channel.allocator, inboundChildChannelInitializer: nil)
          )
        }
      }
      .connect(host: "127.0.0.1", port: port).get()
    let received = NIOLockedValueBox(Received())
    let promise = channel.eventLoop.makePromise(of: (any Channel).self)
    channel.eventLoop.execute {
      do {
        let handler = try channel.pipeline.syncOperations.handler(type: NIOSSHHandler.self)
        handler.createChannel(promise, channelType: .session) { child, _ in
          child.eventLoop.makeCompletedFuture {
            try child.pipeline.syncOperations.addHandler(Collector(received: received))
          }
        }
      } catch {
        promise.fail(error)
      }
    }
    let session = try await promise.futureResult.get()
    return MisbehavingClient(channel: channel, session: session, received: received)
  }

  /// Sends a channel request.
  func request(_ event: any Sendable) {
    session.triggerUserOutboundEvent(event, promise: nil)
  }

  /// Asks for an 80×24 `xterm` pty (without one the session runs its child with `--accessible`).
  func requestTerminal() {
    request(
      SSHChannelRequestEvent.PseudoTerminalRequest(
        wantReply: false, term: "xterm", terminalCharacterWidth: 80, terminalRowHeight: 24,
        terminalPixelWidth: 0, terminalPixelHeight: 0, terminalModes: SSHTerminalModes([:])))
  }

  /// Types `text` into the session.
  func type(_ text: String) {
    session.writeAndFlush(
      SSHChannelData(type: .channel, data: .byteBuffer(ByteBuffer(string: text))), promise: nil)
  }

  /// Waits up to `seconds` for `condition` on what was received.
  func wait(seconds: Double = 30, until condition: (Received) -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
    while ContinuousClock.now < deadline {
      if condition(received.withLockedValue { $0 }) { return true }
      try? await Task.sleep(for: .milliseconds(20))
    }
    return condition(received.withLockedValue { $0 })
  }

  /// Closes the connection.
  func close() async {
    try? await channel.close()
  }
}

/// Records what a session channel receives.
private final class Collector: ChannelInboundHandler {
  typealias InboundIn = SSHChannelData

  private let received: NIOLockedValueBox<MisbehavingClient.Received>

  init(received: NIOLockedValueBox<MisbehavingClient.Received>) {
    self.received = received
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    guard case .byteBuffer(let bytes) = unwrapInboundIn(data).data else { return }
    received.withLockedValue { $0.output += String(buffer: bytes) }
  }

  func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
    switch event {
    case is ChannelSuccessEvent: received.withLockedValue { $0.successes += 1 }
    case is ChannelFailureEvent: received.withLockedValue { $0.failures += 1 }
    case let status as SSHChannelRequestEvent.ExitStatus:
      received.withLockedValue { $0.exitStatus = status.exitStatus }
    default: context.fireUserInboundEventTriggered(event)
    }
  }
}

/// Offers one fresh Ed25519 key, then gives up.
private final class KeyOffer: NIOSSHClientUserAuthenticationDelegate {
  private var offered = false

  func nextAuthenticationType(
    availableMethods: NIOSSHAvailableUserAuthenticationMethods,
    nextChallengePromise: EventLoopPromise<NIOSSHUserAuthenticationOffer?>
  ) {
    guard !offered else { return nextChallengePromise.succeed(nil) }
    offered = true
    let key = NIOSSHPrivateKey(ed25519Key: Curve25519.Signing.PrivateKey())
    nextChallengePromise.succeed(
      NIOSSHUserAuthenticationOffer(
        username: "demo", serviceName: "", offer: .privateKey(.init(privateKey: key))))
  }
}

/// Trusts any host key (the server under test is on loopback).
private final class TrustingHostKeys: NIOSSHClientServerAuthenticationDelegate {
  func validateHostKey(hostKey: NIOSSHPublicKey, validationCompletePromise: EventLoopPromise<Void>) {
    validationCompletePromise.succeed(())
  }
}
