public import Foundation
import GRDB

/// A successful submission as remembered after the fact: ids, job and time, no candidate data.
public struct HistoryEntry: Sendable, Equatable {
  /// The submission's id.
  public var submissionID: UUID
  /// The Kombo application id, when known.
  public var applicationID: String?
  /// The Kombo candidate id, when known.
  public var candidateID: String?
  /// The job id posted to.
  public var jobID: String
  /// The job's name, when known.
  public var jobName: String?
  /// The integration used.
  public var integrationID: String?
  /// When the application was confirmed.
  public var submittedAt: Date
  /// Kombo's warnings.
  public var warnings: [String]
  /// Whether it was confirmed by a lookup after an unclear outcome.
  public var reconciled: Bool
  /// Why an id is missing, or that Kombo's answer could not be read as documented.
  public var note: String?

  init(row: Row) {
    submissionID = UUID(uuidString: row["submission_id"]) ?? UUID()
    applicationID = row["application_id"]
    candidateID = row["candidate_id"]
    jobID = row["job_id"]
    jobName = row["job_name"]
    integrationID = row["integration_id"]
    submittedAt = Date(timeIntervalSince1970: row["submitted_at"])
    let warningsJSON: String = row["warnings"]
    warnings = (try? JSONDecoder().decode([String].self, from: Data(warningsJSON.utf8))) ?? []
    reconciled = row["reconciled"]
    note = row["note"]
  }

  init(entry: LedgerEntry, receipt: SubmissionReceipt, at date: Date) {
    submissionID = entry.id
    applicationID = receipt.applicationID
    candidateID = receipt.candidateID
    jobID = entry.jobID
    jobName = entry.jobName
    integrationID = entry.integrationID
    submittedAt = date
    warnings = receipt.warnings
    reconciled = receipt.reconciled
    note = receipt.note
    rawAnswer = receipt.rawAnswer
  }

  /// Kombo's undecodable 2xx answer, written with the entry (not read back into lists).
  private var rawAnswer: Data?

  func insert(_ db: Database) throws {
    let warningsJSON = String(
      decoding: (try? JSONEncoder().encode(warnings)) ?? Data("[]".utf8), as: UTF8.self)
    try db.cachedStatement(
      sql: """
        INSERT OR REPLACE INTO history (submission_id, application_id, candidate_id, job_id, job_name,
          integration_id, submitted_at, warnings, reconciled, note, raw_answer)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(
      arguments: [
        submissionID.uuidString, applicationID, candidateID, jobID, jobName, integrationID,
        submittedAt.timeIntervalSince1970, warningsJSON, reconciled, note, rawAnswer,
      ])
  }
}

/// The history of successful submissions, with retention.
public struct HistoryStore: Sendable {
  private let database: StateDatabase

  /// A store over `database`.
  public init(database: StateDatabase) {
    self.database = database
  }

  /// Every entry, newest first.
  public func entries() throws -> [HistoryEntry] {
    try database.pool.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM history ORDER BY submitted_at DESC").map(HistoryEntry.init)
    }
  }

  /// The entry of submission `id`, if it succeeded and is still kept.
  public func entry(_ id: UUID) throws -> HistoryEntry? {
    try database.pool.read { db in
      try Row.fetchOne(
        db.cachedStatement(sql: "SELECT * FROM history WHERE submission_id = ?"), arguments: [id.uuidString]
      ).map(HistoryEntry.init)
    }
  }

  /// Deletes entries submitted before `cutoff`; returns how many.
  @discardableResult
  public func purge(olderThan cutoff: Date) throws -> Int {
    try database.delete("DELETE FROM history WHERE submitted_at < ?", [cutoff.timeIntervalSince1970])
  }
}
