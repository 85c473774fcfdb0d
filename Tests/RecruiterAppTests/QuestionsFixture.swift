import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import TerminalUITesting

@testable import RecruiterApp

/// A demo job's questions for the questions, attachments and review tests: every format and display
/// type, EEO and demographic questions, an INFORMATION block, an UNKNOWN question, and a two-deep
/// precondition chain (boolean parent → select child → text grandchild).
enum QuestionsFixture {
  static let today = CalendarDate(year: 2026, month: 5, day: 14)

  static func option(_ id: String, _ name: String) -> KomboAPI.SelectOption {
    KomboAPI.SelectOption(id: id, name: name)
  }

  static let questions: [ScreeningQuestion] = [
    ScreeningQuestion(
      id: "Q_intro", title: "Before you start",
      description: "<p>Takes <strong>five minutes</strong>.</p><script>alert(1)</script>",
      format: .information,
      index: 0),
    ScreeningQuestion(
      id: "Q_headline", title: "Your professional headline", required: true,
      format: .text(.init(displayType: .singleLine, maxLength: 20)), index: 1),
    ScreeningQuestion(
      id: "Q_motivation", title: "Why do you want to join us?",
      format: .text(.init(displayType: .multiLine, maxLength: 200)),
      index: 2),
    ScreeningQuestion(
      id: "Q_referee", title: "Email address of a referee", format: .text(.init(displayType: .email)),
      index: 3),
    ScreeningQuestion(
      id: "Q_portfolio", title: "Portfolio link", format: .text(.init(displayType: .url, maxLength: 500)),
      index: 4),
    ScreeningQuestion(
      id: "Q_years", title: "Years of experience", required: true,
      format: .number(.init(displayType: .field, min: 0, max: 50)), index: 5),
    ScreeningQuestion(
      id: "Q_remote", title: "Remote days per week",
      format: .number(.init(displayType: .slider, min: 0, max: 5)),
      index: 6),
    ScreeningQuestion(
      id: "Q_sample", title: "Work sample",
      format: .file(.init(acceptedMimeTypes: ["application/pdf"], maxFileSizeBytes: 1000)), index: 7),
    ScreeningQuestion(
      id: "Q_notice", title: "Notice period", required: true,
      format: .singleSelect(
        .init(displayType: .dropdown, options: [option("O_none", "None"), option("O_month", "1 month")])),
      index: 8),
    ScreeningQuestion(
      id: "Q_mode", title: "Way of working",
      format: .singleSelect(
        .init(displayType: .radio, options: [option("O_site", "On site"), option("O_remote", "Remote")])),
      index: 9),
    ScreeningQuestion(
      id: "Q_langs", title: "Languages",
      format: .multiSelect(
        .init(options: [option("O_en", "English"), option("O_de", "Deutsch"), option("O_ja", "日本語")])),
      index: 10),
    ScreeningQuestion(id: "Q_relocate", title: "Willing to relocate?", format: .boolean, index: 11),
    ScreeningQuestion(id: "Q_start", title: "Earliest start date", required: true, format: .date, index: 12),
    ScreeningQuestion(
      id: "Q_visa", title: "Needs visa sponsorship?", required: true, format: .boolean, index: 13),
    ScreeningQuestion(
      id: "Q_visa_type", title: "Which permit?", required: true,
      format: .singleSelect(
        .init(displayType: .radio, options: [option("O_blue", "EU Blue Card"), option("O_other", "Other")])),
      index: 14, preconditionQuestionID: "Q_visa", preconditionOptions: .booleans([true])),
    ScreeningQuestion(
      id: "Q_visa_details", title: "Describe the permit", required: true,
      format: .text(.init(displayType: .multiLine, maxLength: 500)), index: 15,
      preconditionQuestionID: "Q_visa_type",
      preconditionOptions: .options(["O_other"])),
    ScreeningQuestion(
      id: "Q_assessment", title: "Coding assessment", required: true,
      format: .unknown(rawQuestion: .string("assessment")), index: 16),
    ScreeningQuestion(
      id: "Q_eeo_gender", title: "Gender", description: "<p>Answering is <b>voluntary</b>.</p>",
      category: .eeo,
      format: .singleSelect(
        .init(displayType: .dropdown, options: [option("O_f", "Female"), option("O_m", "Male")])),
      index: 17),
    ScreeningQuestion(
      id: "Q_age", title: "Age range", category: .demographic,
      format: .singleSelect(.init(options: [option("O_young", "Under 25"), option("O_old", "25 or older")])),
      index: 18),
  ]

  static let job = Job(
    id: "JobAAAAAAAAAAAAAAAAAAAA1", remoteID: "4711", name: "Senior Backend Engineer",
    changedAt: KomboTimestamp(millisecondsSince1970: 0), screeningQuestions: questions)

  static var files: FileBrowsing {
    var reader = InMemoryDirectoryReader()
    reader.add("/home/ann/sample.pdf", .file(size: 800))
    reader.add("/home/ann/huge.pdf", .file(size: 5000))
    reader.add("/home/ann/photo.png", .file(size: 300))
    return FileBrowsing(directory: "/home/ann", home: "/home/ann", reader: reader)
  }

  /// A flow on the fixture job with `answers` in its draft.
  static func flow(answers: [String: AnswerDraft] = [:], size: Size = Size(width: 80, height: 24)) -> Flow {
    var flow = Flow(
      backend: BackendInfo(label: "sandbox", isSandbox: true, integrationID: nil),
      now: Date(timeIntervalSince1970: 1_778_760_000), timeZone: TimeZone(identifier: "UTC")!, size: size,
      sessionSeed: "questions")
    flow.job = job
    flow.draft = ApplicationDraft(job: JobReference(job.id), answers: answers)
    return flow
  }

  static func screen(answers: [String: AnswerDraft] = [:], size: Size = Size(width: 80, height: 24))
    -> QuestionsHarness
  {
    let flow = flow(answers: answers, size: size)
    let screen = QuestionsScreen(
      questions: questions, answers: answers, today: today, files: files, arrival: .forward, size: size)
    return QuestionsHarness(screen: screen, flow: flow)
  }

  static func key(_ id: String) -> String { "answers.\(id)" }
}

/// A questions screen with its flow, driven as the app drives it.
struct QuestionsHarness {
  var screen: QuestionsScreen
  var flow: Flow
  /// Where the last event asked to go.
  var navigation: Navigation?

  var form: Form { screen.form }

  /// Sends events, running field tasks (directory listings) to completion.
  mutating func send(_ events: InputEvent...) async {
    for event in events {
      let transition = screen.handle(event, flow: &flow)
      navigation = transition.navigation
      var pending = transition.effects
      while !pending.isEmpty {
        let effect = pending.removeFirst()
        for message in await effect.messages() { pending += screen.update(message, flow: &flow).effects }
      }
    }
  }

  /// Types text character by character.
  mutating func type(_ text: String) async {
    for character in text { await send(.key(.character(character))) }
  }

  /// Focuses a question's field as the review's jump does.
  mutating func focus(_ id: String) {
    screen = QuestionsScreen(
      questions: QuestionsFixture.questions, answers: flow.draft.answers, today: QuestionsFixture.today,
      files: QuestionsFixture.files, arrival: .field(.answer(id)), size: flow.size)
  }

  /// The keys of the visible fields, in order.
  var visibleKeys: [String] { form.visiblePaths.map { form.field(at: $0).key } }

  /// The draft's answers.
  var answers: [String: AnswerDraft] { flow.draft.answers }

  /// The screen as the app draws it, as text.
  func text(_ size: Size) -> String { screen.view(flow: flow, size: size).text }
}
