import Foundation
import Testing

@testable import ApplyCore

/// The state database on disk: modes, durability settings, the ledger's transactions, drafts, history.
@Suite struct StoreTests {
  static func temporaryDatabasePath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent(
      "state-\(UUID().uuidString)/kombo-apply/state.sqlite"
    ).path
  }

  private func entry(_ id: UUID = UUID(), state: SubmissionState = .sending(attempt: 1)) -> LedgerEntry {
    LedgerEntry(
      id: id, createdAt: Date(timeIntervalSince1970: 1_000), jobID: "JobAAAAAAAAAAAAAAAAAAAA1",
      jobName: "Backend",
      integrationID: nil, candidateEmail: "ada@example.com", body: Data(#"{"candidate":{}}"#.utf8),
      state: state,
      attempt: 1, ownerPID: 4242)
  }

  @Test func databaseIsPrivateWALWithFullSync() throws {
    let path = Self.temporaryDatabasePath()
    let database = try StateDatabase(path: path)
    try Ledger(database: database).insert(entry())
    #expect(PrivateFiles.mode(of: path) == 0o600)
    #expect(PrivateFiles.mode(of: (path as NSString).deletingLastPathComponent) == 0o700)
    #expect(PrivateFiles.mode(of: path + "-wal").map { $0 == 0o600 } ?? true)
    let durability = try database.durability()
    #expect(durability.journalMode == "wal")
    #expect(durability.synchronous == 2)
  }

  @Test func looseModesAreTightenedOnOpen() throws {
    let path = Self.temporaryDatabasePath()
    let directory = (path as NSString).deletingLastPathComponent
    _ = try StateDatabase(path: path)
    chmod(directory, 0o755)
    chmod(path, 0o644)
    _ = try StateDatabase(path: path)
    #expect(PrivateFiles.mode(of: path) == 0o600)
    #expect(PrivateFiles.mode(of: directory) == 0o700)
  }

  @Test func insertingAnEntryDeletesItsDraftInTheSameTransaction() throws {
    let database = try StateDatabase(path: Self.temporaryDatabasePath())
    let drafts = DraftStore(database: database)
    try drafts.save(
      DraftSummary(id: "d1", jobReference: "remote:4711", candidateName: "Ada L.", updatedAt: Date()),
      payload: Data("{}".utf8))
    let ledger = Ledger(database: database)
    var duplicate = entry()
    try ledger.insert(duplicate, deletingDraft: "d1")
    #expect(try drafts.load(id: "d1") == nil)
    #expect(try ledger.entry(duplicate.id)?.body == duplicate.body)

    try drafts.save(
      DraftSummary(id: "d2", jobReference: nil, candidateName: nil, updatedAt: Date()), payload: Data())
    duplicate.createdAt = Date()
    #expect(throws: (any Error).self) { try ledger.insert(duplicate, deletingDraft: "d2") }
    #expect(try drafts.load(id: "d2") != nil, "a failed insert must keep the draft")
  }

  @Test func successMovesTheEntryToHistoryWithoutCandidateData() throws {
    let database = try StateDatabase(path: Self.temporaryDatabasePath())
    let ledger = Ledger(database: database)
    let pending = entry()
    try ledger.insert(pending)
    try ledger.recordSuccess(
      pending, receipt: SubmissionReceipt(applicationID: "AppX", candidateID: "CanX", warnings: ["w"]),
      at: Date(timeIntervalSince1970: 2_000))
    #expect(try ledger.entries().isEmpty)
    let history = try HistoryStore(database: database).entries()
    #expect(history.map(\.applicationID) == ["AppX"])
    #expect(history.first?.warnings == ["w"])
    #expect(history.first?.jobName == "Backend")
  }

  @Test func failedAndUnknownStatesRoundTrip() throws {
    let ledger = Ledger(database: try StateDatabase(path: Self.temporaryDatabasePath()))
    let failure = SubmissionFailure(
      code: "PLATFORM.RATE_LIMIT_EXCEEDED", httpStatus: 429, title: "Slow down", message: "Too many",
      logURL: "https://app.kombo.dev/logs/1", retryable: true)
    var failed = entry(state: .failed(failure))
    try ledger.insert(failed)
    #expect(try ledger.entry(failed.id)?.state == .failed(failure))
    failed.state = .unknown(reason: "timed out")
    try ledger.update(failed)
    #expect(try ledger.entry(failed.id)?.state == .unknown(reason: "timed out"))
    #expect(try ledger.entries(matching: String(failed.id.uuidString.prefix(8)).lowercased()).count == 1)
  }

  @Test func sendingEntriesOfDeadProcessesBecomeUnknown() throws {
    let ledger = Ledger(database: try StateDatabase(path: Self.temporaryDatabasePath()))
    var alive = entry()
    alive.ownerPID = 1
    let dead = entry()
    try ledger.insert(alive)
    try ledger.insert(dead)
    let changed = try ledger.markInterrupted(at: Date()) { $0 == 1 }
    #expect(changed.map(\.id) == [dead.id])
    #expect(try ledger.entry(alive.id)?.state == .sending(attempt: 1))
    guard case .unknown = try ledger.entry(dead.id)?.state else {
      Issue.record("expected unknown")
      return
    }
  }

  @Test func draftsAreListedNewestFirstAndDeleted() throws {
    let drafts = DraftStore(database: try StateDatabase(path: Self.temporaryDatabasePath()))
    try drafts.save(
      DraftSummary(
        id: "old", jobReference: "J1", candidateName: "A", updatedAt: Date(timeIntervalSince1970: 1)),
      payload: Data("1".utf8))
    try drafts.save(
      DraftSummary(
        id: "new", jobReference: "J2", candidateName: "B", updatedAt: Date(timeIntervalSince1970: 2)),
      payload: Data("2".utf8))
    try drafts.save(
      DraftSummary(
        id: "old", jobReference: "J1", candidateName: "A", updatedAt: Date(timeIntervalSince1970: 0.5)),
      payload: Data("3".utf8))
    #expect(try drafts.list().map(\.id) == ["new", "old"])
    #expect(try drafts.load(id: "old") == Data("3".utf8))
    #expect(try drafts.delete(id: "old"))
    #expect(try !drafts.delete(id: "old"))
  }

  @Test func historyPurgeRemovesOnlyOlderEntries() throws {
    let database = try StateDatabase(path: Self.temporaryDatabasePath())
    let ledger = Ledger(database: database)
    for (index, seconds) in [100.0, 200, 300].enumerated() {
      let pending = entry()
      try ledger.insert(pending)
      try ledger.recordSuccess(
        pending, receipt: SubmissionReceipt(applicationID: "A\(index)", candidateID: nil),
        at: Date(timeIntervalSince1970: seconds))
    }
    let history = HistoryStore(database: database)
    #expect(try history.purge(olderThan: Date(timeIntervalSince1970: 250)) == 2)
    #expect(try history.entries().map(\.applicationID) == ["A2"])
  }

  @Test func onlyOneProcessCanClaimAnEntry() throws {
    let ledger = Ledger(database: try StateDatabase(path: Self.temporaryDatabasePath()))
    let waiting = entry(state: .unknown(reason: "timed out"))
    try ledger.insert(waiting)
    let alive: (Int32) -> Bool = { $0 == 100 }
    #expect(try ledger.claim(waiting.id, processID: 100, at: Date(), isAlive: alive) == .claimed(waiting))
    #expect(try ledger.entry(waiting.id)?.ownerPID == 100)
    #expect(try ledger.claim(waiting.id, processID: 200, at: Date(), isAlive: alive) == .busy(pid: 100))
    #expect(
      try ledger.claim(waiting.id, processID: 200, at: Date(), isAlive: { _ in false }) != .busy(pid: 100))
    #expect(try ledger.claim(UUID(), processID: 200, at: Date(), isAlive: alive) == .missing)

    let rejected = SubmissionFailure(
      code: "ATS.JOB_CLOSED", httpStatus: 400, message: "closed", retryable: false)
    let closed = entry(state: .failed(rejected))
    try ledger.insert(closed)
    #expect(
      try ledger.claim(closed.id, processID: 100, at: Date(), isAlive: alive) == .notRetryable(rejected))
    #expect(try ledger.entry(closed.id)?.state == .failed(rejected))
  }
}
