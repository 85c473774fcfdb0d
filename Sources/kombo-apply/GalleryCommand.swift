import ArgumentParser
import CursesTerminal
import Foundation
import TerminalUI
import TextSafety

/// `kombo-apply gallery` (hidden): every widget on one scrollable form, the text input first and
/// focused. Used by the terminal tests and the screenshot script. Prints the values on Done.
struct GalleryCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gallery", abstract: "Show every widget on one form (for tests and screenshots).",
    shouldDisplay: false)

  @Option(help: "Theme: a bundled name, a name in ~/.config/kombo-apply/themes, or a path.")
  var theme: String?

  @Flag(help: "Ask line by line instead of full screen (also used for TERM=dumb).")
  var accessible = false

  func run() async throws {
    let environment = ProcessInfo.processInfo.environment
    let chosenTheme: Theme
    do {
      chosenTheme = try ThemeLoader.load(name: theme, environment: environment) {
        try? String(contentsOfFile: $0, encoding: .utf8)
      }
    } catch {
      FileHandle.standardError.write(Data("kombo-apply: \(error.description)\n".utf8))
      throw ExitCode(78)
    }
    var form = Gallery.form()
    if accessible || !CursesTerminal.supportsFullScreen(environment: environment) {
      var io = StandardLineIO()
      try finish(AccessibleRunner.run(&form, io: &io))
      return
    }
    let terminal = try CursesTerminal.start(theme: chosenTheme, environment: environment)
    form = await Runtime.run(FormProgram(), model: form, terminal: terminal)
    terminal.restore()
    try finish(form.outcome)
  }

  private func finish(_ outcome: FormOutcome?) throws {
    switch outcome {
    case .submitted(let values):
      for (key, value) in values.byKey.sorted(by: { $0.key < $1.key }) {
        print("\(key) = \(Sanitizer.clean(String(describing: value)))")
      }
    case .signal(let signal):
      CursesTerminal.reraise(signal)
    case .cancelled:
      throw ExitCode(130)
    case .back, .dialogAnswered, nil:
      break
    }
  }
}
