/// Runs a `Program` on a `Terminal`: one loop merges terminal events and effect results, applies
/// them through `update`, and draws what changed. It sleeps while nothing happens.
///
/// After a hang-up (`TerminalSignal.hangup`) or the end of input it stops drawing: the program still
/// gets the event and can save before it quits. When input has ended and no work is outstanding, the
/// run ends even if the program did not quit.
public enum Runtime {
  /// Runs `program` from `model` until an effect quits or input ends; returns the final model.
  /// - Parameter initialEffects: work to start before the first event (loading data, a timer).
  public static func run<P: Program>(
    _ program: P, model: P.Model, terminal: some Terminal, initialEffects: [Effect<P.Msg>] = []
  ) async -> P.Model {
    var loop = Loop(program: program, model: model, terminal: terminal)
    return await loop.run(initialEffects)
  }
}

/// The state of one run.
private struct Loop<P: Program, T: Terminal> {
  enum Item: Sendable {
    case event(InputEvent)
    case result(P.Msg?, serial: Int)
    case streamed(P.Msg, serial: Int)
    case inputEnded
  }

  let program: P
  var model: P.Model
  let terminal: T
  var size: Size
  var previous: Screen?
  var drawing = true
  var running = true
  var inputClosed = false
  var endDelivered = false
  var nextSerial = 0
  var tasks: [Int: Task<Void, Never>] = [:]
  /// Streaming work that quitting leaves running.
  var outliving: Set<Int> = []
  var serialByID: [String: Int] = [:]
  let items: AsyncStream<Item>
  let sink: AsyncStream<Item>.Continuation

  init(program: P, model: P.Model, terminal: T) {
    self.program = program
    self.model = model
    self.terminal = terminal
    self.size = terminal.size
    (items, sink) = AsyncStream<Item>.makeStream()
  }

  mutating func run(_ initialEffects: [Effect<P.Msg>]) async -> P.Model {
    let sink = self.sink
    let events = terminal.events()
    let input = Task {
      for await event in events { sink.yield(.event(event)) }
      sink.yield(.inputEnded)
    }
    defer {
      input.cancel()
      for (serial, task) in tasks where !outliving.contains(serial) { task.cancel() }
      sink.finish()
    }
    redraw()
    await perform(initialEffects)
    if running { await consume() }
    return model
  }

  private mutating func consume() async {
    for await item in items {
      switch item {
      case .event(let event):
        await handle(event)
      case .result(let message, let serial):
        guard tasks.removeValue(forKey: serial) != nil else { continue }
        outliving.remove(serial)
        serialByID = serialByID.filter { $0.value != serial }
        if let message { await perform(program.update(&model, message)) }
      case .streamed(let message, let serial):
        guard tasks[serial] != nil else { continue }
        await perform(program.update(&model, message))
      case .inputEnded:
        inputClosed = true
        if !endDelivered { await handle(.endOfInput) }
      }
      if inputClosed && tasks.isEmpty { running = false }
      guard running else { return }
      redraw()
    }
  }

  private mutating func handle(_ event: InputEvent) async {
    switch event {
    case .resize(let newSize): size = newSize
    case .signal(.hangup): drawing = false
    case .endOfInput:
      drawing = false
      endDelivered = true
    default: break
    }
    if let message = program.message(for: event) { await perform(program.update(&model, message)) }
  }

  private mutating func perform(_ effects: [Effect<P.Msg>]) async {
    for effect in effects where running {
      switch effect.action {
      case .run(let id, let work):
        start(id: id, work)
      case .timer(let id, let delay, let make):
        start(id: id) {
          do {
            try await Task.sleep(for: delay)
            return make()
          } catch {
            return nil
          }
        }
      case .stream(let id, let outlives, let work):
        if let id { cancel(id) }
        let serial = nextSerial
        nextSerial += 1
        let sink = self.sink
        tasks[serial] = Task {
          await work(Send { sink.yield(.streamed($0, serial: serial)) })
          sink.yield(.result(nil, serial: serial))
        }
        if outlives { outliving.insert(serial) }
        if let id { serialByID[id] = serial }
      case .cancel(let id):
        cancel(id)
      case .quit:
        running = false
      case .suspend:
        guard drawing else { continue }
        await terminal.suspend()
        previous = nil
        size = terminal.size
      }
    }
  }

  /// Runs `work` in a task of its own (replacing unfinished work with the same `id`); its message, unless
  /// cancelled meanwhile, comes back as a result.
  private mutating func start(id: String?, _ work: @escaping @Sendable () async -> P.Msg?) {
    if let id { cancel(id) }
    let serial = nextSerial
    nextSerial += 1
    let sink = self.sink
    tasks[serial] = Task {
      let message = await work()
      sink.yield(.result(Task.isCancelled ? nil : message, serial: serial))
    }
    if let id { serialByID[id] = serial }
  }

  private mutating func cancel(_ id: String) {
    guard let serial = serialByID.removeValue(forKey: id) else { return }
    tasks.removeValue(forKey: serial)?.cancel()
    outliving.remove(serial)
  }

  private mutating func redraw() {
    guard drawing && running else { return }
    let screen = program.view(model, size: size)
    let update = screen.changes(from: previous)
    if update.isFull || !update.runs.isEmpty || screen.cursor != previous?.cursor {
      terminal.draw(update)
    }
    previous = screen
  }
}
