public import Foundation
import GRDB

/// The one SQLite file (`state.sqlite`) holding the submission ledger (outbox), the history of
/// successful submissions and the drafts the terminal UI autosaves.
///
/// WAL journal with `synchronous=FULL`, so a commit survives power loss as well as a crash. The file
/// is created 0600 inside a 0700 directory; existing modes are checked and tightened on every open.
public final class StateDatabase: Sendable {
  /// The GRDB connection pool; stores run their transactions on it.
  let pool: DatabasePool
  /// The database file path.
  public let path: String

  /// Opens (creating if needed) the database at `path`, securing its directory and files.
  public init(path: String) throws {
    let directory = (path as NSString).deletingLastPathComponent
    try PrivateFiles.ensureDirectory(directory)
    try PrivateFiles.ensureFile(path)
    var configuration = GRDB.Configuration()
    configuration.busyMode = .timeout(10)
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = FULL")
    }
    pool = try DatabasePool(path: path, configuration: configuration)
    self.path = path
    try Self.migrator.migrate(pool)
    for suffix in ["-wal", "-shm"] {
      try PrivateFiles.restrict(path + suffix, to: 0o600)
    }
  }

  /// Opens the database in the state directory of `paths`.
  public convenience init(paths: ConfigPaths) throws {
    try self.init(path: paths.stateDatabase)
  }

  /// The journal mode and synchronous level in force, e.g. `("wal", 2)`; for checks and tests.
  public func durability() throws -> (journalMode: String, synchronous: Int) {
    try pool.read { db in
      let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""
      let sync = try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1
      return (mode, sync)
    }
  }

  /// Runs one `DELETE` statement in its own transaction; returns how many rows it removed.
  func delete(_ sql: String, _ arguments: StatementArguments) throws -> Int {
    try pool.write { db in
      try db.execute(sql: sql, arguments: arguments)
      return db.changesCount
    }
  }

  private static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: ledger, history, drafts") { db in
      try db.create(table: "submission") { t in
        t.primaryKey("id", .text)
        t.column("created_at", .double).notNull()
        t.column("updated_at", .double).notNull()
        t.column("job_id", .text).notNull()
        t.column("job_name", .text)
        t.column("integration_id", .text)
        t.column("candidate_email", .text).notNull()
        t.column("state", .text).notNull()
        t.column("attempt", .integer).notNull().defaults(to: 0)
        t.column("resent", .boolean).notNull().defaults(to: false)
        t.column("owner_pid", .integer)
        t.column("error_code", .text)
        t.column("http_status", .integer)
        t.column("error_title", .text)
        t.column("retryable", .boolean)
        t.column("message", .text)
        t.column("log_url", .text)
      }
      // Bodies (up to ~14 MB) live apart, so saving a state change between attempts rewrites a small row.
      try db.create(table: "submission_body") { t in
        t.primaryKey("id", .text).references("submission", onDelete: .cascade)
        t.column("body", .blob).notNull()
      }
      try db.create(table: "history") { t in
        t.primaryKey("submission_id", .text)
        t.column("application_id", .text)
        t.column("candidate_id", .text)
        t.column("job_id", .text).notNull()
        t.column("job_name", .text)
        t.column("integration_id", .text)
        t.column("submitted_at", .double).notNull().indexed()
        t.column("warnings", .text).notNull().defaults(to: "[]")
        t.column("reconciled", .boolean).notNull().defaults(to: false)
      }
      try db.create(table: "draft") { t in
        t.primaryKey("id", .text)
        t.column("job_ref", .text)
        t.column("candidate_name", .text)
        t.column("updated_at", .double).notNull().indexed()
        t.column("payload", .blob).notNull()
      }
    }
    migrator.registerMigration("v2: in-flight window, unreadable create answers") { db in
      try db.alter(table: "submission") { t in
        t.add(column: "attempt_started_at", .double)
        t.add(column: "in_flight_until", .double)
      }
      try db.alter(table: "history") { t in
        t.add(column: "note", .text)
        t.add(column: "raw_answer", .blob)
      }
    }
    return migrator
  }
}

extension PrivateFiles.Failure: LocalizedError {
  /// The message, for `localizedDescription`.
  public var errorDescription: String? { description }
}
