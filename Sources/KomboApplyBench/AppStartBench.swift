import ATSSandbox
import ApplyCore
import Foundation
import KomboAPI
import RecruiterApp
import TerminalUI
import TerminalUITesting

/// The recruiter app from start to the first job list, in process: the embedded sandbox starts,
/// the app runs on an in-memory 120×40 terminal over a real loopback HTTP client and a state database
/// on disk, and the clock stops when the first job row is drawn and when every page has arrived.
/// Also with 20,000 extra jobs (page size 250), to see the list stay usable while pages stream in.
enum AppStartBench {
  static let benchmark = Benchmark(name: "app-start") {
    for (extraJobs, pageSize) in [(0, 100), (20_000, 250)] {
      var firstRows: [Double] = []
      var allLoaded: [Double] = []
      var sandboxStarts: [Double] = []
      for _ in 0..<(extraJobs == 0 ? 7 : 3) {
        let figures = try await run(extraJobs: extraJobs, pageSize: pageSize)
        sandboxStarts.append(figures.sandbox)
        firstRows.append(figures.firstRow)
        allLoaded.append(figures.allLoaded)
      }
      let label = extraJobs == 0 ? "seed jobs (28)" : "\(extraJobs) extra jobs"
      print(Measure.summary("\(label): embedded sandbox start", sandboxStarts.sorted()))
      print(Measure.summary("\(label): app start → first job row drawn", firstRows.sorted()))
      print(Measure.summary("\(label): app start → every page loaded", allLoaded.sorted()))
    }
    catalogAppends()
    print(String(format: "peak RSS %.0f MB", Measure.peakRSSMegabytes()))
  }

  /// The job picker's own cost of taking pages: 100,000 jobs arriving 250 at a time.
  private static func catalogAppends() {
    let stamp = KomboTimestamp(millisecondsSince1970: 1_780_000_000_000)
    let jobs = (0..<100_000).map { index in
      Job(
        id: "job\(index)", remoteID: "\(index)", name: "Software Engineer #\(index)", jobCode: "JOB-\(index)",
        department: "Engineering", status: index % 5 == 0 ? .closed : .open,
        location: KomboLocation(city: "Berlin", country: "DE"), changedAt: stamp)
    }
    var catalog = JobCatalog(height: 30)
    var builds: [Double] = []
    let samples = Measure.samples(iterations: 400) {
      let page = catalog.jobs.count / 250
      if let request = catalog.append(Array(jobs[(page * 250)..<((page + 1) * 250)]), isLast: page == 399) {
        builds += Measure.samples(iterations: 1) { catalog.install(request.build()) }
      }
    }
    print(Measure.summary("job picker taking one 250-job page in update, up to 100,000 jobs", samples))
    print(Measure.summary("  index builds off the update loop", builds.sorted()))
    print(
      "  \(catalog.listedCount) jobs listed, \(catalog.hiddenCount) hidden; update total \(String(format: "%.0f", samples.reduce(0, +))) ms"
    )
  }

  private static func run(extraJobs: Int, pageSize: Int) async throws -> (
    sandbox: Double, firstRow: Double, allLoaded: Double
  ) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kombo-app-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let clock = ContinuousClock()
    let started = clock.now
    let sandbox = try await EmbeddedSandbox.start(
      dataDirectory: directory.appendingPathComponent("sandbox"), extraJobs: extraJobs)
    let sandboxReady = clock.now
    let transport = AsyncHTTPTransport()
    let client = HTTPKomboClient(
      server: try KomboServer(baseURL: sandbox.baseURL.absoluteString),
      apiKey: try BenchSetupError.required(APIKey(sandbox.apiKey), "the sandbox's key"),
      integration: IntegrationID(sandbox.integrationID), transport: transport)
    let database = try StateDatabase(path: directory.appendingPathComponent("state/state.sqlite").path)
    let services = RecruiterServices(
      client: client, database: database, homeDirectory: directory.path, workingDirectory: directory.path,
      backend: BackendInfo(
        label: sandbox.baseURL.absoluteString, isSandbox: true, integrationID: sandbox.integrationID),
      sessionSeed: "bench", jobPageSize: pageSize)
    let program = RecruiterProgram(services: services)
    let terminal = InMemoryTerminal(size: Size(width: 120, height: 40))
    let appStart = clock.now
    var model = program.initialModel(now: Date(), size: terminal.size)
    let effects = program.initialEffects(&model)
    let running = Task {
      await Runtime.run(program, model: model, terminal: terminal, initialEffects: effects)
    }
    await terminal.wait(timeout: .seconds(60)) { $0.screen.line(3).contains("Senior Backend Engineer") }
    let firstRow = clock.now
    await terminal.wait(timeout: .seconds(120)) { $0.screen.line(39).contains("jobs loaded") }
    let loaded = clock.now
    terminal.send(.key(.control("c")))
    terminal.send(.key(.character("y")))
    _ = await running.value
    await transport.shutdown()
    await sandbox.stop()
    return (ms(sandboxReady - started), ms(firstRow - appStart), ms(loaded - appStart))
  }

  private static func ms(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
  }
}
