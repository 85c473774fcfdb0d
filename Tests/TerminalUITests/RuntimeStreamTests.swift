import Foundation
import TerminalUITesting
import Testing

@testable import TerminalUI

/// What streaming work saw: whether it was cancelled and whether it ran to its end.
private final class StreamProbe: @unchecked Sendable {
  private let lock = NSLock()
  private var cancelledFlag = false
  private var finishedFlag = false
  var cancelled: Bool { lock.withLock { cancelledFlag } }
  var finished: Bool { lock.withLock { finishedFlag } }
  func markCancelled() { lock.withLock { cancelledFlag = true } }
  func markFinished() { lock.withLock { finishedFlag = true } }
}

/// `n` streams 1…50 and ends; `w` streams 1, waits up to 30 s (watching for cancellation), then sends
/// 99; `x` cancels it; `o` starts the same wait as work that outlives the program; `q` quits.
private struct Streamer: Program {
  let waiting: StreamProbe
  let outliving: StreamProbe

  struct Model {
    var values: [Int] = []
  }

  enum Msg: Sendable {
    case key(KeyPress)
    case value(Int)
  }

  func message(for event: InputEvent) -> Msg? {
    guard case .key(let key) = event else { return nil }
    return .key(key)
  }

  static func waitThenSend(_ probe: StreamProbe, _ send: Send<Msg>) async {
    send(.value(1))
    await withTaskCancellationHandler {
      let deadline = ContinuousClock.now + .seconds(30)
      while !Task.isCancelled && ContinuousClock.now < deadline {
        try? await Task.sleep(for: .milliseconds(10))
      }
    } onCancel: {
      probe.markCancelled()
    }
    send(.value(99))
    probe.markFinished()
  }

  func update(_ model: inout Model, _ message: Msg) -> [Effect<Msg>] {
    switch message {
    case .key(.character("n")):
      return [.stream(id: "count") { send in for value in 1...50 { send(.value(value)) } }]
    case .key(.character("w")):
      return [.stream(id: "wait") { [waiting] send in await Self.waitThenSend(waiting, send) }]
    case .key(.character("x")):
      return [.cancel(id: "wait")]
    case .key(.character("o")):
      return [.stream(outlivesProgram: true) { [outliving] send in await Self.waitThenSend(outliving, send) }]
    case .key(.character("q")):
      return [.quit]
    case .key:
      return []
    case .value(let value):
      model.values.append(value)
      return []
    }
  }

  func view(_ model: Model, size: Size) -> Screen {
    var screen = Screen(size: size)
    screen.put("\(model.values.count) last \(model.values.last ?? 0)", at: Point(x: 0, y: 0))
    return screen
  }
}

@Suite struct RuntimeStreamTests {
  private static func start() -> (InMemoryTerminal, Task<Streamer.Model, Never>, StreamProbe, StreamProbe) {
    let terminal = InMemoryTerminal(size: Size(width: 30, height: 2))
    let (waiting, outliving) = (StreamProbe(), StreamProbe())
    let program = Streamer(waiting: waiting, outliving: outliving)
    let run = Task { await Runtime.run(program, model: .init(), terminal: terminal) }
    return (terminal, run, waiting, outliving)
  }

  @Test func everyMessageArrivesInTheOrderSent() async {
    let (terminal, run, _, _) = Self.start()
    terminal.send(.key(.character("n")))
    #expect(await terminal.wait { $0.screen.line(0) == "50 last 50" })
    terminal.send(.key(.character("q")))
    #expect(await run.value.values == Array(1...50))
  }

  @Test func cancellingAStreamCancelsItsTaskAndDropsWhatItSendsAfter() async {
    let (terminal, run, waiting, _) = Self.start()
    terminal.send(.key(.character("w")))
    #expect(await terminal.wait { $0.screen.line(0) == "1 last 1" })
    terminal.send(.key(.character("x")))
    let deadline = ContinuousClock.now + .seconds(10)
    while !waiting.finished && ContinuousClock.now < deadline {
      try? await Task.sleep(for: .milliseconds(10))
    }
    #expect(waiting.cancelled, "cancel(id:) reaches the task")
    #expect(waiting.finished, "the work ran to its end well before its 30 s wait")
    terminal.send(.key(.character("q")))
    #expect(await run.value.values == [1], "the 99 sent after cancelling is dropped")
  }

  @Test func quittingCancelsStreamsExceptWorkThatOutlivesTheProgram() async {
    let (terminal, run, waiting, outliving) = Self.start()
    terminal.send(.key(.character("w")))
    terminal.send(.key(.character("o")))
    #expect(await terminal.wait { $0.screen.line(0) == "2 last 1" })
    terminal.send(.key(.character("q")))
    _ = await run.value
    let deadline = ContinuousClock.now + .seconds(10)
    while !waiting.finished && ContinuousClock.now < deadline {
      try? await Task.sleep(for: .milliseconds(10))
    }
    #expect(waiting.cancelled, "quitting cancels ordinary work")
    try? await Task.sleep(for: .milliseconds(200))
    #expect(!outliving.cancelled && !outliving.finished, "the outliving work is still running")
  }
}
