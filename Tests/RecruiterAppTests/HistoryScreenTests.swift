import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import Testing

@testable import RecruiterApp

/// Two applications created an hour apart, then the history opened from the job picker (f4).
struct HistoryScenario {
  let fixture: StateFixture
  var driver: ProgramDriver

  init(count: Int = 2) async throws {
    fixture = try StateFixture()
    let ledger = Ledger(database: fixture.database)
    for index in 0..<count {
      let entry = LedgerEntry(
        id: UUID(uuidString: "00000000-0000-0000-0000-00000000000\(index)")!,
        createdAt: AppTestEnvironment.start, jobID: AppSamples.openJobID,
        jobName: index == 0 ? "Senior Backend Engineer" : "Product Designer",
        integrationID: AppFakeKombo.integrationID, candidateEmail: "c\(index)@example.com",
        body: Data("{}".utf8),
        state: .sending(attempt: 1))
      try ledger.insert(entry)
      let receipt = SubmissionReceipt(
        applicationID: "AppHIST\(index)AAAAAAAAAAAAAAAA", candidateID: "CanHIST\(index)AAAAAAAAAAAAAAAA",
        warnings: index == 1 ? ["gender ignored"] : [], reconciled: index == 1)
      try ledger.recordSuccess(
        entry, receipt: receipt, at: AppTestEnvironment.start.addingTimeInterval(Double(index) * 3600 - 7200))
    }
    driver = await ProgramDriver(scriptedServices(ScriptedKombo(), fixture: fixture))
    await driver.key(KeyPress(.function(4)))
  }
}

@Suite struct HistoryScreenTests {
  @Test func createdApplicationsAreListedNewestFirst() async throws {
    var scenario = try await HistoryScenario()
    guard case .history(let history) = scenario.driver.model.screen else {
      Issue.record("expected history"); return
    }
    #expect(history.entries.map(\.applicationID) == ["AppHIST1AAAAAAAAAAAAAAAA", "AppHIST0AAAAAAAAAAAAAAAA"])
    let text = scenario.driver.text()
    #expect(text.contains("History (2)"))
    #expect(text.contains("today 11:00  AppHIST1AAAAAAAAAAAAAAAA Product Designer"))
    #expect(text.contains("Candidate id  CanHIST1AAAAAAAAAAAAAAAA"))
    #expect(
      scenario.driver.text(Size(width: 120, height: 40)).contains(
        "today 11:00  AppHIST1AAAAAAAAAAAAAAAA CanHIST1AAAAAAAAAAAAAAAA Product Designer"))
    #expect(text.contains("by looking it up after an unclear answer"))
    #expect(text.contains("gender ignored"))
    await scenario.driver.key(KeyPress(.down))
    #expect(scenario.driver.text().contains("Senior Backend Engineer · " + AppSamples.openJobID))
    await scenario.driver.key(.escape)
    guard case .jobPicker = scenario.driver.model.screen else {
      Issue.record("expected the job picker"); return
    }
  }

  @Test func anEmptyHistorySaysSo() async throws {
    let scenario = try await HistoryScenario(count: 0)
    #expect(scenario.driver.text().contains("No applications created yet from this machine."))
  }
}
