public import Foundation
import GRDB

/// A saved draft as listed: what it is for and when it changed, without its contents.
public struct DraftSummary: Sendable, Equatable {
  /// The draft's id (chosen by the front end, stable across autosaves).
  public var id: String
  /// The job it is for (Kombo id or `remote:` id), if chosen yet.
  public var jobReference: String?
  /// The candidate's name as the front end wants to show it, if typed yet.
  public var candidateName: String?
  /// When it was last saved.
  public var updatedAt: Date

  /// Creates a summary.
  public init(id: String, jobReference: String?, candidateName: String?, updatedAt: Date) {
    self.id = id
    self.jobReference = jobReference
    self.candidateName = candidateName
    self.updatedAt = updatedAt
  }
}

/// Drafts the terminal UI autosaves, as opaque JSON blobs (an encoded `ApplicationDraft`).
///
/// Each save is one SQLite transaction (durable with `synchronous=FULL`); confirming a submission
/// deletes its draft in the same transaction that writes the ledger entry (see `Ledger.insert`).
public struct DraftStore: Sendable {
  private let database: StateDatabase

  /// A store over `database`.
  public init(database: StateDatabase) {
    self.database = database
  }

  /// Saves (inserts or replaces) a draft.
  public func save(_ summary: DraftSummary, payload: Data) throws {
    try database.pool.write { db in
      try db.execute(
        sql: """
          INSERT OR REPLACE INTO draft (id, job_ref, candidate_name, updated_at, payload)
          VALUES (?, ?, ?, ?, ?)
          """,
        arguments: [
          summary.id, summary.jobReference, summary.candidateName, summary.updatedAt.timeIntervalSince1970,
          payload,
        ])
    }
  }

  /// Every draft, most recently saved first.
  public func list() throws -> [DraftSummary] {
    try database.pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT id, job_ref, candidate_name, updated_at FROM draft ORDER BY updated_at DESC"
      )
      .map { row in
        DraftSummary(
          id: row["id"], jobReference: row["job_ref"], candidateName: row["candidate_name"],
          updatedAt: Date(timeIntervalSince1970: row["updated_at"]))
      }
    }
  }

  /// The saved JSON of a draft, or `nil` if there is none with that id.
  public func load(id: String) throws -> Data? {
    try database.pool.read { db in
      try Data.fetchOne(db, sql: "SELECT payload FROM draft WHERE id = ?", arguments: [id])
    }
  }

  /// Deletes a draft; returns whether it existed.
  @discardableResult
  public func delete(id: String) throws -> Bool {
    try database.delete("DELETE FROM draft WHERE id = ?", [id]) > 0
  }
}
