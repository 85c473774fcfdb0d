public import Foundation
import GRDB

/// The submission ledger and outbox: every confirmed submission is written here before it is sent.
///
/// Successful submissions leave the ledger (and its copy of the candidate data) for the history in the
/// same transaction; failed and unknown ones stay as the outbox until retried or dropped.
public struct Ledger: Sendable {
  private let database: StateDatabase

  /// A ledger over `database`.
  public init(database: StateDatabase) {
    self.database = database
  }

  /// Every column of an entry, its body included.
  private static let selectWithBody =
    "SELECT submission.*, submission_body.body FROM submission JOIN submission_body USING (id)"

  /// Writes a new entry and, in the same transaction, deletes the draft it was made from.
  public func insert(_ entry: LedgerEntry, deletingDraft draftID: String? = nil) throws {
    try database.pool.write { db in
      var columns = entry.stateColumns
      columns["id"] = entry.id.uuidString
      columns["created_at"] = entry.createdAt.timeIntervalSince1970
      columns["job_id"] = entry.jobID
      columns["job_name"] = entry.jobName
      columns["integration_id"] = entry.integrationID
      columns["candidate_email"] = entry.candidateEmail
      let names = columns.keys.sorted()
      let placeholders = names.map { _ in "?" }.joined(separator: ", ")
      // Typed, so the sequence initialiser is chosen (an optional parameter would take the failable one).
      let arguments: StatementArguments = StatementArguments(names.map { columns[$0] ?? nil })
      try db.cachedStatement(
        sql: "INSERT INTO submission (\(names.joined(separator: ", "))) VALUES (\(placeholders))"
      ).execute(arguments: arguments)
      try db.cachedStatement(sql: "INSERT INTO submission_body (id, body) VALUES (?, ?)")
        .execute(arguments: [entry.id.uuidString, entry.body])
      if let draftID {
        try db.execute(sql: "DELETE FROM draft WHERE id = ?", arguments: [draftID])
      }
    }
  }

  /// Saves the state, attempt, resend flag and owner of `entry` (the rest never changes).
  public func update(_ entry: LedgerEntry) throws {
    try database.pool.write { db in try Self.saveState(of: entry, in: db) }
  }

  private static func saveState(of entry: LedgerEntry, in db: Database) throws {
    let columns = entry.stateColumns
    let names = columns.keys.sorted()
    let arguments: StatementArguments = StatementArguments(
      names.map { columns[$0] ?? nil } + [entry.id.uuidString])
    try db.cachedStatement(
      sql: "UPDATE submission SET \(names.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?"
    ).execute(arguments: arguments)
  }

  /// Moves `entry` to the history as succeeded: deletes the ledger row, inserts the history row.
  @discardableResult
  public func recordSuccess(
    _ entry: LedgerEntry, receipt: SubmissionReceipt, at date: Date
  ) throws -> HistoryEntry {
    let history = HistoryEntry(entry: entry, receipt: receipt, at: date)
    try database.pool.write { db in
      try history.insert(db)
      try db.cachedStatement(sql: "DELETE FROM submission WHERE id = ?").execute(arguments: [
        entry.id.uuidString
      ])
    }
    return history
  }

  /// The entry with this id, if it is still in the ledger.
  public func entry(_ id: UUID) throws -> LedgerEntry? {
    try database.pool.read { db in
      try Row.fetchOne(
        db.cachedStatement(sql: "\(Self.selectWithBody) WHERE id = ?"), arguments: [id.uuidString]
      )
      .map(LedgerEntry.init)
    }
  }

  /// Entries whose id starts with `prefix` (case-insensitive), for short ids typed by people.
  public func entries(matching prefix: String) throws -> [LedgerEntry] {
    guard !prefix.isEmpty, prefix.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { return [] }
    return try database.pool.read { db in
      try Row.fetchAll(
        db, sql: "\(Self.selectWithBody) WHERE id LIKE ? ORDER BY created_at",
        arguments: [prefix.uppercased() + "%"]
      ).map(LedgerEntry.init)
    }
  }

  /// Every entry in the ledger (the outbox), oldest first.
  public func entries() throws -> [LedgerEntry] {
    try database.pool.read { db in
      try Row.fetchAll(db, sql: "\(Self.selectWithBody) ORDER BY created_at").map(LedgerEntry.init)
    }
  }

  /// Deletes an entry (the user gave up on it); returns whether it existed.
  @discardableResult
  public func remove(_ id: UUID) throws -> Bool {
    try database.delete("DELETE FROM submission WHERE id = ?", [id.uuidString]) > 0
  }

  /// Turns `sending` entries whose sending process is gone into `unknown`; returns them.
  ///
  /// - Parameter isAlive: whether a process id still runs (this process counts as alive only if
  ///   the caller says so).
  @discardableResult
  public func markInterrupted(at date: Date, isAlive: (Int32) -> Bool) throws -> [LedgerEntry] {
    try database.pool.write { db in
      let rows = try Row.fetchAll(db, sql: "\(Self.selectWithBody) WHERE state = 'sending'")
      var changed: [LedgerEntry] = []
      for row in rows {
        var entry = LedgerEntry(row: row)
        if let pid = entry.ownerPID, isAlive(pid) { continue }
        entry.state = .unknown(reason: "the program stopped while attempt \(entry.attempt) was being sent")
        entry.ownerPID = nil
        entry.updatedAt = date
        try Self.saveState(of: entry, in: db)
        changed.append(entry)
      }
      return changed
    }
  }

  /// What `claim` found.
  public enum Claim: Sendable, Equatable {
    /// The entry, as it was before this process took it (its state says what to do next).
    case claimed(LedgerEntry)
    /// Another live process is sending it.
    case busy(pid: Int32)
    /// It failed in a way that must not be resent unchanged; it was left as it is.
    case notRetryable(SubmissionFailure)
    /// No entry has this id.
    case missing
  }

  /// Takes an entry for `processID` so that two processes never retry it at once: in one transaction
  /// (GRDB begins writes IMMEDIATE, taking SQLite's write lock before the read), checks that no other
  /// live process is sending it and marks it `sending` by this one.
  public func claim(
    _ id: UUID, processID: Int32, at date: Date, isAlive: (Int32) -> Bool
  ) throws -> Claim {
    try database.pool.write { db in
      guard
        let row = try Row.fetchOne(db, sql: "\(Self.selectWithBody) WHERE id = ?", arguments: [id.uuidString])
      else { return .missing }
      let entry = LedgerEntry(row: row)
      switch entry.state {
      case .sending:
        if let pid = entry.ownerPID, pid != processID, isAlive(pid) { return .busy(pid: pid) }
      case .failed(let failure) where !failure.retryable:
        return .notRetryable(failure)
      default:
        break
      }
      var taken = entry
      taken.state = .sending(attempt: entry.attempt)
      taken.ownerPID = processID
      taken.updatedAt = date
      try Self.saveState(of: taken, in: db)
      return .claimed(entry)
    }
  }
}
