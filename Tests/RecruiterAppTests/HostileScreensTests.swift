import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import TestHarness
import Testing

@testable import RecruiterApp

/// Every screen drawn with a job, ids, warnings and errors whose every string is hostile
/// (`HostileFixture`): no cell holds an escape sequence's character, a control, a bidi control or a
/// zero-width character, no line is wider than the screen, and the text itself still shows.
@Suite struct HostileScreensTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]
  static let hostile = HostileFixture.text

  static func hostileJob() throws -> Job {
    try KomboJSON.decoder().decode(Job.self, from: HostileFixture.jobJSON)
  }

  /// Draws the driver's screen at each size and checks every cell.
  static func expectInert(
    _ driver: AppDriver, _ name: String, showing visible: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for size in sizes {
      var model = driver.model
      _ = driver.program.update(&model, .event(.resize(size)))
      let screen = driver.program.view(model, size: size)
      let text = screen.text
      #expect(
        HostileFixture.forbidden(in: text) == [], "\(name) at \(size.width)x\(size.height)",
        sourceLocation: sourceLocation)
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        #expect(line.displayWidth <= size.width, "\(name): \(line)", sourceLocation: sourceLocation)
      }
      let columns = (0..<size.height).map { y in (0..<size.width).reduce(0) { $0 + Int(screen[$1, y].width) }
      }
      #expect(
        columns.allSatisfy { $0 <= size.width && $0 >= size.width - 1 }, "\(name): cells cover each row",
        sourceLocation: sourceLocation)
      if let visible, size.width == 120 {
        #expect(text.contains(visible), "\(name) shows \(visible)", sourceLocation: sourceLocation)
      }
    }
  }

  @Test func theFlowFromTheJobListToTheReview() async throws {
    let job = try Self.hostileJob()
    var driver = await AppDriver(try AppTestEnvironment(kombo: AppFakeKombo(jobs: [job])))
    Self.expectInert(driver, "job picker", showing: "0 open jobs · +1 not open")
    await driver.key(.control("t"))
    Self.expectInert(driver, "job picker, all jobs", showing: "Backend Engineer (Swift/Server)")
    await driver.key(KeyPress(.down))
    Self.expectInert(driver, "job picker with details", showing: "Backend Engineer (Swift/Server)")
    await driver.key(.enter)  // the preselected first stage is passed; the stage step is still reachable
    await driver.go(.stage)
    Self.expectInert(driver, "stage", showing: "Applied")
    await driver.go(.candidate)
    await driver.fill(["Ada", "Lovelace", "ada@example.com"])
    Self.expectInert(driver, "candidate")
    for destination in [Destination.attachments, .questions, .review] {
      await driver.go(destination)
      Self.expectInert(driver, "\(destination)")
    }
    await driver.go(.questions)
    Self.expectInert(driver, "questions", showing: "Right to work?")
  }

  @Test func resultsOutboxHistoryAndDrafts() async throws {
    let job = try Self.hostileJob()
    let kombo = AppFakeKombo(
      jobs: [job],
      script: [
        .created(Self.hostile("AppHOSTILE", false), warnings: [Self.hostile("A hostile warning", true)]),
        .kombo(status: 400, code: Self.hostile("ATS.WEIRD", false), message: Self.hostile("Rejected", true)),
        .noAnswer,
      ])
    let environment = try AppTestEnvironment(kombo: kombo)
    let draft = ApplicationDraft(
      job: JobReference("remote:" + job.remoteID), stageID: job.stages.first?.id,
      candidate: CandidateDraft(firstName: "Ada", lastName: "Lovelace", emailAddress: "ada@example.com"))
    for (step, visible) in [(0, "A hostile warning"), (1, "ATS.WEIRD"), (2, nil)] {
      var driver = await AppDriver(environment)
      driver.model.flow.job = job
      driver.model.flow.draft = draft
      await driver.go(.submitting)
      Self.expectInert(driver, "result \(step)", showing: visible)
    }
    var driver = await AppDriver(environment)
    for destination in [Destination.history, .outbox, .drafts] {
      await driver.go(destination)
      Self.expectInert(driver, "\(destination)")
    }
    await driver.go(.history)
    Self.expectInert(driver, "history", showing: "AppHOSTILE")
  }
}
