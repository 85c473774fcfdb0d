import Foundation
import TestHarness
import Testing

/// With no API key, the commands run against the built-in sandbox, started in-process on loopback.
@Suite(.serialized) struct EmbeddedSandboxCommandTests {
  @Test func withoutAKeyTheCommandsUseTheBuiltInSandbox() async throws {
    var cli = try E2ECommand(server: nil)
    cli.environment["XDG_DATA_HOME"] = cli.home + "/data"
    let jobs = try await cli.run(["jobs", "--search", "Backend"])
    #expect(jobs.status == 0, "\(jobs.stderr)")
    #expect(jobs.stderr.contains("no API key configured; using the built-in sandbox"))
    #expect(jobs.stdout.contains("Senior Backend Engineer (Platform)"))

    let arguments = [
      "submit", "--job", "remote:4711", "--first-name", "Zoë", "--last-name", "Sandbox",
      "--email", "zoe.sandbox@example.com",
    ]
    let invalid = try await cli.run(arguments)
    #expect(invalid.status == 65, "the demo job has required questions: \(invalid.stderr)")
    #expect(invalid.stderr.contains("--answer"))

    let dataDirectory = cli.home + "/data/kombo-apply/sandbox"
    #expect(FileManager.default.fileExists(atPath: dataDirectory), "sandbox data lives under XDG_DATA_HOME")
  }

  /// A demo can show any of the sandbox's tools: `--integration` picks one; an id the sandbox does not
  /// have is a configuration error on the command line (never a silent substitute).
  @Test func theIntegrationFlagPicksOneOfTheSandboxIntegrations() async throws {
    var cli = try E2ECommand(server: nil)
    cli.environment["XDG_DATA_HOME"] = cli.home + "/data"
    let submit = [
      "submit", "--job", "remote:4726", "--first-name", "Gregor", "--last-name", "House",
      "--email", "gregor.house@example.com", "--json",
    ]
    let greenhouse = try await cli.run(["--integration", "greenhouse:if1T8X74WcjJarjMcsuajMjq"] + submit)
    #expect(greenhouse.status == 0, "\(greenhouse.stderr)")
    let history = try await cli.run(["history", "--json"])
    #expect(history.stdout.contains("greenhouse:if1T8X74WcjJarjMcsuajMjq"))

    let unknown = try await cli.run(["--integration", "greenhouse:8d1hpPsbjxUkoCoa1veLZGe5", "jobs"])
    #expect(unknown.status == 78)
    #expect(unknown.stderr.contains("is not one of the built-in sandbox's"))
    #expect(unknown.stderr.contains("`kombo-apply sandbox integrations`"))
  }

  /// The terminal UI may stand the sandbox in for an integration it lacks, but says so on screen: the
  /// stderr line is hidden by the full-screen UI.
  @Test func theTerminalUIShowsTheSubstitutionOnScreen() async throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-tui-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    var environment = ["HOME": home.path, "KOMBO_INTEGRATION_ID": "greenhouse:8d1hpPsbjxUkoCoa1veLZGe5"]
    for (name, folder) in [
      "XDG_CONFIG_HOME": "/config", "XDG_STATE_HOME": "/state", "XDG_DATA_HOME": "/data",
    ] {
      environment[name] = home.path + folder
    }
    let tui = try await TmuxSession("", environment: environment, directory: home.path)
    let shown = try await tui.waitFor(
      "The sandbox stands in for greenhouse:8d1hpPsbjxUkoCoa1veLZGe5", seconds: 30)
    let screen = await tui.screen()
    #expect(shown, "\(screen)")
    try await tui.press("C-c")
  }
}
