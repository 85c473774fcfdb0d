import ATSSandbox
import ApplyCore
import Foundation
import KomboAPI
import RecruiterApp
import TerminalUI
import TerminalUITesting

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The questions screen on the sandbox's 64-question job (Graduate Programme 2027): building the form
/// from the job and the draft, and one keystroke through the screen (update, the answers written to
/// the draft, view, diff) with every conditional question open, at 80×24 and 200×60
/// (target: p99 ≤ 16 ms, one frame).
enum QuestionsFormBench {
  static let jobID = "6AKJhemgsFKKGT83cJeDe9VX"

  static let benchmark = Benchmark(name: "questions-form") {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kombo-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let sandbox = try await EmbeddedSandbox.start(dataDirectory: directory)
    var request = URLRequest(
      url: try BenchSetupError.required(
        URL(string: sandbox.baseURL.absoluteString + "/ats/jobs?ids=\(jobID)"), "the job's URL"))
    request.setValue("Bearer \(sandbox.apiKey)", forHTTPHeaderField: "Authorization")
    request.setValue(sandbox.integrationID, forHTTPHeaderField: "X-Integration-Id")
    let (data, _) = try await URLSession(configuration: .ephemeral).data(for: request)
    await sandbox.stop()
    guard let job = try KomboJSON.decoder().decode(KomboPage<Job>.self, from: data).results.first else {
      print("job \(jobID) not found in the sandbox")
      return
    }
    var answers: [String: AnswerDraft] = [:]
    for question in job.screeningQuestions {
      if question.id.isEmpty { continue }
      if case .boolean? = question.format { answers[question.id] = .boolean(true) }
      if case .singleSelect(let select)? = question.format, let research = select.options.last {
        answers[question.id] = .option(research.id)
      }
    }
    let today = CalendarDate(year: 2026, month: 5, day: 14)
    let files = FileBrowsing(directory: "/", home: "/", reader: InMemoryDirectoryReader())
    let build = Measure.samples(iterations: 200) {
      _ = QuestionsScreen(
        questions: job.screeningQuestions, answers: answers, today: today, files: files, arrival: .forward,
        size: Size(width: 80, height: 24))
    }
    print("questions: \(job.screeningQuestions.count), answered: \(answers.count)")
    print(Measure.summary("build the form from the job and the draft", build))
    for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
      var flow = Flow(
        backend: BackendInfo(label: "bench", isSandbox: true, integrationID: nil), now: Date(),
        timeZone: TimeZone(secondsFromGMT: 0) ?? .current, size: size, sessionSeed: "bench")
      flow.job = job
      flow.draft = ApplicationDraft(job: JobReference(job.id), answers: answers)
      var screen = QuestionsScreen(
        questions: job.screeningQuestions, answers: answers, today: today, files: files,
        arrival: .field(.answer(job.screeningQuestions[40].id)), size: size)
      print("visible fields: \(screen.form.visiblePaths.count)")
      var previous = screen.view(flow: flow, size: size)
      let keys: [InputEvent] = [
        .key(.character("a")), .key(.character("ë")), .key(.backspace), .key(.backspace),
      ]
      var step = 0
      let samples = Measure.samples(iterations: 2000) {
        _ = screen.handle(keys[step % keys.count], flow: &flow)
        let drawn = screen.view(flow: flow, size: size)
        _ = drawn.changes(from: previous)
        previous = drawn
        step += 1
      }
      print(
        Measure.summary("keystroke at \(size.width)×\(size.height) (update + draft + view + diff)", samples))
    }
  }
}
