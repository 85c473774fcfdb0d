import ArgumentParser

/// The `kombo-apply` command: the terminal UI by default, subcommands for scripted use.
@main
struct KomboApply: AsyncParsableCommand {
  /// The version printed by `--version` and sent in the `User-Agent`.
  static let version = "0.1.0"

  /// The subcommands, one line each; front ends add theirs here.
  static let subcommands: [any ParsableCommand.Type] = [
    JobsCommand.self,
    JobCommand.self,
    SubmitCommand.self,
    ImportCommand.self,
    OutboxCommand.self,
    HistoryCommand.self,
    SandboxCommand.self,
    SSHCommand.self,
    GalleryCommand.self,
  ]

  static let configuration = CommandConfiguration(
    commandName: "kombo-apply",
    abstract: "Create job applications in your customer's ATS through Kombo's unified API.",
    discussion: """
      Without a subcommand kombo-apply runs the terminal UI (on the built-in sandbox when no API key \
      is configured); --theme NAME picks its colours.
      Configuration: KOMBO_API_KEY (or the credentials file), KOMBO_INTEGRATION_ID, KOMBO_BASE_URL or \
      KOMBO_REGION; flags win over the environment, which wins over the config file.
      Exit codes: 0 success, 1 rejected by the API, 64 usage error, 65 invalid input, 69 Kombo \
      unreachable, 75 kept in the outbox (outcome unknown or retry later), 78 configuration problem.
      """,
    version: version,
    subcommands: subcommands
  )

  /// The terminal UI's options (`--theme`, `--accessible`, connection flags).
  @OptionGroup var interactive: InteractiveCommand

  /// Refuses arguments that are not valid UTF-8 (exit 65, naming the argument) before parsing them:
  /// Swift would otherwise turn their bytes into U+FFFD and send that.
  static func main() async {
    if let problem = RawArguments.encodingProblem() {
      Console.error("kombo-apply: \(problem)")
      Self.exit(withError: ExitStatus.invalidInput)
    }
    await main(nil)
  }

  /// Without a subcommand: the terminal UI.
  func run() async throws {
    try await interactive.run()
  }
}
