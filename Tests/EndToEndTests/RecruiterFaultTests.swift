import Foundation
import Testing

/// Submissions through the terminal UI when the network or the ATS misbehaves (the sandbox's
/// `--faults`): retried when nothing can have been created, reconciled — never sent twice — when the
/// request may have arrived.
@Suite(.serialized) struct RecruiterFaultTests {
  @Test func aBare503IsRetriedAndTheApplicationIsCreatedOnce() async throws {
    let sandbox = try await RecruiterSandbox.start(faults: "create:503*1")
    let app = try RecruiterSession(sandbox: sandbox)
    let email = "erika.retry@example.com"
    try await app.launch()
    try await app.submitQuickApplication(email: email)
    try await app.see("✓ Application created")
    try await app.see("2 attempts")
    #expect(try await sandbox.remainingFaults() == "", "the 503 was met")
    #expect(try await sandbox.applications(jobID: QuickJob.id, email: email).count == 1)
    await sandbox.stop()
  }

  @Test func aConnectionDroppedAfterTheCommitIsReconciledWithoutADuplicate() async throws {
    let sandbox = try await RecruiterSandbox.start(faults: "create:drop-after-commit*1")
    let app = try RecruiterSession(sandbox: sandbox)
    let email = "erika.dropped@example.com"
    try await app.launch()
    try await app.submitQuickApplication(email: email)
    try await app.see("✓ Application created (confirmed by looking it up)")
    #expect(try await sandbox.applications(jobID: QuickJob.id, email: email).count == 1)
    try await app.press("j")
    try await app.see("jobs loaded")
    try await app.press("F3")
    try await app.see("The outbox is empty")
    await sandbox.stop()
  }

  @Test func anUnknownOutcomeWaitsInTheOutboxAndItsRetryFindsTheApplication() async throws {
    let sandbox = try await RecruiterSandbox.start(
      faults: "create:drop-after-commit*1,candidates:500,applications:500")
    let app = try RecruiterSession(sandbox: sandbox)
    let email = "erika.unknown@example.com"
    try await app.launch()
    try await app.submitQuickApplication(email: email)
    try await app.see("? Outcome unknown: kept in the outbox")
    try await app.see("looking it up afterwards")

    // Lookups work again; a create request would now fail and use this fault up.
    try await sandbox.setFaults("create:500*1")
    #expect(
      try await sandbox.applications(jobID: QuickJob.id, email: email).count == 1, "created, unconfirmed")
    try await app.press("j")
    try await app.see("jobs loaded")
    try await app.press("F3")
    try await app.see("Outbox (1)")
    try await app.see("unknown")
    try await app.press("r")
    try await app.see("✓ Application created (confirmed by looking it up)")
    try await app.see("Outbox (0)")
    #expect(try await sandbox.remainingFaults() == "create:500*1", "the retry sent no create request")
    #expect(try await sandbox.applications(jobID: QuickJob.id, email: email).count == 1)
    await sandbox.stop()
  }
}
