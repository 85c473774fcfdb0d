import ApplyCore
import ArgumentParser
import CursesTerminal
import Foundation
import RecruiterApp
import TerminalUI

/// The terminal UI: what `kombo-apply` runs without a subcommand. Prepares the backend (the embedded
/// sandbox when no key is configured) and the state database, runs the start-up (integration picker,
/// key and integration check) and the recruiter app under curses, or both as line prompts, and on the
/// way out saves the draft, restores the terminal and stops the backend.
///
/// Exit: 0 after quitting, 130 after Ctrl-C (confirmed), 69/78 after a start-up problem, or by the
/// signal that stopped it (SIGHUP, SIGTERM) after saving the draft.
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
    do {
      let launch = try await InteractiveLaunch.prepare(connection: connection)
      if accessible || !CursesTerminal.supportsFullScreen(environment: environment) {
        try await runLineByLine(launch)
      } else {
        try await runFullScreen(launch, theme: chosenTheme, environment: environment)
      }
    } catch let failure as CommandFailure {
      throw failure.report()
    }
  }

  /// The same flow as line prompts (`--accessible`, `TERM=dumb`, no cursor addressing).
  private func runLineByLine(_ launch: InteractiveLaunch) async throws {
    var io = StandardLineIO()
    let exit = await AccessibleApp.run(io: &io, launch: launch.services)
    await launch.shutdown()
    switch exit {
    case .finished: return
    case .cancelled: throw ExitCode(130)
    case .problem(let status): throw ExitCode(status)
    }
  }

  private func runFullScreen(_ launch: InteractiveLaunch, theme: Theme, environment: [String: String])
    async throws
  {
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal.start(theme: theme, environment: environment)
    } catch {
      await launch.shutdown()
      throw CommandFailure(
        message: "kombo-apply: cannot start the terminal UI: \(error)", exitCode: ExitStatus.configuration)
    }
    let program = LaunchProgram(services: launch.services)
    let (model, effects) = program.start(size: terminal.size)
    let final = await Runtime.run(program, model: model, terminal: terminal, initialEffects: effects)
    var saveProblem: String?
    if let app = final.app {
      do {
        try app.program.saveDraftNow(app.model)
      } catch {
        saveProblem = "the draft could not be saved: \(error)"
      }
    }
    terminal.restore()
    await launch.shutdown()
    if let saveProblem { Console.error("kombo-apply: \(saveProblem)") }
    switch final.finalExit {
    case .signal(let signal): CursesTerminal.reraise(signal)
    case .cancelled: throw ExitCode(130)
    case .finished, nil: if let status = final.problemStatus { throw ExitCode(status) }
    }
  }
}
