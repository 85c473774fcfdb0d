import ArgumentParser

/// The exit codes of kombo-apply (sysexits.h where one fits).
enum ExitStatus {
  /// The API rejected the request (or a lookup failed); details on stderr.
  static let rejected = ExitCode(1)
  /// Kombo could not be reached (nothing was sent).
  static let unavailable = ExitCode(69)
  /// Invalid input: every problem is printed, each naming its flag.
  static let invalidInput = ExitCode(65)
  /// Outcome unknown, or a retryable failure: the submission is kept in the outbox.
  static let keptInOutbox = ExitCode(75)
  /// The configuration is missing or wrong (API key, integration, base URL, state directory).
  static let configuration = ExitCode(78)
}
