import Foundation
import TerminalUITesting
import Testing

@testable import TerminalUI

/// A tiny program: typed characters are appended, `l` loads a greeting through an effect,
/// `q` quits, ctrl+z suspends, a hang-up "saves" through an effect and then quits.
private struct Echo: Program {
  struct Model {
    var text = ""
    var saved: String?
    var events: [InputEvent] = []
  }

  enum Msg: Sendable {
    case event(InputEvent)
    case loaded(String)
    case saved(String)
  }

  func message(for event: InputEvent) -> Msg? { .event(event) }

  func update(_ model: inout Model, _ message: Msg) -> [Effect<Msg>] {
    switch message {
    case .event(let event):
      model.events.append(event)
      switch event {
      case .key(.character("q")): return [.quit]
      case .key(.character("l")): return [.run { .loaded("hello from an effect") }]
      case .key(.control("z")): return [.suspend]
      case .key(.character("s")):
        return [
          .run(id: "slow") {
            try? await Task.sleep(for: .seconds(30)); return .loaded("stale")
          }
        ]
      case .key(.character("c")): return [.cancel(id: "slow")]
      case .key(let key): model.text += key.plainCharacter.map(String.init) ?? ""
      case .signal(.hangup): return [.run { [text = model.text] in .saved(text) }]
      default: break
      }
    case .loaded(let text): model.text = text
    case .saved(let text):
      model.saved = text
      return [.quit]
    }
    return []
  }

  func view(_ model: Model, size: Size) -> Screen {
    var screen = Screen(size: size)
    screen.put("Echo: " + model.text, at: Point(x: 0, y: 0), style: Style(.title))
    screen.put("size \(size)", at: Point(x: 0, y: 1))
    screen.cursor = Point(x: 6 + model.text.displayWidth, y: 0)
    return screen
  }
}

@Suite struct RuntimeTests {
  @Test func effectsComeBackAsMessages() async {
    let terminal = InMemoryTerminal(size: Size(width: 40, height: 4))
    let run = Task { await Runtime.run(Echo(), model: .init(), terminal: terminal) }
    terminal.send(.key(.character("l")))
    #expect(await terminal.wait { $0.screen.line(0) == "Echo: hello from an effect" })
    terminal.send(.key(.character("q")))
    let model = await run.value
    #expect(model.text == "hello from an effect")
  }

  @Test func onlyChangedCellsAreRedrawn() async {
    let terminal = InMemoryTerminal(size: Size(width: 40, height: 4))
    let run = Task { await Runtime.run(Echo(), model: .init(), terminal: terminal) }
    terminal.type("Zoë")
    #expect(await terminal.wait { $0.screen.line(0) == "Echo: Zoë" })
    terminal.send(.key(.character("q")))
    _ = await run.value
    let updates = terminal.updates
    #expect(updates.first?.isFull == true)
    #expect(updates.first?.cellCount == 160)
    #expect(updates.dropFirst().allSatisfy { !$0.isFull && $0.cellCount == 1 })
    #expect(terminal.screen.cursor == Point(x: 9, y: 0))
  }

  @Test func resizeRedrawsAtTheNewSize() async {
    let terminal = InMemoryTerminal(size: Size(width: 40, height: 4))
    let run = Task { await Runtime.run(Echo(), model: .init(), terminal: terminal) }
    terminal.type("ab")
    #expect(await terminal.wait { $0.screen.line(0) == "Echo: ab" })
    terminal.send(.resize(Size(width: 20, height: 2)))
    #expect(await terminal.wait { $0.screen.line(1) == "size 20×2" })
    #expect(terminal.screen.line(0) == "Echo: ab")
    terminal.send(.key(.character("q")))
    _ = await run.value
  }

  @Test func hangupSavesAndQuitsWithoutDrawing() async {
    let terminal = InMemoryTerminal(size: Size(width: 40, height: 4))
    let run = Task { await Runtime.run(Echo(), model: .init(), terminal: terminal) }
    terminal.type("draft")
    #expect(await terminal.wait { $0.screen.line(0) == "Echo: draft" })
    let drawn = terminal.updates.count
    terminal.send(.signal(.hangup))
    let model = await run.value
    #expect(model.saved == "draft")
    #expect(terminal.updates.count == drawn)
  }

  @Test func suspendRedrawsEverythingOnReturn() async {
    let terminal = InMemoryTerminal(size: Size(width: 20, height: 2))
    let run = Task { await Runtime.run(Echo(), model: .init(), terminal: terminal) }
    terminal.send(.key(.control("z")))
    #expect(await terminal.wait { $0.suspendCount == 1 && $0.updates.count == 2 })
    #expect(terminal.updates.last?.isFull == true)
    terminal.send(.key(.character("q")))
    _ = await run.value
  }

  @Test func cancelledWorkNeverDelivers() async {
    let terminal = InMemoryTerminal(size: Size(width: 20, height: 2))
    let run = Task { await Runtime.run(Echo(), model: .init(), terminal: terminal) }
    terminal.send(.key(.character("s")))
    terminal.send(.key(.character("c")))
    terminal.type("x")
    #expect(await terminal.wait { $0.screen.line(0) == "Echo: x" })
    terminal.send(.key(.character("q")))
    let model = await run.value
    #expect(model.text == "x")
  }

  @Test func endOfInputEndsTheRun() async {
    let terminal = InMemoryTerminal(size: Size(width: 20, height: 2))
    let run = Task { await Runtime.run(Echo(), model: .init(), terminal: terminal) }
    terminal.type("a")
    terminal.endInput()
    let model = await run.value
    #expect(model.events.last == .endOfInput)
  }
}

/// Timer effects: the message is built when the delay has passed, so a tick carries the time it fired.
@Suite struct EffectAfterTests {
  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func next() -> Int {
      lock.withLock {
        count += 1; return count
      }
    }
  }

  @Test func theMessageIsBuiltWhenTheTimerFires() async {
    let built = Counter()
    let effect = Effect<Int>.after(.milliseconds(1), id: "t") { built.next() }
    #expect(built.value == 0, "nothing is built when the effect is made")
    guard case .timer(let id, let delay, let make) = effect.action else {
      Issue.record("expected a timer")
      return
    }
    #expect(id == "t")
    #expect(delay == .milliseconds(1))
    #expect(make() == 1)
    #expect(make() == 2, "each firing builds a fresh message")
  }

}
