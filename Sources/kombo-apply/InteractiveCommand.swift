import ApplyCore
import ArgumentParser
import CursesTerminal
import Foundation
import RecruiterApp
import TerminalUI

/// The terminal UI: what `kombo-apply` runs without a subcommand. Starts the backend (the embedded
/// sandbox when no key is configured), opens the state database, runs the recruiter app under
/// curses, and on the way out saves the draft, restores the terminal and stops the backend.
///
/// Exit: 0 after quitting, 130 after Ctrl-C (confirmed), or by the signal that stopped it (SIGHUP,
/// SIGTERM) after saving the draft.
struct InteractiveCommand: ParsableArguments {
  @Option(help: "Theme: a bundled name, a name in ~/.config/kombo-apply/themes, or a path.")
  var theme: String?

  @Flag(help: "Ask line by line instead of full screen (also used for TERM=dumb).")
  var accessible = false

  @OptionGroup var connection: ConnectionOptions

  /// Runs the app until the user quits or a signal stops it.
  func run() async throws {
    let environment = ProcessInfo.processInfo.environment
    let chosenTheme: Theme
    do {
      chosenTheme = try ThemeLoader.load(name: theme, environment: environment) {
        try? String(contentsOfFile: $0, encoding: .utf8)
      }
    } catch {
      Console.error("kombo-apply: \(error.description)")
      throw ExitStatus.configuration
    }
    if accessible || !CursesTerminal.supportsFullScreen(environment: environment) {
      Console.error(
        "kombo-apply: this terminal cannot run full screen and the line-by-line mode is not part of this "
          + "build yet; use a terminal with cursor addressing, or `kombo-apply submit` for scripted use.")
      throw ExitStatus.configuration
    }
    do {
      try await runFullScreen(theme: chosenTheme, environment: environment)
    } catch let failure as CommandFailure {
      throw failure.report()
    }
  }

  private func runFullScreen(theme: Theme, environment: [String: String]) async throws {
    let context = try AppContext(connection: connection)
    let database = try context.database()
    let session = try await Backend.make(context.configuration)
    let submitter = context.submitter(session, database: database)
    _ = try? submitter.recoverInterrupted()
    let services = RecruiterServices(
      client: session.client, database: database, submitter: submitter,
      homeDirectory: environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path,
      workingDirectory: FileManager.default.currentDirectoryPath,
      backend: BackendInfo(label: session.label, isSandbox: session.isSandbox, integrationID: session.integrationID),
      sessionSeed: UUID().uuidString.lowercased())
    let program = RecruiterProgram(services: services)
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal.start(theme: theme, environment: environment)
    } catch {
      await session.shutdown()
      throw CommandFailure(message: "kombo-apply: cannot start the terminal UI: \(error)", exitCode: ExitStatus.configuration)
    }
    var model = program.initialModel(now: Date(), size: terminal.size)
    let effects = program.initialEffects(&model)
    let final = await Runtime.run(program, model: model, terminal: terminal, initialEffects: effects)
    let saveProblem: String? = (try? program.saveDraftNow(final)) == nil ? "the draft could not be saved" : nil
    terminal.restore()
    await session.shutdown()
    if let saveProblem { Console.error("kombo-apply: \(saveProblem)") }
    switch final.exit {
    case .signal(let signal): CursesTerminal.reraise(signal)
    case .cancelled: throw ExitCode(130)
    case .finished, nil: return
    }
  }
}
