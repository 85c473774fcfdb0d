import TerminalUI
import TerminalUITesting
import Testing

/// A program of timers: `arm(id, seconds)` starts one that logs `fired(id)`; `cancel(id)` drops it;
/// `tick` re-arms itself every second; `quit` stops.
private struct TimerProgram: Program {
  enum Msg: Sendable, Equatable {
    case arm(String, Int)
    case cancel(String)
    case fired(String)
    case tick
    case quit
  }

  func message(for event: InputEvent) -> Msg? { nil }

  func update(_ model: inout [String], _ message: Msg) -> [Effect<Msg>] {
    switch message {
    case .arm(let id, let seconds): return [.after(.seconds(seconds), id: id, send: .fired(id))]
    case .cancel(let id): return [.cancel(id: id)]
    case .fired(let id):
      model.append(id)
      return []
    case .tick:
      model.append("tick")
      return [.after(.seconds(1), id: "tick", send: .tick)]
    case .quit: return [.quit]
    }
  }

  func view(_ model: [String], size: Size) -> Screen { Screen(size: size) }
}

/// The driver runs timers on virtual time, in due order, and honours cancel(id:) and replacement.
@Suite struct ProgramTestDriverTests {
  @Test func timersFireInDueOrderOnlyWhenTheVirtualClockReachesThem() async {
    var driver = await ProgramTestDriver(TimerProgram(), model: [])
    await driver.send(.arm("late", 5))
    await driver.send(.arm("soon", 2))
    #expect(driver.timerIDs == ["soon", "late"])
    await driver.advance(by: .seconds(1))
    #expect(driver.model.isEmpty, "nothing is due after one second")
    await driver.advance(by: .seconds(4))
    #expect(driver.model == ["soon", "late"])
    #expect(driver.now == .seconds(5))
  }

  @Test func cancelAndASecondTimerWithTheSameIDDropThePendingOne() async {
    var driver = await ProgramTestDriver(TimerProgram(), model: [])
    await driver.send(.arm("save", 2))
    await driver.send(.cancel("save"))
    await driver.send(.arm("other", 3))
    await driver.send(.arm("other", 10))
    await driver.advance(by: .seconds(5))
    #expect(driver.model.isEmpty, "the cancelled timer and the replaced one never fire")
    await driver.advance(by: .seconds(5))
    #expect(driver.model == ["other"])
  }

  @Test func runningTimersStopsAtTheLimitForTicksThatReArmThemselves() async {
    var driver = await ProgramTestDriver(
      TimerProgram(), model: [], initialEffects: [.after(.seconds(1), send: .tick)])
    #expect(await driver.runTimers(limit: 3) == 3)
    #expect(driver.model == ["tick", "tick", "tick"])
    #expect(driver.now == .seconds(3))
    await driver.send(.quit)
    #expect(driver.hasQuit)
    #expect(driver.timers.isEmpty, "quitting drops every timer")
  }
}
