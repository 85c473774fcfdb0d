public import Foundation
public import KomboAPI

/// How a submission ended, as the command line and the terminal UI show it.
public struct SubmissionOutcome: Sendable, Equatable {
  /// The three ways a submission can end.
  public enum Status: Sendable, Equatable {
    /// The application exists in the ATS.
    case succeeded(SubmissionReceipt)
    /// It was not created; `retryable` says whether sending the same body later is safe.
    case failed(SubmissionFailure)
    /// It may or may not have been created; kept in the outbox to reconcile.
    case unknown(reason: String)
  }

  /// The submission's id (its outbox id while it is kept there).
  public var submissionID: UUID
  /// The job posted to.
  public var jobID: String
  /// How it ended.
  public var status: Status
  /// Attempts made in this run.
  public var attempts: Int
  /// For an unknown outcome: the window during which the last attempt may still be in progress at
  /// Kombo (nothing is resent before it closes).
  public var inFlight: InFlightWindow?

  /// Creates an outcome.
  public init(
    submissionID: UUID, jobID: String, status: Status, attempts: Int, inFlight: InFlightWindow? = nil
  ) {
    self.submissionID = submissionID
    self.jobID = jobID
    self.status = status
    self.attempts = attempts
    self.inFlight = inFlight
  }

  /// Whether the submission is still in the outbox (failed but retryable, or unknown).
  public var keptInOutbox: Bool {
    switch status {
    case .succeeded: false
    case .failed(let failure): failure.retryable
    case .unknown: true
    }
  }

  /// What happened, in plain words.
  public var explanation: String {
    switch status {
    case .succeeded(let receipt):
      receipt.reconciled
        ? "The application was created; kombo-apply confirmed it by looking it up after an unclear answer."
        : "The application was created."
    case .failed(let failure): failure.explanation
    case .unknown(let reason):
      if let inFlight {
        "It is not known yet whether the application was created (\(reason)): the attempt is "
          + "\(inFlight.text()), so nothing was resent."
      } else {
        "It is not known whether the application was created (\(reason))."
      }
    }
  }

  /// What to do next, in plain words.
  public var nextStep: String {
    switch status {
    case .succeeded: "Nothing to do."
    case .failed(let failure): failure.nextStep
    case .unknown:
      (inFlight.map { "Retry it from the outbox (a retry before \($0.safeClock()) only looks it up): " }
        ?? "Retry it from the outbox: ")
        + "kombo-apply looks the candidate up first and resends only if the application is not there."
    }
  }

  /// Kombo's log link for the failure, if any.
  public var logURL: String? {
    if case .failed(let failure) = status { return failure.logURL }
    return nil
  }

  /// Whether retrying is safe (never for a success: there is nothing to retry).
  public var retrySafe: Bool { keptInOutbox }
}

extension SubmissionFailure {
  /// Kombo's code as a typed value, if there is one.
  public var komboCode: KomboErrorCode? { code.map(KomboErrorCode.init(rawValue:)) }

  /// What happened, in plain words: the code's explanation, else the network or HTTP problem.
  public var explanation: String {
    if let komboCode { return komboCode.explanation }
    if httpStatus == 503 { return "Kombo is temporarily unavailable (HTTP 503)." }
    if let httpStatus { return "Kombo answered with HTTP \(httpStatus) instead of a result: \(message)" }
    return "kombo-apply could not reach Kombo: \(message)."
  }

  /// What to do next.
  public var nextStep: String {
    if let komboCode, !retryable { return komboCode.nextStep }
    if retryable { return "Nothing was created; it is safe to retry later from the outbox." }
    return "Check the message; if the application is not in the ATS, submit it again."
  }
}
