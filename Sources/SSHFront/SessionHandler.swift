import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSH

#if canImport(Glibc)
  import Glibc
#endif

/// One SSH session channel: takes the client's pty, env, window-change and shell requests, runs the
/// child on a pseudo terminal, and bridges the two until the child ends or the client goes.
///
/// A dropped client hangs the child up (SIGHUP: it saves the draft and exits), as does a session left
/// without input for the idle timeout. `exec` and subsystems are refused. Used on its event loop only.
final class SessionHandler: ChannelInboundHandler {
  typealias InboundIn = SSHChannelData

  private let settings: SessionSettings
  private let identity: ClientIdentity
  private var logger: Logger
  private var environment = SessionEnvironment()
  private var size = WindowSize.standard
  private var context: ChannelHandlerContext?
  private var isStarted = false
  private var isOpen = true
  private var terminal: PseudoTerminal?
  private var ptyChannel: (any Channel)?
  private var child: SessionChild?
  private var directories: SessionDirectories?
  private var childStatus: Int32?
  private var ptyClosed = false
  private var isFinished = false
  private var lastInput = NIODeadline.now()
  private var idleCheck: Scheduled<Void>?
  private var closingNote: String?

  /// A session of the client `identity`.
  init(settings: SessionSettings, identity: ClientIdentity) {
    self.settings = settings
    self.identity = identity
    logger = settings.logger
    logger[metadataKey: "session"] = "\(identity)"
  }

  func handlerAdded(context: ChannelHandlerContext) {
    self.context = context
    _ = context.channel.setOption(ChannelOptions.allowRemoteHalfClosure, value: true)
  }

  func handlerRemoved(context: ChannelHandlerContext) {
    self.context = nil
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    let message = unwrapInboundIn(data)
    guard message.type == .channel, case .byteBuffer(let bytes) = message.data, let ptyChannel else { return }
    lastInput = .now()
    ptyChannel.writeAndFlush(bytes, promise: nil)
  }

  func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
    switch event {
    case let request as SSHChannelRequestEvent.PseudoTerminalRequest:
      environment.setTerminal(request.term)
      size = WindowSize(
        columns: request.terminalCharacterWidth == 0 ? 80 : request.terminalCharacterWidth,
        rows: request.terminalRowHeight == 0 ? 24 : request.terminalRowHeight)
      reply(!isStarted, wanted: request.wantReply)
    case let request as SSHChannelRequestEvent.EnvironmentRequest:
      reply(!isStarted && environment.set(request.name, request.value), wanted: request.wantReply)
    case let request as SSHChannelRequestEvent.WindowChangeRequest:
      size = WindowSize(columns: request.terminalCharacterWidth, rows: request.terminalRowHeight)
      terminal?.resize(size)
    case let request as SSHChannelRequestEvent.ShellRequest:
      start(wantReply: request.wantReply)
    case let request as SSHChannelRequestEvent.ExecRequest:
      refuseCommand(wantReply: request.wantReply)
    case let request as SSHChannelRequestEvent.SubsystemRequest:
      reply(false, wanted: request.wantReply)
    case ChannelEvent.inputClosed:
      // Without a pty the client's end of input is the line mode's: an EOF character on the terminal.
      if environment.term == nil, let ptyChannel {
        ptyChannel.writeAndFlush(ByteBuffer(bytes: [0x04]), promise: nil)
      }
    default:
      context.fireUserInboundEventTriggered(event)
    }
  }

  /// While the client does not take output (its window is full), the terminal is not read: the
  /// child blocks on a full pty instead of the server buffering without bound.
  func channelWritabilityChanged(context: ChannelHandlerContext) {
    _ = ptyChannel?.setOption(ChannelOptions.autoRead, value: context.channel.isWritable)
    context.fireChannelWritabilityChanged()
  }

  func channelInactive(context: ChannelHandlerContext) {
    isOpen = false
    if let child, childStatus == nil {
      logger.info("client gone; hanging up the session's app")
      hangUp(child)
    }
    context.fireChannelInactive()
  }

  func errorCaught(context: ChannelHandlerContext, error: any Error) {
    logger.debug("session channel error: \(error)")
    context.close(promise: nil)
  }

  private func reply(_ success: Bool, wanted: Bool) {
    guard wanted, let context else { return }
    let event: any Sendable = success ? ChannelSuccessEvent() : ChannelFailureEvent()
    context.triggerUserOutboundEvent(event, promise: nil)
  }

  /// Answers an `exec` with a line on stderr and exit status 2: this server runs the app only.
  private func refuseCommand(wantReply: Bool) {
    guard !isStarted else { return reply(false, wanted: wantReply) }
    isStarted = true
    reply(true, wanted: wantReply)
    logger.notice("exec refused")
    end(
      note: "kombo-apply: this server runs the terminal UI only; connect without a command.\r\n",
      stream: .stdErr, status: 2)
  }

  /// Starts the child for a `shell` request.
  private func start(wantReply: Bool) {
    guard !isStarted, let context else { return reply(false, wanted: wantReply) }
    isStarted = true
    guard settings.registry.reserve() else {
      reply(true, wanted: wantReply)
      logger.notice("busy: every session slot is taken")
      end(note: "busy, try later\r\n", stream: .channel, status: 1)
      return
    }
    do {
      let directories = try SessionDirectories.prepare(for: identity, under: settings.sessionsDirectory)
      self.directories = directories
      let lineMode = environment.term == nil
      let terminal = try PseudoTerminal.make(size: size, echoes: !lineMode)
      self.terminal = terminal
      let child = try SessionChild.spawn(
        executable: settings.executable, arguments: lineMode ? ["--accessible"] : [],
        environment: environment.childEnvironment(base: settings.environment, directories: directories),
        directory: directories.home.path, slavePath: terminal.slavePath)
      self.child = child
      settings.registry.started(child)
      logger.info(
        "session started", metadata: ["pid": "\(child.pid)", "mode": "\(lineMode ? "line" : "terminal")"])
      reply(true, wanted: wantReply)
      let session = NIOLoopBound(self, eventLoop: context.eventLoop)
      let loop = context.eventLoop
      child.whenEnded { status in loop.execute { session.value.childEnded(status) } }
      bridge(terminal, context: context, session: session)
      scheduleIdleCheck()
    } catch {
      logger.error("cannot start the session's app: \(error)")
      reply(false, wanted: wantReply)
      if child == nil {
        settings.registry.release(nil)
        if let terminal { close(terminal.master) }
        terminal = nil
        end(note: "kombo-apply: the session could not start\r\n", stream: .stdErr, status: 1)
      }
    }
  }

  /// Bridges the pty master (a descriptor of its own, owned by NIO) to this channel.
  private func bridge(
    _ terminal: PseudoTerminal, context: ChannelHandlerContext, session: NIOLoopBound<SessionHandler>
  ) {
    let sshChannel = context.channel
    let descriptor = dup(terminal.master)
    NIOPipeBootstrap(group: context.eventLoop)
      .channelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          try channel.pipeline.syncOperations.addHandler(
            PTYOutputHandler(sshChannel: sshChannel) { session.value.ptyEnded() })
        }
      }
      .takingOwnershipOfDescriptor(inputOutput: descriptor)
      .hop(to: context.eventLoop)
      .assumeIsolated()
      .whenComplete { [self] result in
        switch result {
        case .success(let channel):
          ptyChannel = channel
          if isFinished { channel.close(promise: nil) }
        case .failure(let error):
          close(descriptor)
          logger.error("cannot bridge the terminal: \(error)")
          ptyEnded()
          if let child { hangUp(child) }
        }
      }
  }

  /// Hangs `child` up and kills it if it has not exited after the grace time.
  private func hangUp(_ child: SessionChild) {
    child.hangUp()
    guard let loop = context?.eventLoop ?? ptyChannel?.eventLoop else { return }
    loop.assumeIsolated().scheduleTask(in: TimeAmount(settings.hangUpGrace)) { [self] in
      if childStatus == nil {
        logger.warning("the session's app did not exit after SIGHUP; killing it")
        child.forceEnd()
      }
    }
  }

  private func scheduleIdleCheck() {
    guard let loop = context?.eventLoop else { return }
    let timeout = TimeAmount(settings.idleTimeout)
    let interval = max(
      TimeAmount.milliseconds(200),
      min(TimeAmount.nanoseconds(timeout.nanoseconds / 4), TimeAmount.seconds(30)))
    idleCheck = loop.assumeIsolated().scheduleTask(in: interval) { [self] in
      guard childStatus == nil, isOpen, let child else { return }
      if NIODeadline.now() - lastInput >= timeout {
        logger.info("idle timeout; saving the draft and closing")
        closingNote =
          "\r\nkombo-apply: closed after \(DurationText.describe(settings.idleTimeout)) without input; the draft is saved.\r\n"
        hangUp(child)
      } else {
        scheduleIdleCheck()
      }
    }
  }

  private func childEnded(_ status: Int32) {
    childStatus = status
    settings.registry.release(child)
    logger.info("session ended", metadata: ["status": "\(status)"])
    if identity.isEphemeral { directories?.remove() }
    if ptyClosed {
      finish()
    } else {
      // Output still in the terminal is read first; the terminal closes once every descriptor is gone.
      context?.eventLoop.assumeIsolated().scheduleTask(in: .seconds(2)) { [self] in finish() }
    }
  }

  private func ptyEnded() {
    ptyClosed = true
    if childStatus != nil { finish() }
  }

  /// Once child and terminal are gone: tells the client the exit status and closes the channel.
  private func finish() {
    guard !isFinished else { return }
    isFinished = true
    idleCheck?.cancel()
    ptyChannel?.close(promise: nil)
    if let terminal { close(terminal.master) }
    terminal = nil
    end(note: closingNote, stream: .channel, status: Int(childStatus ?? 1))
  }

  /// Writes `note`, sends the exit status and closes the channel.
  private func end(note: String?, stream: SSHChannelData.DataType, status: Int) {
    guard isOpen, let context else { return }
    let channel = context.channel
    if let note {
      channel.writeAndFlush(
        SSHChannelData(type: stream, data: .byteBuffer(ByteBuffer(string: note))), promise: nil)
    }
    channel.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: status)).assumeIsolated()
      .whenComplete { _ in channel.close(promise: nil) }
  }
}
