import ArgumentParser

/// The `kombo-apply` command: the terminal UI by default, subcommands for scripted use.
@main
struct KomboApply: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kombo-apply",
    abstract: "Create job applications in your customer's ATS through Kombo's unified API.",
    subcommands: [SandboxCommand.self]
  )

  func run() async throws {
    print("kombo-apply: the terminal UI is not built yet.")
  }
}
