import Foundation
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
  /// have falls back to the Kombo Sandbox one, saying so.
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
    #expect(unknown.status == 0)
    #expect(unknown.stderr.contains("is not one of the built-in sandbox's integrations"))
    #expect(unknown.stderr.contains("using sandbox:yn2MzAVjqBG5w7v9TcMnUiQn"))
  }
}
