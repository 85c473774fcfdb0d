import Foundation
import Testing

/// kill -9 while a create is still running at Kombo (the sandbox's `in-flight` fault keeps it running
/// after the client is gone, and `--accept-duplicates` would store a second create as a second
/// application): `outbox retry` inside the attempt's window only looks it up and says until when it
/// waits; after the window the lookup finds the application that landed, and no second create is sent.
@Suite(.serialized) struct InFlightRetryTests {
  /// *Product Manager, Payments* and its required question.
  private static let jobID = "x6t8c3fMMk5LAt8FEytYdD7D"
  private static let question = "zVo1wYxxvspmw9MwN4anC3KA=yes"
  /// The window of every attempt: create timeout 25 s + margin 2 s. The sandbox holds a create 25 s, so
  /// the early retry (a process start away, slower on a loaded machine) runs before it lands.
  private static let window = Duration.seconds(27)

  private func command(_ sandbox: RecruiterSandbox) throws -> E2ECommand {
    var cli = try E2ECommand(server: nil)
    cli.environment.merge(sandbox.clientEnvironment) { $1 }
    try FileManager.default.createDirectory(
      atPath: cli.home + "/config/kombo-apply", withIntermediateDirectories: true)
    try #"{"create_timeout_seconds": 25, "in_flight_margin_seconds": 2}"#.write(
      toFile: cli.home + "/config/kombo-apply/config.json", atomically: false, encoding: .utf8)
    return cli
  }

  /// Starts `arguments`, waits until the sandbox has taken the next create (its fault is used up down to
  /// `remaining`), then kills the process with SIGKILL.
  private func killMidCreate(
    _ cli: E2ECommand, _ sandbox: RecruiterSandbox, _ arguments: [String], remaining: String
  ) async throws -> ContinuousClock.Instant {
    let (process, _) = try cli.launch(arguments)
    let deadline = ContinuousClock.now + .seconds(120)
    while try await sandbox.remainingFaults() != remaining && ContinuousClock.now < deadline {
      try await Task.sleep(for: .milliseconds(20))
    }
    let sent = ContinuousClock.now
    #expect(try await sandbox.remainingFaults() == remaining, "the create reached the sandbox")
    kill(process.processIdentifier, SIGKILL)
    while process.isRunning { try await Task.sleep(for: .milliseconds(10)) }
    return sent
  }

  private func submitArguments(_ email: String) -> [String] {
    [
      "submit", "--job", Self.jobID, "--first-name", "Grace", "--last-name", "Hopper", "--email", email,
      "--answer", Self.question,
    ]
  }

  @Test func aKilledSubmitIsNotResentWhileItsCreateMayStillRunAndIsFoundAfterwards() async throws {
    let sandbox = try await RecruiterSandbox.start(
      faults: "create:in-flight=25000*1", acceptsDuplicates: true)
    let cli = try command(sandbox)
    let email = "grace.inflight@example.com"
    let sent = try await killMidCreate(cli, sandbox, submitArguments(email), remaining: "")

    let early = try await cli.run(["outbox", "retry", "--all"])
    #expect(early.status == 75, "\(early.stderr)")
    #expect(early.stderr.contains("Not resent: in flight since "), "\(early.stderr)")
    #expect(early.stderr.contains(", safe to check again at "))
    let listed = try await cli.run(["outbox", "list"])
    #expect(listed.stdout.contains("in flight since"), "\(listed.stdout)")

    try await Task.sleep(until: sent + Self.window + .seconds(1))
    #expect(
      try await sandbox.applications(jobID: Self.jobID, email: email).count == 1,
      "the killed process's create landed after the client was gone")
    try await sandbox.setFaults("create:500*1")
    let late = try await cli.run(["outbox", "retry", "--all"])
    #expect(late.status == 0, "\(late.stderr)")
    let application = try #require(try await sandbox.applications(jobID: Self.jobID, email: email).first)
    #expect(late.stdout.contains("Application created: \(application["id"] as? String ?? "?")"))
    #expect(try await sandbox.remainingFaults() == "create:500*1", "the retry sent no create request")
    #expect(try await sandbox.applications(jobID: Self.jobID, email: email).count == 1, "no duplicate")
    await sandbox.stop()
  }

  @Test func aKilledRetryIsNotResentEitherWhileItsResendMayStillRun() async throws {
    // The first create lands only after the test's last look (the sandbox is killed then); the resend
    // lands 25 s after it was sent.
    let sandbox = try await RecruiterSandbox.start(
      faults: "create:in-flight=120000*1,create:in-flight=25000*1", acceptsDuplicates: true)
    let cli = try command(sandbox)
    let email = "grace.resent@example.com"
    let submitted = try await killMidCreate(
      cli, sandbox, submitArguments(email), remaining: "create:in-flight=25000*1")
    try await Task.sleep(until: submitted + Self.window + .seconds(1))

    let resent = try await killMidCreate(cli, sandbox, ["outbox", "retry", "--all"], remaining: "")
    let early = try await cli.run(["outbox", "retry", "--all"])
    #expect(early.status == 75, "\(early.stderr)")
    #expect(early.stderr.contains("Not resent: in flight since "), "\(early.stderr)")

    try await Task.sleep(until: resent + Self.window + .seconds(1))
    try await sandbox.setFaults("create:500*1")
    let late = try await cli.run(["outbox", "retry", "--all"])
    #expect(late.status == 0, "\(late.stderr)")
    #expect(late.stdout.contains("Application created: "))
    #expect(try await sandbox.remainingFaults() == "create:500*1", "no third create request")
    #expect(try await sandbox.applications(jobID: Self.jobID, email: email).count == 1, "no duplicate")
    kill(sandbox.process.processIdentifier, SIGKILL)
    await sandbox.stop()
  }
}
