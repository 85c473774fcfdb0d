import ApplyCore
import ApplyCoreTesting
import Foundation
import KomboAPI
import TerminalUI
import TerminalUITesting
import Testing

@testable import RecruiterApp

/// The import screen reached with ctrl+o from the job picker: a real CSV file on disk, checked and sent
/// through the same core as `kombo-apply import`, against the fake Kombo.
@Suite struct ImportScreenTests {
  /// A folder with `people.csv` holding `csv`, and an environment whose picker lists it.
  struct Scenario {
    let environment: AppTestEnvironment
    let path: String
    var driver: AppDriver

    init(_ csv: String, kombo: AppFakeKombo = AppFakeKombo(), size: Size = Size(width: 120, height: 40))
      async throws
    {
      let folder = NSTemporaryDirectory() + "import-screen-" + UUID().uuidString
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      path = folder + "/people.csv"
      try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
      var reader = InMemoryDirectoryReader()
      reader.add(path, .file(size: Int64(csv.utf8.count)))
      environment = try AppTestEnvironment(kombo: kombo, directoryReader: reader)
      driver = await AppDriver(environment, size: size)
      await driver.type("backend")
      await driver.key(.control("o"))
    }

    var screen: ImportScreen? {
      if case .importing(let screen) = driver.model.screen { return screen }
      return nil
    }

    /// Types the file's path into the picker and presses Enter.
    mutating func pick() async {
      await driver.type(path)
      await driver.key(.enter)
    }

    var text: String { driver.text(Size(width: 120, height: 40)) }

    var createdEmails: [String] {
      environment.kombo.createdBodies.compactMap {
        if case .object(let candidate)? = $0["candidate"],
          case .string(let email)? = candidate["email_address"]
        {
          return email
        }
        return nil
      }
    }
  }

  static let header = "First Name,Last Name,E-Mail,Phone\n"

  @Test func ctrlOOpensTheImportForTheJobUnderTheCursorAndEscGoesBack() async throws {
    var scenario = try await Scenario(Self.header)
    #expect(scenario.driver.model.flow.importJob?.id == AppSamples.openJobID)
    #expect(scenario.driver.model.flow.draft.job.trimmed.isEmpty, "the draft is left as it was")
    #expect(scenario.text.contains("File to import into Senior Backend Engineer"))
    await scenario.driver.key(.escape)
    #expect(scenario.driver.model.screen.destination == .jobPicker)
  }

  @Test func everyProblemIsListedWithItsRowAndColumnAndNothingIsSent() async throws {
    let csv =
      Self.header + "Ada,Lovelace,ada@example.com,+44 20 7946 0958\n" + "Alan,Turing,not-an-email,\n"
      + "Grace,Hopper,ADA@example.com,\n"
    var scenario = try await Scenario(csv)
    await scenario.pick()
    guard case .checked(let report)? = scenario.screen?.phase else {
      Issue.record("expected the check's report, got \(scenario.text)"); return
    }
    #expect(report.rows == 3)
    #expect(report.invalidRows == [3, 4])
    let text = scenario.text
    #expect(text.contains("2 of 3 rows have 2 problems"))
    #expect(text.contains("ctrl+s sends the other 1"))
    #expect(text.contains("E-Mail"), "the column as the file names it")
    #expect(text.contains("repeats the email of row 2"))
    #expect(scenario.environment.kombo.createdBodies.isEmpty, "nothing is sent by checking")

    await scenario.driver.key(.enter)
    #expect(scenario.screen?.record?.row == 3)
    #expect(scenario.text.contains("Row 3"))
    #expect(scenario.text.contains("not-an-email"), "the row's values show under the table")
    await scenario.driver.key(KeyPress(.down))
    #expect(scenario.screen?.record?.row == 4, "the pane follows the cursor")
    #expect(scenario.text.contains("Grace"))
  }

  @Test func atEightyByTwentyFourTheCursorRowStaysOnScreenBelowTheNotes() async throws {
    var csv = "first_name,last_name,email,Notes\n"
    for index in 1...20 { csv += "Cand,\(index),bad-\(index),note\n" }
    let small = Size(width: 80, height: 24)
    var scenario = try await Scenario(csv, size: small)
    await scenario.pick()
    #expect(scenario.driver.text(small).contains("Columns that fill no field, never sent: Notes."))
    await scenario.driver.key(KeyPress(.end))
    let lines = scenario.driver.text(small).split(separator: "\n", omittingEmptySubsequences: false)
    let cursor = try #require(lines.firstIndex { $0.hasPrefix("> 21 ") }, "the last row is drawn")
    #expect(cursor < 22, "above the help line (row 22), not behind it: row \(cursor)")
    await scenario.driver.key(.enter)
    let withRow = scenario.driver.text(small).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(withRow.contains { $0.hasPrefix("> 21 ") }, "the cursor row stays while the row shows")
    #expect(withRow.contains { $0.contains("Row 21") })
  }

  @Test func sendingTheValidRowsAsksFirstThenCreatesOnlyThose() async throws {
    let csv = Self.header + "Ada,Lovelace,ada@example.com,\n" + "Alan,Turing,not-an-email,\n"
    var scenario = try await Scenario(csv)
    await scenario.pick()
    await scenario.driver.key(.control("s"))
    #expect(scenario.screen?.dialog?.title == "Send the valid rows?")
    #expect(
      scenario.screen?.dialog?.message.contains("A fixed file is a new import that sends every row again")
        == true,
      "it does not promise that a fixed file skips the rows created now")
    #expect(scenario.environment.kombo.createdBodies.isEmpty, "not before the user says so")
    await scenario.driver.key(.character("y"))
    guard case .finished(let summary)? = scenario.screen?.phase else {
      Issue.record("expected the summary, got \(scenario.text)"); return
    }
    #expect(summary.created == 1)
    #expect(summary.invalid == 1, "the skipped row is counted as invalid, not as sent")
    #expect(scenario.createdEmails == ["ada@example.com"])
    #expect(scenario.text.contains("created  1"))
    #expect(try scenario.environment.services.history.entries().count == 1)
  }

  @Test func anUnclearRowStaysInTheOutboxAndImportingAgainFinishesWithoutResendingTheRest() async throws {
    let kombo = AppFakeKombo(script: [.created("AppADA"), .noAnswer])
    let csv = Self.header + "Ada,Lovelace,ada@example.com,\n" + "Alan,Turing,alan@example.com,\n"
    var scenario = try await Scenario(csv, kombo: kombo)
    await scenario.pick()
    #expect(scenario.text.contains("2 rows checked: all valid"))
    await scenario.driver.key(.control("s"))
    guard case .finished(let first)? = scenario.screen?.phase else {
      Issue.record("expected the summary, got \(scenario.text)"); return
    }
    #expect(first.created == 1)
    #expect(first.unknown == 1)
    #expect(scenario.text.contains("Import the same file again (ctrl+r) to finish"))
    #expect(scenario.text.contains("alan@example.com"), "the unclear row is listed")
    #expect(try scenario.environment.services.ledger.entries().count == 1)

    scenario.environment.clock.advance(by: .seconds(361))
    await scenario.driver.key(.control("r"))
    await scenario.driver.key(.control("s"))
    guard case .finished(let second)? = scenario.screen?.phase else {
      Issue.record("expected the second summary, got \(scenario.text)"); return
    }
    #expect(second.alreadyCreated == 1, "Ada's row was created by the first run")
    #expect(second.created == 1)
    #expect(scenario.createdEmails == ["ada@example.com", "alan@example.com", "alan@example.com"])
    #expect(try scenario.environment.services.ledger.entries().isEmpty)
    await scenario.driver.key(.enter)
    #expect(scenario.driver.model.screen.destination == .jobPicker)
  }

  @Test func aFileThatIsNotUTF8IsNamedAndNothingCanBeSent() async throws {
    var scenario = try await Scenario(Self.header)
    try Data(
      Self.header.utf8 + [
        0x4A, 0xF6, 0x72, 0x67, 0x2C, 0x4D, 0x2C, 0x6A, 0x40, 0x65, 0x2E, 0x63, 0x6F, 0x2C, 0x0A,
      ]
    )
    .write(to: URL(fileURLWithPath: scenario.path))
    await scenario.pick()
    guard case .checked(let report)? = scenario.screen?.phase else {
      Issue.record("expected the check's report, got \(scenario.text)"); return
    }
    #expect(report.fileError == .notUTF8(path: scenario.path, row: 2))
    #expect(
      scenario.driver.text(Size(width: 600, height: 40)).contains(
        "is not UTF-8 text (decoding failed in row 2)"),
      "the screen says so (wide enough for any temporary path)")
    await scenario.driver.key(.control("s"))
    guard case .checked? = scenario.screen?.phase else {
      Issue.record("ctrl+s must not send an unreadable file"); return
    }
    #expect(scenario.environment.kombo.createdBodies.isEmpty)
  }

  @Test func escWhileSendingStopsStartingRowsAndTheSummarySaysHowManyWereNotStarted() async throws {
    let csv = Self.header + "Ada,Lovelace,ada@example.com,\n" + "Alan,Turing,alan@example.com,\n"
    var scenario = try await Scenario(csv)
    await scenario.pick()
    guard var screen = scenario.screen else {
      Issue.record("expected the import screen"); return
    }
    var flow = scenario.driver.model.flow
    let sending = screen.handle(.key(.control("s")), flow: &flow)
    guard case .sending(_, stopping: false) = screen.phase else {
      Issue.record("ctrl+s on a clean file starts sending"); return
    }
    let stop = screen.handle(.key(.escape), flow: &flow)
    guard case .sending(_, stopping: true) = screen.phase else {
      Issue.record("esc asks to stop"); return
    }
    #expect(screen.keyHelp.isEmpty, "nothing more to press while the rows in flight finish")
    for effect in stop.effects { _ = await effect.messages() }
    #expect(screen.stopSwitch.isStopping)
    for effect in sending.effects {
      for message in await effect.messages() { _ = screen.update(message, flow: &flow) }
    }
    guard case .finished(let summary) = screen.phase else {
      Issue.record("expected the summary"); return
    }
    #expect(summary.notStarted == 2)
    #expect(summary.needsRerun)
    #expect(scenario.environment.kombo.createdBodies.isEmpty)
  }
}
