public import Foundation

/// How one row of an import ended.
public struct ImportRowResult: Sendable, Equatable {
  /// The ways a row can end.
  public enum Status: Sendable, Equatable {
    /// Created now.
    case created(applicationID: String?)
    /// Created by an earlier run of this import (found in the history or by a lookup).
    case alreadyCreated(applicationID: String?)
    /// Refused by Kombo or the ATS; not sent again.
    case rejected(code: String?, message: String)
    /// It may or may not have been created; kept in the outbox and reconciled on the next run.
    case unknown(reason: String)
    /// Not created, safe to send again; kept in the outbox.
    case retryable(code: String?, message: String)
    /// Not sent: the row has problems (with `--skip-invalid`) or could not be built.
    case invalid(message: String)
    /// Not sent because this machine failed (the ledger could not be written); nothing was sent.
    case notSent(message: String)
    /// Not started: the import was stopped first.
    case notStarted
  }

  /// The row number.
  public var row: Int
  /// The candidate's email as given.
  public var email: String
  /// The row's submission (outbox) id, when it got that far.
  public var submissionID: UUID?
  /// How it ended.
  public var status: Status
  /// Bytes of local files the row sent.
  public var fileBytes: Int

  /// A result.
  public init(row: Int, email: String, submissionID: UUID?, status: Status, fileBytes: Int = 0) {
    self.row = row
    self.email = email
    self.submissionID = submissionID
    self.status = status
    self.fileBytes = fileBytes
  }

  /// `created`, `already_created`, `rejected`, `unknown`, `retryable`, `invalid`, `not_sent`,
  /// `not_started`: the report's status column.
  public var statusName: String {
    switch status {
    case .created: "created"
    case .alreadyCreated: "already_created"
    case .rejected: "rejected"
    case .unknown: "unknown"
    case .retryable: "retryable"
    case .invalid: "invalid"
    case .notSent: "not_sent"
    case .notStarted: "not_started"
    }
  }

  /// The application id, when known.
  public var applicationID: String? {
    switch status {
    case .created(let id), .alreadyCreated(let id): id
    default: nil
    }
  }

  /// The error code, when Kombo gave one.
  public var errorCode: String? {
    switch status {
    case .rejected(let code, _), .retryable(let code, _): code
    default: nil
    }
  }

  /// What happened, for the report (empty when created).
  public var message: String {
    switch status {
    case .created, .alreadyCreated, .notStarted: ""
    case .rejected(_, let message), .retryable(_, let message), .invalid(let message), .notSent(let message):
      message
    case .unknown(let reason): reason
    }
  }
}

/// Where an import stands while it runs, for a progress line.
public struct ImportProgress: Sendable, Equatable {
  /// Rows to send in this run (valid rows, minus none skipped so far).
  public var total: Int
  /// Rows finished (any status).
  public var done = 0
  /// Rows that ended other than created.
  public var failed = 0
  /// Bytes of files sent.
  public var fileBytes: Int64 = 0
  /// Creates allowed in flight now.
  public var concurrency = 1
  /// Seconds since sending started.
  public var elapsed: Double = 0

  /// A progress of `total` rows.
  public init(total: Int) {
    self.total = total
  }

  /// Rows per second so far.
  public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }

  /// Seconds left at the rate so far, when there is one.
  public var secondsLeft: Double? {
    guard rate > 0 else { return nil }
    return Double(max(0, total - done)) / rate
  }
}

/// How an import ended: every row's result counted.
public struct ImportSummary: Sendable, Equatable {
  /// The import's id.
  public var importID: String
  /// Data rows in the file.
  public var rows = 0
  /// Created now.
  public var created = 0
  /// Created by an earlier run.
  public var alreadyCreated = 0
  /// Refused, by error code (`-` when none).
  public var rejected: [String: Int] = [:]
  /// Outcome unknown, kept in the outbox.
  public var unknown = 0
  /// Retryable failures, kept in the outbox.
  public var retryable = 0
  /// Rows not sent because of their problems.
  public var invalid = 0
  /// Rows not sent because of a local failure.
  public var notSent = 0
  /// Rows not started because the import was stopped.
  public var notStarted = 0
  /// Whether Ctrl-C (or a signal) stopped it early.
  public var stopped = false
  /// Why the file could not be read to the end, if it could not.
  public var fileError: ImportFileError?
  /// Times Kombo said to slow down.
  public var throttles = 0
  /// The integration's limit of creates in flight, when stated.
  public var integrationLimit: Int?
  /// Seconds spent sending.
  public var seconds: Double = 0
  /// Bytes of files sent.
  public var fileBytes: Int64 = 0

  /// An empty summary for `importID`.
  public init(importID: String) {
    self.importID = importID
  }

  /// Counts `result`.
  public mutating func count(_ result: ImportRowResult) {
    switch result.status {
    case .created: created += 1
    case .alreadyCreated: alreadyCreated += 1
    case .rejected(let code, _): rejected[code ?? "-", default: 0] += 1
    case .unknown: unknown += 1
    case .retryable: retryable += 1
    case .invalid: invalid += 1
    case .notSent: notSent += 1
    case .notStarted: notStarted += 1
    }
  }

  /// Rows refused.
  public var rejectedCount: Int { rejected.values.reduce(0, +) }

  /// Whether every row exists in the ATS.
  public var allCreated: Bool {
    created + alreadyCreated == rows && fileError == nil
  }

  /// Whether a rerun may still create something (unknown, retryable, not sent or not started rows).
  public var needsRerun: Bool { unknown + retryable + notSent + notStarted > 0 || fileError != nil }
}
