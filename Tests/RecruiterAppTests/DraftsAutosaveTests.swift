import ApplyCore
import Foundation
import TerminalUI
import Testing

@testable import RecruiterApp

/// Runs `Autosave` on a fake timeline: timers fire when the fake clock reaches them, saves take
/// `saveTime` and can be made to fail. Nothing waits for real time.
private struct Timeline {
  var autosave = AutosaveThrottle()
  var now: Double = 0
  var saveTime: Double = 0.05
  var failNextSaves = 0
  /// Pending timer: when it fires.
  var timerAt: Double?
  /// Pending save: when it finishes, its revision.
  var saving: (at: Double, revision: Int)?
  /// (revision, time on disk) of every successful save.
  var written: [(revision: Int, at: Double)] = []
  /// (revision, time) of every change.
  var changes: [(revision: Int, at: Double)] = []
  var failures: [String] = []
  var maxConcurrentSaves = 0

  mutating func perform(_ commands: [AutosaveThrottle.Command]) {
    for command in commands {
      switch command {
      case .armTimer(let delay): timerAt = now + delay.timeInterval
      case .cancelTimer: timerAt = nil
      case .save(let revision):
        maxConcurrentSaves = max(maxConcurrentSaves, saving == nil ? 1 : 2)
        saving = (now + saveTime, revision)
      }
    }
  }

  /// Lets fake time pass until `time`, firing timers and finishing saves on the way.
  mutating func advance(to time: Double) {
    while true {
      let nextTimer = timerAt ?? .infinity
      let nextSave = saving?.at ?? .infinity
      let next = min(nextTimer, nextSave)
      guard next <= time else { break }
      now = next
      if nextSave <= nextTimer, let save = saving {
        saving = nil
        if failNextSaves > 0 {
          failNextSaves -= 1
          perform(autosave.failed(revision: save.revision, message: "disk full"))
          failures.append("disk full")
        } else {
          written.append((save.revision, now))
          perform(autosave.saved(revision: save.revision, at: Date(timeIntervalSince1970: now)))
        }
      } else {
        timerAt = nil
        perform(autosave.timerFired())
      }
    }
    now = time
  }

  mutating func type(at time: Double) {
    advance(to: time)
    perform(autosave.changed())
    changes.append((autosave.revision, now))
  }

  mutating func screenChange(at time: Double) {
    advance(to: time)
    perform(autosave.flush())
  }

  /// When the change of `revision` reached the disk (a save of it or a later revision).
  func onDisk(_ revision: Int) -> Double? {
    written.first { $0.revision >= revision }?.at
  }
}

@Suite struct DraftsAutosaveTests {
  @Test func aSingleChangeIsSavedTwoSecondsLater() {
    var timeline = Timeline()
    timeline.type(at: 10)
    timeline.advance(to: 11.9)
    #expect(timeline.written.isEmpty)
    timeline.advance(to: 20)
    #expect(timeline.written.count == 1)
    #expect(abs(timeline.written[0].at - (12 + timeline.saveTime)) < 1e-9)
    #expect(timeline.autosave.lastSaved == Date(timeIntervalSince1970: 12.05))
    #expect(!timeline.autosave.isDirty)
  }

  @Test func continuousTypingStillSavesEveryTwoSeconds() {
    var timeline = Timeline()
    for step in 0..<100 { timeline.type(at: Double(step) * 0.1) }  // 10 s of typing, 10 keys a second
    timeline.advance(to: 30)
    #expect(timeline.written.count >= 5)
    for change in timeline.changes {
      let saved = try! #require(timeline.onDisk(change.revision))
      #expect(saved - change.at <= 2 + timeline.saveTime + 1e-9, "change \(change.revision) unsaved too long")
    }
    let gaps = zip(timeline.written.dropFirst(), timeline.written).map { $0.at - $1.at }
    #expect(gaps.allSatisfy { $0 <= 2 + timeline.saveTime + 1e-9 })
    #expect(timeline.maxConcurrentSaves == 1)
  }

  @Test func typingDoesNotPushTheSaveBack() {
    var timeline = Timeline()
    timeline.type(at: 0)
    timeline.type(at: 1.5)
    timeline.type(at: 1.9)
    timeline.advance(to: 2.01)
    #expect(timeline.written.isEmpty)
    timeline.advance(to: 2.06)
    #expect(timeline.written.map(\.revision) == [3])
  }

  @Test func aScreenOrFocusChangeSavesAtOnce() {
    var timeline = Timeline()
    timeline.type(at: 0)
    timeline.type(at: 0.5)
    timeline.screenChange(at: 0.7)
    timeline.advance(to: 0.76)
    #expect(timeline.written.map(\.revision) == [2])
    timeline.advance(to: 5)
    #expect(timeline.written.count == 1, "the cancelled timer must not save again")
  }

  @Test func nothingIsSavedWhenNothingChanged() {
    var timeline = Timeline()
    timeline.screenChange(at: 1)
    timeline.advance(to: 10)
    #expect(timeline.written.isEmpty)
  }

  @Test func aChangeDuringASaveIsSavedWithinTwoSeconds() {
    var timeline = Timeline()
    timeline.saveTime = 0.5
    timeline.type(at: 0)
    timeline.advance(to: 2.2)  // the first save runs from 2.0 to 2.5
    timeline.type(at: 2.2)
    timeline.screenChange(at: 2.3)  // wants a save while one runs: queued, not concurrent
    timeline.advance(to: 10)
    #expect(timeline.maxConcurrentSaves == 1)
    #expect(timeline.written.map(\.revision) == [1, 2])
    #expect(timeline.written[1].at <= 2.2 + 2 + 0.5 + 1e-9)
    #expect(timeline.written[1].at == 3.0, "the queued save starts as soon as the first one ends")
  }

  @Test func aFailedSaveIsShownAndRetried() {
    var timeline = Timeline()
    timeline.failNextSaves = 2
    timeline.type(at: 0)
    timeline.advance(to: 2.1)
    #expect(timeline.autosave.failure == "disk full")
    #expect(timeline.autosave.isDirty)
    timeline.advance(to: 4.1)
    #expect(timeline.failures.count == 2)
    timeline.advance(to: 6.2)  // failed at 2.05 and 4.1, retried 2 s later each time
    #expect(timeline.written.map(\.revision) == [1])
    #expect(timeline.autosave.failure == nil)
  }

  @Test func markSavedClearsDirtiness() {
    var autosave = AutosaveThrottle()
    _ = autosave.changed()
    autosave.markSaved(at: Date(timeIntervalSince1970: 5))
    #expect(!autosave.isDirty)
    #expect(autosave.timerFired().isEmpty)
  }
}

/// Autosave in the running app: what reaches the draft store, and when.
@Suite struct DraftsAppAutosaveTests {
  /// The app on the candidate form of the open sample job.
  static func onCandidateForm() async throws -> (AppTestEnvironment, AppDriver) {
    let environment = try AppTestEnvironment()
    var driver = await AppDriver(environment)
    await driver.type("backend")
    await driver.key(.enter)
    await driver.key(.enter)
    return (environment, driver)
  }

  @Test func typingIsSavedWhenTheFocusMovesNotBefore() async throws {
    var (environment, driver) = try await Self.onCandidateForm()
    await driver.type("Ada")
    let stored = { try environment.services.draftRepository.list().first?.candidateLabel }
    #expect(try stored() != "Ada", "within the 2 s window nothing is written per key")
    #expect(driver.model.autosave.isScheduled)
    await driver.key(.tab)
    #expect(try stored() == "Ada")
    #expect(driver.text().contains("draft saved 12:00:00"))
  }

  @Test func aFailedSaveIsShownOnTheStatusBar() async throws {
    var (environment, driver) = try await Self.onCandidateForm()
    let intruder = DraftLocks(directory: environment.directory + "/locks", processID: 999)
    environment.services.draftRepository.close(driver.model.draftID)
    try intruder.acquire(driver.model.draftID)
    await driver.type("Ada")
    await driver.key(.tab)
    #expect(driver.text().contains("DRAFT NOT SAVED: it is open in another kombo-apply (pid 999"))
    #expect(driver.model.autosave.throttle.isDirty)
    intruder.release(driver.model.draftID)
    await driver.message(.autosave(.due))  // the retry 2 s later
    #expect(!driver.text().contains("DRAFT NOT SAVED"))
    #expect(try environment.services.draftRepository.list().first?.candidateLabel == "Ada")
  }

  /// `o` (same candidate, another job) and `j` (job list) start drafts that are saved like `n`'s: the
  /// first one passes the job picker with no job, which must not leave saving stuck.
  @Test(arguments: ["o", "j"])
  func anApplicationStartedFromTheResultScreenIsSaved(key: String) async throws {
    let environment = try AppTestEnvironment()
    var driver = await AppDriver(environment)
    await AppFlowTests.fillApplication(&driver)
    await driver.key(.control("s"))  // attachments → the review (the job has no questions)
    await driver.key(.enter)  // submit
    guard case .result = driver.model.screen else { Issue.record("expected the result"); return }
    await driver.key(.character(Character(key)))
    await driver.key(.control("u"))
    await driver.type("designer")
    await driver.key(.enter)
    await driver.key(.enter)
    await driver.type("Grace")
    await driver.key(.tab)
    let saved = try environment.services.drafts.list().first { $0.id == driver.model.draftID }
    #expect(saved?.jobReference == "JobDesignerAAAAAAAAAAAA1")
    #expect(saved?.candidateName?.contains("Grace") == true)
    #expect(driver.text().contains("draft saved"))
  }

  /// A draft saved on the questions step keeps the focused question, and resuming focuses it again.
  @Test func aDraftSavedOnTheQuestionsStepResumesOnTheFocusedQuestion() async throws {
    var harness = QuestionsFixture.screen()
    let first = harness.form.focusedField?.key
    await harness.send(.key(.tab), .key(.tab), .key(.tab))
    let focused = try #require(harness.form.focusedField?.key)
    #expect(focused != first)
    let saved = RecruiterProgram.savedDraft(AppModel(screen: .questions(harness.screen), flow: harness.flow))
    #expect(saved.step == "questions")
    #expect(saved.focus == focused)
    let opened = OpenedDraft(
      id: "d", saved: saved, savedAt: Date(), job: QuestionsFixture.job, jobProblem: nil)
    guard case .edit(let path) = opened.resumeNavigation else {
      Issue.record("resuming does not go to the question")
      return
    }
    let resumed = QuestionsScreen(
      questions: QuestionsFixture.questions, answers: [:], today: QuestionsFixture.today,
      files: QuestionsFixture.files, arrival: .field(path), size: Size(width: 80, height: 24))
    #expect(resumed.form.focusedField?.key == focused)
  }
}
