import ApplyCore
import Foundation
import KomboAPI
import SnapshotTesting
import TerminalUI
import Testing

@testable import RecruiterApp

/// Text snapshots of this branch's screens (resume prompt, drafts list, outbox, history, a setup
/// problem) at 80×24 and 120×40, as the default theme (16 colours) and mono (NO_COLOR) draw them.
/// Re-record with `SNAPSHOT_TESTING_RECORD=all swift test --filter DraftsSnapshotTests`.
@Suite(.serialized) struct DraftsSnapshotTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  static func assertLooks(_ name: String, _ draw: (Size) -> Screen) throws {
    let theme = try #require(ThemeLoader.bundled("default"))
    for size in sizes {
      let screen = draw(size)
      let label = "\(size.width)x\(size.height)"
      assertSnapshot(
        of: screen.styledText(label: theme.dumpLabel(depth: .ansi16)), as: .lines, named: "\(label)-default",
        testName: name)
      assertSnapshot(
        of: screen.styledText(label: theme.dumpLabel(depth: .mono)), as: .lines, named: "\(label)-mono",
        testName: name)
    }
  }

  /// The app model resized to `size`, drawn.
  static func draw(_ program: RecruiterProgram, _ model: AppModel, _ size: Size) -> Screen {
    var model = model
    _ = program.update(&model, .event(.resize(size)))
    return program.view(model, size: size)
  }

  @Test func resumePrompt() async throws {
    let scenario = try await DraftsScenario(
      [
        ("run1-1", DraftsScenario.savedDraft(), 5), ("run0-1", DraftsScenario.savedDraft(first: "Grace"), 90),
      ], outbox: 1)
    try Self.assertLooks("resume-prompt") { Self.draw(scenario.driver.program, scenario.driver.model, $0) }
  }

  @Test func draftsList() async throws {
    var scenario = try await DraftsScenario([
      ("run1-1", DraftsScenario.savedDraft(), 5),
      ("run0-1", DraftsScenario.savedDraft(first: "Grace", job: ""), 90),
      ("run0-2", DraftsScenario.savedDraft(first: "Alan", last: "Turing"), 60 * 30),
    ])
    await scenario.driver.key(.character("a"))
    try Self.assertLooks("drafts-list") { Self.draw(scenario.driver.program, scenario.driver.model, $0) }
  }

  @Test func outbox() async throws {
    var scenario = try await OutboxScenario()
    await scenario.driver.key(KeyPress(.down))
    try Self.assertLooks("outbox") { Self.draw(scenario.driver.program, scenario.driver.model, $0) }
  }

  @Test func history() async throws {
    let scenario = try await HistoryScenario()
    try Self.assertLooks("history") { Self.draw(scenario.driver.program, scenario.driver.model, $0) }
  }

  @Test func setupProblem() async throws {
    let kombo = ScriptedKombo(
      details: .failure(ScriptedKombo.apiError(.integrationSetupSyncPending, status: 409)))
    let scenario = try LaunchScenario(kombo)
    let driver = await LaunchDriver(scenario.services(known: LaunchScenario.known))
    try Self.assertLooks("setup-sync-pending") { driver.program.view(driver.model, size: $0) }
  }

  @Test func integrationPicker() async throws {
    let scenario = try LaunchScenario()
    let driver = await LaunchDriver(
      scenario.services(integration: nil, known: LaunchScenario.known, lastUsed: AppFakeKombo.integrationID))
    try Self.assertLooks("integration-picker") { driver.program.view(driver.model, size: $0) }
  }
}
