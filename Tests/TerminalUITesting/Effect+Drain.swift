public import TerminalUI

extension Effect {
  /// The id of this effect's work (timers and replaceable work have one), or nil.
  public var workID: String? {
    switch action {
    case .run(let id, _), .stream(let id, _, _), .timer(let id, _, _): id
    case .cancel, .quit, .suspend: nil
    }
  }

  /// Runs this effect's work here, to its end, and returns the messages it produced in order: one or
  /// none for `run`, all it sent for `stream`, the tick of a `timer` after its delay (in real time; use
  /// `ProgramTestDriver` for virtual time), none for cancel, quit and suspend. For test drivers that
  /// drain effects one after another instead of running a terminal loop.
  public func messages() async -> [Msg] {
    switch action {
    case .run(_, let work):
      return await work().map { [$0] } ?? []
    case .stream(_, _, let work):
      let (stream, sink) = AsyncStream<Msg>.makeStream()
      await work(Send { sink.yield($0) })
      sink.finish()
      var sent: [Msg] = []
      for await message in stream { sent.append(message) }
      return sent
    case .timer(_, let delay, let make):
      do {
        try await Task.sleep(for: delay)
        return [make()]
      } catch {
        return []
      }
    case .cancel, .quit, .suspend:
      return []
    }
  }
}
