public import Foundation

/// Where a confirmed submission stands.
///
/// `sending(attempt)` is written before each attempt leaves; the other states are outcomes.
/// A row found in `sending` after a crash is treated as `unknown` and reconciled, never resent blindly.
public enum SubmissionState: Sendable, Equatable {
  /// Attempt number `attempt` (from 1) is in flight.
  case sending(attempt: Int)
  /// Kombo created the application (or reconciliation found it).
  case succeeded(SubmissionReceipt)
  /// Kombo (or the network) said no; `failure.retryable` says whether sending the same body later is safe.
  case failed(SubmissionFailure)
  /// The request may or may not have created an application; reconcile before any resend.
  case unknown(reason: String)
}

/// What Kombo returned for a created application.
public struct SubmissionReceipt: Sendable, Equatable, Codable {
  /// The Kombo application id; `nil` when only `ATS.APPLICATION_ALREADY_EXISTS` confirmed it.
  public var applicationID: String?
  /// The Kombo candidate id, when known.
  public var candidateID: String?
  /// Kombo's warnings (e.g. fields the ATS ignored).
  public var warnings: [String]
  /// Whether the application was confirmed by looking it up after an unclear outcome.
  public var reconciled: Bool
  /// Why an id is missing, or that Kombo's answer could not be read as documented; `nil` when all is clear.
  public var note: String?
  /// Kombo's 2xx answer as received, kept when it did not decode as documented.
  public var rawAnswer: Data?

  /// Creates a receipt.
  public init(
    applicationID: String?, candidateID: String?, warnings: [String] = [], reconciled: Bool = false,
    note: String? = nil, rawAnswer: Data? = nil
  ) {
    self.applicationID = applicationID
    self.candidateID = candidateID
    self.warnings = warnings
    self.reconciled = reconciled
    self.note = note
    self.rawAnswer = rawAnswer
  }
}

/// Why a submission failed: Kombo's error, or the network's, and whether a later retry is safe.
public struct SubmissionFailure: Sendable, Equatable, Codable {
  /// Kombo's error code (e.g. `ATS.JOB_CLOSED`); `nil` for network failures and non-Kombo responses.
  public var code: String?
  /// The HTTP status, when a response came back.
  public var httpStatus: Int?
  /// Kombo's short title, if any.
  public var title: String?
  /// Kombo's message, or what went wrong on the network.
  public var message: String
  /// Kombo's dashboard log for this request; support asks for it.
  public var logURL: String?
  /// Whether sending the same body again later is safe (it cannot create a duplicate and may succeed).
  public var retryable: Bool

  /// Creates a failure.
  public init(
    code: String?, httpStatus: Int?, title: String? = nil, message: String, logURL: String? = nil,
    retryable: Bool
  ) {
    self.code = code
    self.httpStatus = httpStatus
    self.title = title
    self.message = message
    self.logURL = logURL
    self.retryable = retryable
  }
}
