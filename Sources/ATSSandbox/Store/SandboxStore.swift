import Foundation
import GRDB

/// The sandbox's SQLite database: candidates, applications and attachments, per integration.
///
/// Jobs are not stored (they are seed data served from memory). Wire objects are kept as JSON
/// payloads beside the columns the list filters need; attachment bytes live in ``AttachmentFiles``.
/// The file lives in a 0700 directory and is created 0600 (SQLite gives its WAL and shared-memory
/// files the same mode).
final class SandboxStore: Sendable {
  /// A candidate row: the filterable columns and the wire JSON.
  struct CandidateRow: Sendable, Equatable {
    var id: String
    var emails: [String]
    var payload: Data
  }

  /// An application row: the filterable columns and the wire JSON (without the embedded candidate).
  struct ApplicationRow: Sendable, Equatable {
    var id: String
    var jobID: String
    var candidateID: String
    var outcome: String?
    var currentStageID: String?
    var payload: Data
  }

  /// A decoded attachment or file answer.
  struct AttachmentRow: Sendable, Equatable {
    var id: String
    var name: String
    var type: String
    var contentType: String?
    var data: Data?
    var dataURL: String?
    var questionID: String?
  }

  /// A page of rows, with the row id to continue after when there are more.
  struct Page<Row: Sendable>: Sendable {
    var rows: [Row]
    var nextAfter: Int64?
  }

  /// Why a create was refused.
  enum CreateError: Error, Equatable {
    /// This candidate email already has an application for this job in this integration.
    case alreadyExists(applicationID: String)
  }

  /// The database file's name inside the data directory.
  static let fileName = "sandbox.sqlite"

  private let pool: DatabasePool
  private let files: AttachmentFiles

  /// Opens (creating if needed) the database in `directory`; `reset` deletes it first.
  init(directory: URL, reset: Bool) throws {
    let manager = FileManager.default
    try manager.createDirectory(
      at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory.path)
    let file = directory.appendingPathComponent(Self.fileName)
    let attachmentDirectory = directory.appendingPathComponent("attachments", isDirectory: true)
    if reset {
      for suffix in ["", "-wal", "-shm"] {
        try? manager.removeItem(atPath: file.path + suffix)
      }
      try? manager.removeItem(at: attachmentDirectory)
    }
    files = try AttachmentFiles(directory: attachmentDirectory)
    if !manager.fileExists(atPath: file.path) {
      guard manager.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600])
      else {
        throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: file.path])
      }
    }
    try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
    var configuration = Configuration()
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      db.add(function: RecordFilter.foldFunction)
    }
    pool = try DatabasePool(path: file.path, configuration: configuration)
    try Self.migrator.migrate(pool)
    let referenced = try pool.read { db in
      Set(try String.fetchAll(db, sql: "SELECT id FROM attachment WHERE data_url IS NULL"))
    }
    files.removeUnreferenced(keeping: referenced)
  }

  private static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE candidate (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            integration_id TEXT NOT NULL,
            payload BLOB NOT NULL
          );
          CREATE TABLE candidate_email (
            candidate_seq INTEGER NOT NULL REFERENCES candidate(seq) ON DELETE CASCADE,
            integration_id TEXT NOT NULL,
            email TEXT NOT NULL,
            is_primary INTEGER NOT NULL
          );
          CREATE INDEX candidate_email_lookup ON candidate_email(integration_id, email);
          CREATE TABLE application (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            integration_id TEXT NOT NULL,
            job_id TEXT NOT NULL,
            candidate_id TEXT NOT NULL REFERENCES candidate(id),
            outcome TEXT,
            current_stage_id TEXT,
            payload BLOB NOT NULL,
            UNIQUE (integration_id, job_id, candidate_id)
          );
          CREATE INDEX application_candidate ON application(candidate_id);
          CREATE TABLE attachment (
            id TEXT PRIMARY KEY,
            application_id TEXT NOT NULL REFERENCES application(id) ON DELETE CASCADE,
            question_id TEXT,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            content_type TEXT,
            size INTEGER NOT NULL,
            data_url TEXT
          );
          CREATE INDEX attachment_application ON attachment(application_id);
          """)
    }
    return migrator
  }

  /// The rows of one create, built once the transaction knows whether the candidate exists.
  struct NewApplication<Result: Sendable>: Sendable {
    /// The candidate to insert; `nil` to attach the application to the existing one.
    var newCandidate: CandidateRow?
    /// The application to insert.
    var application: ApplicationRow
    /// What the caller wants back (the wire objects).
    var result: Result
  }

  /// Stores an application with its attachments, atomically. In the same transaction it looks up the
  /// candidate of `integrationID` whose primary email matches `primaryEmail` (case-insensitively),
  /// lets `build` make the rows for it (a new candidate when there is none), and refuses a second
  /// application of that email to the same job.
  func insertApplication<Result: Sendable>(
    integrationID: String, primaryEmail: String, attachments: [AttachmentRow], allowDuplicate: Bool = false,
    build: @escaping @Sendable (_ existing: CandidateRow?) throws -> NewApplication<Result>
  ) async throws -> Result {
    let written = attachments.filter { $0.data != nil }.map(\.id)
    do {
      for attachment in attachments {
        if let data = attachment.data { try files.write(data, id: attachment.id) }
      }
      return try await pool.write { db in
        let existing = try Self.candidateRows(
          db, integrationID: integrationID,
          where: "seq IN (SELECT candidate_seq FROM candidate_email WHERE integration_id = ? AND email = ?"
            + " AND is_primary = 1)",
          arguments: [integrationID, primaryEmail.lowercased()], after: 0, limit: 1
        ).rows.first
        let rows = try build(existing)
        try Self.insertRows(
          db, integrationID: integrationID, primaryEmail: primaryEmail, newCandidate: rows.newCandidate,
          application: rows.application, attachments: attachments, allowDuplicate: allowDuplicate)
        return rows.result
      }
    } catch {
      files.remove(written)
      throw error
    }
  }

  /// Stores `applications` (each with a new candidate) in one transaction if the database holds no
  /// application yet; used for the seed data of a fresh sandbox.
  func seedIfEmpty(
    integrationID: String, applications: [(candidate: CandidateRow, application: ApplicationRow)]
  ) throws {
    try pool.write { db in
      guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM application") == 0 else { return }
      for entry in applications {
        try Self.insertRows(
          db, integrationID: integrationID, primaryEmail: entry.candidate.emails[0],
          newCandidate: entry.candidate,
          application: entry.application, attachments: [])
      }
    }
  }

  private static func insertRows(
    _ db: Database, integrationID: String, primaryEmail: String, newCandidate: CandidateRow?,
    application: ApplicationRow, attachments: [AttachmentRow], allowDuplicate: Bool = false
  ) throws {
    let email = primaryEmail.lowercased()
    let existing = try String.fetchOne(
      db,
      sql: """
        SELECT a.id FROM application a JOIN candidate c ON c.id = a.candidate_id
        JOIN candidate_email e ON e.candidate_seq = c.seq AND e.is_primary = 1
        WHERE a.integration_id = ? AND a.job_id = ? AND e.integration_id = ? AND e.email = ?
        """,
      arguments: [integrationID, application.jobID, integrationID, email])
    if let existing, !allowDuplicate { throw CreateError.alreadyExists(applicationID: existing) }
    if let candidate = newCandidate {
      try db.execute(
        sql: "INSERT INTO candidate (id, integration_id, payload) VALUES (?, ?, ?)",
        arguments: [candidate.id, integrationID, candidate.payload])
      let seq = db.lastInsertedRowID
      for (index, address) in candidate.emails.enumerated() {
        try db.execute(
          sql:
            "INSERT INTO candidate_email (candidate_seq, integration_id, email, is_primary) VALUES (?, ?, ?, ?)",
          arguments: [seq, integrationID, address.lowercased(), index == 0])
      }
    }
    try db.execute(
      sql: """
        INSERT INTO application (id, integration_id, job_id, candidate_id, outcome, current_stage_id, payload)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        application.id, integrationID, application.jobID, application.candidateID, application.outcome,
        application.currentStageID, application.payload,
      ])
    for attachment in attachments {
      try db.execute(
        sql: """
          INSERT INTO attachment (id, application_id, question_id, name, type, content_type, size, data_url)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          attachment.id, application.id, attachment.questionID, attachment.name, attachment.type,
          attachment.contentType, attachment.data?.count ?? 0, attachment.dataURL,
        ])
    }
  }

  /// Candidates of `integrationID` after row `after`, filtered by any email (case-insensitive),
  /// by having applied to one of `jobIDs`, by `ids` and by `filter`.
  func candidates(
    integrationID: String, emails: [String]?, jobIDs: [String]?, ids: [String]?,
    filter recordFilter: RecordFilter = RecordFilter(), after: Int64, limit: Int
  ) async throws -> Page<CandidateRow> {
    var clauses: [String] = []
    var arguments: StatementArguments = []
    for clause in recordFilter.clauses {
      clauses.append(clause.sql)
      arguments += clause.arguments
    }
    if let emails {
      clauses.append(
        "seq IN (SELECT candidate_seq FROM candidate_email WHERE integration_id = ? AND email IN \(Self.marks(emails)))"
      )
      arguments += [integrationID]
      arguments += StatementArguments(emails.map { $0.lowercased() })
    }
    if let jobIDs {
      clauses.append(
        "id IN (SELECT candidate_id FROM application WHERE integration_id = ? AND job_id IN \(Self.marks(jobIDs)))"
      )
      arguments += [integrationID]
      arguments += StatementArguments(jobIDs)
    }
    if let ids {
      clauses.append("id IN \(Self.marks(ids))")
      arguments += StatementArguments(ids)
    }
    let filter = clauses.isEmpty ? "1" : clauses.joined(separator: " AND ")
    let finalArguments = arguments
    return try await pool.read { db in
      try Self.candidateRows(
        db, integrationID: integrationID, where: filter, arguments: finalArguments, after: after, limit: limit
      )
    }
  }

  /// Candidates by id, for embedding in applications.
  func candidates(ids: [String]) async throws -> [String: CandidateRow] {
    guard !ids.isEmpty else { return [:] }
    return try await pool.read { db in
      let rows = try Self.candidateRows(
        db, integrationID: nil, where: "id IN \(Self.marks(ids))", arguments: StatementArguments(ids),
        after: 0,
        limit: ids.count
      ).rows
      return Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
  }

  /// Applications of `integrationID` after row `after`, filtered by job, id, outcome, stage and
  /// `filter`.
  func applications(
    integrationID: String, jobIDs: [String]?, ids: [String]?, outcomes: [String]?, stageIDs: [String]?,
    filter recordFilter: RecordFilter = RecordFilter(), after: Int64, limit: Int
  ) async throws -> Page<ApplicationRow> {
    var sql =
      "SELECT seq, id, job_id, candidate_id, outcome, current_stage_id, payload FROM application"
      + " WHERE integration_id = ? AND seq > ?"
    var arguments: StatementArguments = [integrationID, after]
    for (column, values) in [
      ("job_id", jobIDs), ("id", ids), ("outcome", outcomes), ("current_stage_id", stageIDs),
    ] {
      guard let values else { continue }
      sql += " AND \(column) IN \(Self.marks(values))"
      arguments += StatementArguments(values)
    }
    for clause in recordFilter.clauses {
      sql += " AND \(clause.sql)"
      arguments += clause.arguments
    }
    sql += " ORDER BY seq LIMIT ?"
    arguments += [limit + 1]
    let finalSQL = sql
    let finalArguments = arguments
    return try await pool.read { db in
      let rows = try Row.fetchAll(db, sql: finalSQL, arguments: finalArguments)
      let mapped = rows.prefix(limit).map(Self.applicationRow)
      let next: Int64? = rows.count > limit ? rows[limit - 1]["seq"] : nil
      return Page(rows: Array(mapped), nextAfter: next)
    }
  }

  /// The applications of the candidates `candidateIDs`, oldest first.
  func applications(candidateIDs: [String]) async throws -> [ApplicationRow] {
    guard !candidateIDs.isEmpty else { return [] }
    return try await pool.read { db in
      try Row.fetchAll(
        db,
        sql: "SELECT id, job_id, candidate_id, outcome, current_stage_id, payload FROM application"
          + " WHERE candidate_id IN \(Self.marks(candidateIDs)) ORDER BY seq",
        arguments: StatementArguments(candidateIDs)
      ).map(Self.applicationRow)
    }
  }

  /// The attachments (and file answers) stored for an application, with their bytes.
  func attachments(applicationID: String) async throws -> [AttachmentRow] {
    let files = files
    let rows = try await pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT id, name, type, content_type, size, data_url, question_id FROM attachment
          WHERE application_id = ? ORDER BY rowid
          """,
        arguments: [applicationID]
      ).map { row in
        (
          row: AttachmentRow(
            id: row["id"], name: row["name"], type: row["type"], contentType: row["content_type"], data: nil,
            dataURL: row["data_url"], questionID: row["question_id"]),
          hasFile: (row["data_url"] as String?) == nil
        )
      }
    }
    return try rows.map { entry in
      var row = entry.row
      if entry.hasFile { row.data = try files.read(id: row.id) }
      return row
    }
  }

  private static func candidateRows(
    _ db: Database, integrationID: String?, where filter: String, arguments: StatementArguments, after: Int64,
    limit: Int
  ) throws -> Page<CandidateRow> {
    var sql =
      "SELECT seq, id, payload, (SELECT group_concat(email, char(10)) FROM"
      + " (SELECT email FROM candidate_email WHERE candidate_seq = candidate.seq ORDER BY is_primary DESC, rowid))"
      + " AS emails FROM candidate WHERE (\(filter)) AND seq > ?"
    var allArguments = arguments
    allArguments += [after]
    if let integrationID {
      sql += " AND integration_id = ?"
      allArguments += [integrationID]
    }
    sql += " ORDER BY seq LIMIT ?"
    allArguments += [limit + 1]
    let rows = try Row.fetchAll(db, sql: sql, arguments: allArguments)
    let mapped = rows.prefix(limit).map { row in
      let emails: String? = row["emails"]
      return CandidateRow(
        id: row["id"], emails: emails?.split(separator: "\n").map(String.init) ?? [], payload: row["payload"])
    }
    let next: Int64? = rows.count > limit ? rows[limit - 1]["seq"] : nil
    return Page(rows: Array(mapped), nextAfter: next)
  }

  private static func applicationRow(_ row: Row) -> ApplicationRow {
    ApplicationRow(
      id: row["id"], jobID: row["job_id"], candidateID: row["candidate_id"], outcome: row["outcome"],
      currentStageID: row["current_stage_id"], payload: row["payload"])
  }

  private static func marks(_ values: [String]) -> String {
    values.isEmpty ? "(NULL)" : "(" + Array(repeating: "?", count: values.count).joined(separator: ",") + ")"
  }
}
