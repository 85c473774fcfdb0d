import ApplyCore
import Foundation
import KomboAPI
import Logging
import TextSafety

#if canImport(Glibc)
  import Glibc
#endif

/// What every command needs: the resolved configuration, the state database and the API session.
struct AppContext {
  /// The resolved configuration.
  let configuration: Configuration
  /// Logs for diagnostics (stderr; errors only unless KOMBO_APPLY_LOG_LEVEL says otherwise, since the
  /// commands report outcomes themselves).
  let logger: Logger

  /// Resolves the configuration from flags and the process environment; files created from now on
  /// are private to the user.
  init(connection: ConnectionOptions) throws(CommandFailure) {
    umask(0o077)
    let environment = ProcessInfo.processInfo.environment
    do {
      configuration = try Configuration.resolve(overrides: connection.overrides, environment: environment)
    } catch {
      throw CommandFailure(message: "kombo-apply: \(error.description)", exitCode: ExitStatus.configuration)
    }
    var logger = Logger(
      label: "kombo-apply", factory: { label in StreamLogHandler.standardError(label: label) })
    let level = environment["KOMBO_APPLY_LOG_LEVEL"]
    logger.logLevel = level.flatMap(Logger.Level.init(rawValue:)) ?? .error
    if let level, Logger.Level(rawValue: level) == nil {
      Console.error(
        "kombo-apply: KOMBO_APPLY_LOG_LEVEL=\(Sanitizer.line(level, limit: 40)) is not a level; use one of "
          + Logger.Level.allCases.map(\.rawValue).joined(separator: ", ") + " (logging errors only)")
    }
    self.logger = logger
  }

  /// Opens the state database (ledger, history, drafts) and deletes history entries older than the
  /// configured retention (0 days keeps them until `history purge`).
  ///
  /// Submissions a killed or crashed run left `sending` are marked unknown here, on the next start of
  /// any command, and announced on stderr unless `announcesRecovered` is false (the terminal UI says
  /// it on its own screen).
  func database(announcesRecovered: Bool = true) throws(CommandFailure) -> StateDatabase {
    do {
      let database = try StateDatabase(paths: configuration.paths)
      let days = configuration.historyRetentionDays
      if days > 0 {
        try HistoryStore(database: database).purge(
          olderThan: Date().addingTimeInterval(-Double(days) * 86_400))
      }
      if announcesRecovered {
        let recovered = try Ledger(database: database).markInterrupted(at: Date(), isAlive: Submitter.isAlive)
        if !recovered.isEmpty {
          let ids = recovered.map { $0.id.uuidString.lowercased().prefix(8) }.joined(separator: ", ")
          Console.error(
            "kombo-apply: \(recovered.count) submission\(recovered.count == 1 ? " was" : "s were") interrupted "
              + "by an earlier run (\(ids)); kept in the outbox as unknown: `kombo-apply outbox retry ID` "
              + "looks each up before anything is resent.")
        }
      }
      return database
    } catch {
      throw CommandFailure(
        message: "kombo-apply: cannot open the state database \(configuration.paths.stateDatabase): \(error)",
        exitCode: ExitStatus.configuration)
    }
  }

  /// Runs `body` with an API session, closing it afterwards.
  func withBackend<T>(
    createTimeout: Duration? = nil, _ body: (BackendSession) async throws -> T
  ) async throws -> T {
    let session = try await Backend.make(configuration, createTimeout: createTimeout)
    do {
      let result = try await body(session)
      await session.shutdown()
      return result
    } catch {
      await session.shutdown()
      throw error
    }
  }

  /// A submitter over `session` and the ledger in `database`.
  func submitter(_ session: BackendSession, database: StateDatabase, createTimeout: Duration? = nil)
    -> Submitter
  {
    Submitter(
      client: session.client, ledger: Ledger(database: database),
      policy: RetryPolicy(
        maxAttempts: configuration.maxAttempts, inFlightMargin: configuration.inFlightMargin),
      createTimeout: createTimeout,
      integrationID: session.integrationID, logger: logger)
  }
}

extension KomboClientError {
  /// A failed read (a job listing, a lookup) as a command failure: exit 1 for API refusals with code,
  /// explanation and log link; 69 when Kombo is busy or failed (rate limits, 503, an internal error),
  /// where trying again later is the answer. Reads change nothing, so nothing here is about whether an
  /// application was created.
  var commandFailure: CommandFailure {
    switch self {
    case .api(let failure):
      let code = failure.error.code
      let busy = code?.isSafeToRetryAutomatically == true || code?.mayHaveTakenEffect == true
      let explanation =
        code?.mayHaveTakenEffect == true
        ? "Kombo or the customer's ATS failed while answering; this command changed nothing."
        : failure.error.explanation
      var lines = [
        "kombo-apply: \(failure.description)", "  \(explanation)",
        busy ? "  Try again in a little while." : "  \(failure.error.nextStep)",
      ]
      if let log = failure.error.logURL { lines.append("  Log: \(Sanitizer.line(log))") }
      return CommandFailure(
        message: lines.joined(separator: "\n"), exitCode: busy ? ExitStatus.unavailable : ExitStatus.rejected)
    case .unexpectedResponse(let response) where response.status >= 500:
      return CommandFailure(
        message:
          "kombo-apply: \(response.description); this command changed nothing. Try again in a little while.",
        exitCode: ExitStatus.unavailable)
    case .transport(let failure):
      return CommandFailure(
        message: "kombo-apply: could not reach Kombo: \(failure.reason)", exitCode: ExitStatus.unavailable)
    case .missingIntegration:
      return CommandFailure(message: "kombo-apply: \(description)", exitCode: ExitStatus.configuration)
    default:
      return CommandFailure(message: "kombo-apply: \(description)", exitCode: ExitStatus.rejected)
    }
  }
}
