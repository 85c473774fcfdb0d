import ArgumentParser

/// A failure a command reports itself: the message goes to stderr, the code becomes the exit status.
struct CommandFailure: Error {
  /// What went wrong and what to do, possibly several lines.
  let message: String
  /// The exit status.
  let exitCode: ExitCode

  /// Prints the message to stderr and returns the `ExitCode` error to throw from `run()`.
  func report() -> ExitCode {
    for line in message.split(separator: "\n", omittingEmptySubsequences: false) {
      Console.error(String(line))
    }
    return exitCode
  }
}

extension CommandFailure {
  /// Runs a state-database operation; any error becomes "cannot `action`: …" with exit 78.
  static func stateAccess<T>(_ action: String, _ body: () throws -> T) throws(CommandFailure) -> T {
    do {
      return try body()
    } catch {
      throw CommandFailure(
        message: "kombo-apply: cannot \(action): \(error)", exitCode: ExitStatus.configuration)
    }
  }
}

extension AsyncParsableCommand {
  /// Runs `body`, turning a `CommandFailure` into its message on stderr and its exit status.
  func reportingFailures(_ body: () async throws -> Void) async throws {
    do {
      try await body()
    } catch let failure as CommandFailure {
      throw failure.report()
    }
  }
}
