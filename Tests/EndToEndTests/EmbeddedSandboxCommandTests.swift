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
}
