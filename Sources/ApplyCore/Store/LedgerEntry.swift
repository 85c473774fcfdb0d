public import Foundation
import GRDB

/// One confirmed submission in the ledger: the exact body, who it is for, and where it stands.
///
/// Holds candidate data (the body, the email): it is stored in the private state file and never logged.
/// Successful entries leave the ledger for the history, which keeps ids only.
public struct LedgerEntry: Sendable, Equatable {
  /// The submission's id, given when the user confirmed.
  public var id: UUID
  /// When it was confirmed.
  public var createdAt: Date
  /// When its state last changed.
  public var updatedAt: Date
  /// The job id the body is posted to (Kombo id or `remote:` id).
  public var jobID: String
  /// The job's name, for lists.
  public var jobName: String?
  /// The integration it is sent through.
  public var integrationID: String?
  /// The candidate's email, for reconciliation lookups.
  public var candidateEmail: String
  /// The exact request body bytes.
  public var body: Data
  /// Where it stands (never `.succeeded`: those move to the history).
  public var state: SubmissionState
  /// Whether the single resend allowed after an unclear outcome has been used.
  public var resent: Bool
  /// The process that is sending it, while `state` is `sending`.
  public var ownerPID: Int32?
  /// When the latest attempt left, written before it was sent.
  public var attemptStartedAt: Date?
  /// The moment after which the latest attempt can no longer be running at Kombo (its start plus the
  /// create timeout plus a margin); `nil` once an answer from Kombo ended it.
  public var inFlightUntil: Date?

  /// The latest attempt's window if it may still be in progress at Kombo at `now` (no answer came back
  /// and its time is not up): the submission must not be resent before `window.safeAt`.
  public func inFlight(at now: Date) -> InFlightWindow? {
    switch state {
    case .sending, .unknown:
      guard let until = inFlightUntil, until > now else { return nil }
      return InFlightWindow(since: attemptStartedAt ?? createdAt, safeAt: until)
    case .failed, .succeeded:
      return nil
    }
  }

  /// Whether it still waits to be sent or confirmed (sending, unknown, or failed in a way a retry may
  /// fix); false for a rejection, which stays listed until dropped but is never sent again.
  public var isWaiting: Bool {
    switch state {
    case .sending, .unknown: true
    case .failed(let failure): failure.retryable
    case .succeeded: false
    }
  }

  /// The number of the latest attempt (0 before the first).
  public var attempt: Int

  /// Creates an entry.
  public init(
    id: UUID, createdAt: Date, jobID: String, jobName: String?, integrationID: String?,
    candidateEmail: String, body: Data, state: SubmissionState, attempt: Int = 0, resent: Bool = false,
    ownerPID: Int32? = nil
  ) {
    self.id = id
    self.createdAt = createdAt
    self.updatedAt = createdAt
    self.jobID = jobID
    self.jobName = jobName
    self.integrationID = integrationID
    self.candidateEmail = candidateEmail
    self.body = body
    self.state = state
    self.attempt = attempt
    self.resent = resent
    self.ownerPID = ownerPID
  }

  init(row: Row) {
    id = UUID(uuidString: row["id"]) ?? UUID()
    createdAt = Date(timeIntervalSince1970: row["created_at"])
    updatedAt = Date(timeIntervalSince1970: row["updated_at"])
    jobID = row["job_id"]
    jobName = row["job_name"]
    integrationID = row["integration_id"]
    candidateEmail = row["candidate_email"]
    body = row["body"]
    attempt = row["attempt"]
    resent = row["resent"]
    ownerPID = row["owner_pid"]
    attemptStartedAt = (row["attempt_started_at"] as Double?).map(Date.init(timeIntervalSince1970:))
    inFlightUntil = (row["in_flight_until"] as Double?).map(Date.init(timeIntervalSince1970:))
    let message: String = row["message"] ?? ""
    switch row["state"] as String {
    case "sending":
      state = .sending(attempt: attempt)
    case "failed":
      state = .failed(
        SubmissionFailure(
          code: row["error_code"], httpStatus: row["http_status"], title: row["error_title"],
          message: message,
          logURL: row["log_url"], retryable: row["retryable"] ?? false))
    default:
      state = .unknown(reason: message)
    }
  }

  /// The column values of the state, for inserts and updates.
  var stateColumns: [String: (any DatabaseValueConvertible)?] {
    var failure: SubmissionFailure?
    let name: String
    var message: String?
    switch state {
    case .sending:
      name = "sending"
    case .failed(let value):
      name = "failed"
      failure = value
      message = value.message
    case .unknown(let reason):
      name = "unknown"
      message = reason
    case .succeeded:
      name = "succeeded"
    }
    return [
      "state": name, "attempt": attempt, "resent": resent, "owner_pid": ownerPID,
      "updated_at": updatedAt.timeIntervalSince1970, "message": message, "error_code": failure?.code,
      "http_status": failure?.httpStatus, "error_title": failure?.title, "retryable": failure?.retryable,
      "log_url": failure?.logURL, "attempt_started_at": attemptStartedAt?.timeIntervalSince1970,
      "in_flight_until": inFlightUntil?.timeIntervalSince1970,
    ]
  }
}
