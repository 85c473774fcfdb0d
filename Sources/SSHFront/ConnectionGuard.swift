import Logging
import NIOCore

/// The last handler of a TCP connection: closes it when it has not authenticated within the grace
/// time, or has no session channel open at a check (one every grace time: a client holding a
/// connection without a session, `ssh -N`, does not keep a slot), and on any error (garbage bytes, a
/// protocol violation) rather than letting it reach the server. Used on the connection's event loop.
final class ConnectionGuard: ChannelInboundHandler {
  typealias InboundIn = Any

  private let state: ConnectionState
  private let graceTime: Duration
  private let logger: Logger

  /// A guard for the connection `state`.
  init(state: ConnectionState, graceTime: Duration, logger: Logger) {
    self.state = state
    self.graceTime = graceTime
    self.logger = logger
  }

  func handlerAdded(context: ChannelHandlerContext) {
    scheduleCheck(context.channel)
  }

  private func scheduleCheck(_ channel: any Channel) {
    channel.eventLoop.assumeIsolated().scheduleTask(in: TimeAmount(graceTime)) { [self] in
      guard channel.isActive else { return }
      if state.identity == nil {
        logger.notice("no login within the grace time; closing", metadata: ["peer": "\(state.peer)"])
        channel.close(promise: nil)
      } else if state.channelsOpen == 0 {
        logger.info("no session open; closing", metadata: ["peer": "\(state.peer)"])
        channel.close(promise: nil)
      } else {
        scheduleCheck(channel)
      }
    }
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    logger.debug("connection closed after an error: \(error)", metadata: ["peer": "\(state.peer)"])
    context.close(promise: nil)
  }
}
