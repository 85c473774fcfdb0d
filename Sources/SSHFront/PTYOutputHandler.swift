import NIOCore
import NIOSSH

/// On the pty master's channel: what the child writes goes to the SSH channel as channel data; when
/// the terminal closes (every slave descriptor gone, so reads fail with EIO), `closed` is called.
final class PTYOutputHandler: ChannelInboundHandler {
  typealias InboundIn = ByteBuffer

  private let sshChannel: any Channel
  private let closed: () -> Void

  /// A handler writing to `sshChannel`; `closed` runs on the event loop once the terminal is gone.
  init(sshChannel: any Channel, closed: @escaping () -> Void) {
    self.sshChannel = sshChannel
    self.closed = closed
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    let bytes = unwrapInboundIn(data)
    sshChannel.writeAndFlush(SSHChannelData(type: .channel, data: .byteBuffer(bytes)), promise: nil)
  }

  func channelInactive(context: ChannelHandlerContext) {
    closed()
    context.fireChannelInactive()
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    // EIO once the child has exited: the terminal is gone.
    context.close(promise: nil)
  }
}
