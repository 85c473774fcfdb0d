import Foundation
public import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSH

/// The SSH server behind `kombo-apply ssh serve`: one session per connection, each running the
/// terminal UI as a child process on a pseudo terminal (see `SessionHandler`).
///
/// ```swift
/// let server = SSHFrontServer(configuration: configuration, logger: logger)
/// let address = try await server.start()
/// // … on SIGTERM:
/// await server.shutdown()
/// ```
public final class SSHFrontServer: Sendable {
  private let configuration: SSHFrontConfiguration
  private let logger: Logger
  private let group: MultiThreadedEventLoopGroup
  private let registry: SessionRegistry
  private let listener = NIOLockedValueBox<(any Channel)?>(nil)
  private let connections = NIOLockedValueBox<[ObjectIdentifier: any Channel]>([:])

  /// A server for `configuration`, logging to `logger`; nothing listens until `start()`.
  public init(configuration: SSHFrontConfiguration, logger: Logger) {
    self.configuration = configuration
    self.logger = logger
    group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
    registry = SessionRegistry(limit: configuration.maxSessions)
  }

  /// Binds the listening socket; returns the address it listens on, `HOST:PORT`.
  public func start() async throws -> String {
    let channel = try await ServerBootstrap(group: group)
      .serverChannelOption(ChannelOptions.backlog, value: 256)
      .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
      .childChannelOption(ChannelOptions.socketOption(.so_keepalive), value: 1)
      .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
      .childChannelInitializer { [self] channel in
        channel.eventLoop.makeCompletedFuture { try self.accept(channel) }
      }
      .bind(host: configuration.host, port: configuration.port)
      .get()
    listener.withLockedValue { $0 = channel }
    let address = channel.localAddress
    return "\(address?.ipAddress ?? configuration.host):\(address?.port ?? configuration.port)"
  }

  /// Sets up a new connection's pipeline, or closes it when too many are open.
  private func accept(_ channel: any Channel) throws {
    let peer = channel.remoteAddress.map { "\($0.ipAddress ?? "?"):\($0.port ?? 0)" } ?? "?"
    let key = ObjectIdentifier(channel)
    let admitted = connections.withLockedValue { open in
      guard open.count < configuration.maxConnections else { return false }
      open[key] = channel
      return true
    }
    guard admitted else {
      logger.notice("too many connections; closing a new one", metadata: ["peer": "\(peer)"])
      channel.close(promise: nil)
      return
    }
    channel.closeFuture.whenComplete { [connections] _ in
      connections.withLockedValue { $0[key] = nil }
    }
    let state = ConnectionState(peer: peer)
    let authenticator = PublicKeyAuthenticator(
      keys: { [configuration] in configuration.authorizedKeys?.current() ?? AuthorizedKeys(text: "") },
      openDemo: configuration.openDemo, state: state, logger: logger)
    var server = SSHServerConfiguration(
      hostKeys: [configuration.hostKey.sshKey], userAuthDelegate: authenticator)
    server.maxAuthAttempts = configuration.maxAuthAttempts
    let settings = SessionSettings(
      executable: configuration.childExecutable, environment: configuration.childEnvironment,
      sessionsDirectory: configuration.sessionsDirectory, idleTimeout: configuration.idleTimeout,
      hangUpGrace: configuration.hangUpGrace, registry: registry, logger: logger)
    let handler = NIOSSHHandler(
      role: .server(server), allocator: channel.allocator,
      inboundChildChannelInitializer: { child, type in
        guard case .session = type, let identity = state.identity, state.channelsOpened < 8 else {
          return child.eventLoop.makeFailedFuture(ChannelError.operationUnsupported)
        }
        state.channelsOpened += 1
        state.channelsOpen += 1
        child.closeFuture.assumeIsolated().whenComplete { _ in state.channelsOpen -= 1 }
        return child.eventLoop.makeCompletedFuture {
          try child.pipeline.syncOperations.addHandler(SessionHandler(settings: settings, identity: identity))
        }
      })
    try channel.pipeline.syncOperations.addHandlers([
      handler, ConnectionGuard(state: state, graceTime: configuration.loginGraceTime, logger: logger),
    ])
  }

  /// Sessions running now.
  public var sessionCount: Int { registry.count }

  /// Stops: refuses new sessions, hangs up every child (each saves its draft and exits; one still
  /// running after the hang-up grace is killed), waits for them, then closes the listening socket and
  /// every connection.
  public func shutdown() async {
    registry.closeAndHangUp()
    if await !waitForSessions(within: configuration.hangUpGrace) {
      logger.warning("sessions still running after SIGHUP; killing them")
      registry.forceEndAll()
      _ = await waitForSessions(within: .seconds(2))
    }
    // The sessions' exit statuses go out before their connections close.
    try? await Task.sleep(for: .milliseconds(200))
    let listening = listener.withLockedValue { $0 }
    try? await listening?.close()
    for channel in connections.withLockedValue({ Array($0.values) }) {
      try? await channel.close()
    }
    try? await group.shutdownGracefully()
  }

  private func waitForSessions(within limit: Duration) async -> Bool {
    let deadline = ContinuousClock.now + limit
    while registry.count > 0 && ContinuousClock.now < deadline {
      try? await Task.sleep(for: .milliseconds(50))
    }
    return registry.count == 0
  }
}
