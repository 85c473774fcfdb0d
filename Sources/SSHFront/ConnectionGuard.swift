import Logging
import NIOCore

/// The last handler of a TCP connection: closes it when it has not authenticated within the grace
/// time, and on any error (garbage bytes, a protocol violation) rather than letting it reach the
/// server. Used on the connection's event loop only.
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
    let channel = context.channel
    context.eventLoop.assumeIsolated().scheduleTask(in: TimeAmount(graceTime)) { [state, logger] in
      guard state.identity == nil else { return }
      logger.notice("no login within the grace time; closing", metadata: ["peer": "\(state.peer)"])
      channel.close(promise: nil)
    }
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    logger.debug("connection closed after an error: \(error)", metadata: ["peer": "\(state.peer)"])
    context.close(promise: nil)
  }
}
