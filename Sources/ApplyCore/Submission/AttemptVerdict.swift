import Foundation
import KomboAPI
import TextSafety

/// What one failed create attempt means for the submission — the retry policy in one place.
///
/// Automatic retries only for the rate and concurrency limits, `REMOTE.SERVICE_UNAVAILABLE`, a bare
/// 503 without a Kombo body, and a request that provably never left. A request that may have been
/// processed (timeout or lost connection after sending, a gateway error without a Kombo body, a Kombo
/// code saying it failed midway such as `PLATFORM.UNKNOWN_ERROR`, a 5xx error envelope without a code) is
/// `unknown`. `ATS.APPLICATION_ALREADY_EXISTS` after a resend means the first attempt got through.
enum AttemptVerdict: Sendable, Equatable {
  /// Kombo created the application.
  case created(SubmissionReceipt)
  /// Wait and try again: nothing was created. `minimumWait` applies when the server gave no delay.
  case retry(SubmissionFailure, hints: RetryHints, minimumWait: Duration?)
  /// Stop: the failure is final for this run.
  case fail(SubmissionFailure)
  /// The request may have been processed; reconcile before any resend. `mayStillRun` is true when no
  /// answer from Kombo ended the attempt (a timeout, a lost connection, a gateway's page, an envelope
  /// without a code): it may still be in progress, so it is never resent before its window closes.
  case unknown(String, mayStillRun: Bool)
  /// The application exists (it was created by an earlier attempt of this submission).
  case alreadyCreated

  /// The verdict for `error`; `isResend` is true for the resend that follows a not-found reconciliation.
  init(_ error: KomboClientError, isResend: Bool, concurrencyMinimumWait: Duration) {
    switch error {
    case .api(let api):
      let failure = SubmissionFailure(
        code: api.error.code?.rawValue, httpStatus: api.httpStatus, title: api.error.title,
        message: Sanitizer.line(api.error.message, limit: 1000), logURL: api.error.logURL,
        retryable: api.error.retryAdvice == .automatically || api.error.code?.isWorthRetryingLater == true)
      switch api.error.code {
      case .atsApplicationAlreadyExists? where isResend:
        self = .alreadyCreated
      case let code? where code.mayHaveTakenEffect:
        self = .unknown(
          "\(code.rawValue) (HTTP \(api.httpStatus)) after the request was sent", mayStillRun: false)
      case nil where api.httpStatus >= 500:
        self = .unknown(
          "HTTP \(api.httpStatus) with an error envelope without a code, after the request was sent",
          mayStillRun: true)
      case .platformConcurrencyLimitExceeded?:
        self = .retry(failure, hints: api.hints, minimumWait: concurrencyMinimumWait)
      case let code? where code.isSafeToRetryAutomatically:
        self = .retry(failure, hints: api.hints, minimumWait: nil)
      default:
        self = .fail(failure)
      }
    case .unexpectedResponse(let response):
      let failure = SubmissionFailure(
        code: nil, httpStatus: response.status, message: response.description,
        retryable: response.status == 503)
      if response.status == 503 {
        self = .retry(failure, hints: response.hints, minimumWait: nil)
      } else if response.status >= 500 {
        self = .unknown(
          "HTTP \(response.status) from a server in front of Kombo after the request was sent",
          mayStillRun: true)
      } else {
        self = .fail(failure)
      }
    case .transport(let failure):
      if failure.provablyNotSent {
        self = .retry(
          SubmissionFailure(code: nil, httpStatus: nil, message: failure.reason, retryable: true),
          hints: RetryHints(), minimumWait: nil)
      } else {
        self = .unknown(failure.reason, mayStillRun: true)
      }
    case .missingIntegration:
      self = .fail(SubmissionFailure(code: nil, httpStatus: nil, message: error.description, retryable: true))
    case .undecodable, .notFound:
      self = .unknown(error.description, mayStillRun: true)
    }
  }
}
