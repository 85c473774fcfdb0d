import Foundation
import Testing

/// The ledger survives a killed process: SIGKILL while the create request is in flight, restart,
/// the outbox shows the submission as unknown, and a retry reconciles it — never a duplicate.
@Suite(.serialized) struct OutboxCrashTests {
  let email = "grace@example.com"

  /// A killed attempt may still be running until its start + create timeout + margin: 6 s here, so
  /// the early retry on a loaded machine (a second process start after the kill) still falls inside.
  static let window = Duration.seconds(6)

  /// Starts a submission against a server that never answers and kills it with `signal` mid-request.
  func killMidSend(
    _ server: E2EFakeKombo, _ cli: E2ECommand, signal: Int32 = SIGKILL
  ) async throws -> (id: String, stderr: String, status: Int32) {
    server.setMode(.hang)
    try FileManager.default.createDirectory(
      atPath: cli.home + "/config/kombo-apply", withIntermediateDirectories: true)
    try #"{"create_timeout_seconds": 6, "in_flight_margin_seconds": 0}"#.write(
      toFile: cli.home + "/config/kombo-apply/config.json", atomically: false, encoding: .utf8)
    let (process, stderrPath) = try cli.launch([
      "submit", "--job", E2EFakeKombo.jobID, "--first-name", "Grace", "--last-name", "Hopper", "--email",
      email,
      "--answer", "QPermit=no", "--json",
    ])
    let deadline = ContinuousClock.now + .seconds(120)
    while server.createBodies.isEmpty && ContinuousClock.now < deadline {
      try await Task.sleep(for: .milliseconds(20))
    }
    #expect(server.createBodies.count == 1, "the request reached the server")
    kill(process.processIdentifier, signal)
    while process.isRunning { try await Task.sleep(for: .milliseconds(10)) }

    let list = try await cli.run(["outbox", "list", "--json"])
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stderr.contains("interrupted by an earlier run"), "the next start says so")
    let entries = try #require(
      try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
    #expect(entries.count == 1)
    #expect(entries.first?["state"] as? String == "unknown")
    #expect(!list.stdout.contains(email), "the outbox listing shows no candidate data")
    let id = try #require(entries.first?["submission_id"] as? String)
    let stderr = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
    return (id, stderr, process.terminationStatus)
  }

  @Test func killedSubmissionIsReconciledNotResentWhenTheApplicationExists() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let (id, _, status) = try await killMidSend(server, cli)
      #expect(status == SIGKILL)
      server.markCreated(email: email)
      server.setMode(.create)

      let retry = try await cli.run(["outbox", "retry", String(id.prefix(8)), "--json"])
      #expect(retry.status == 0, "\(retry.stderr)")
      #expect(retry.stdout.contains(#""status":"succeeded""#))
      #expect(retry.stdout.contains(#""reconciled":true"#))
      #expect(server.createBodies.count == 1, "no second create request")
      #expect(server.applicationCount == 1, "exactly one application")
      #expect(try await cli.run(["outbox", "list"]).stdout.contains("The outbox is empty."))
    }
  }

  @Test func killedSubmissionIsResentOnceWhenNothingWasCreated() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let (id, _, status) = try await killMidSend(server, cli)
      #expect(status == SIGKILL)
      server.setMode(.create)

      let early = try await cli.run(["outbox", "retry", id])
      #expect(early.status == 75, "\(early.stderr)")
      #expect(early.stderr.contains("in flight since"))
      #expect(server.createBodies.count == 1, "not resent while the killed attempt may still be running")
      try await Task.sleep(for: Self.window)
      let retry = try await cli.run(["outbox", "retry", id])
      #expect(retry.status == 0, "\(retry.stderr)")
      #expect(retry.stdout.contains("Application created: AppAAAAAAAAAAAAAAAAAAA01"))
      #expect(server.createBodies.count == 2)
      #expect(
        server.createBodies[0] == server.createBodies[1], "the resend is the recorded body, byte for byte")
      #expect(server.applicationCount == 1)
    }
  }

  @Test func interruptedSubmissionSaysWhereItWentAndIsReconciledLater() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let (id, stderr, status) = try await killMidSend(server, cli, signal: SIGINT)
      #expect(status == 130)
      #expect(stderr.contains("Submission \(id) is kept in the outbox"))
      #expect(stderr.contains("kombo-apply outbox retry \(id)"))
      server.markCreated(email: email)
      server.setMode(.create)
      #expect(try await cli.run(["outbox", "retry", "--all"]).status == 0)
      #expect(server.createBodies.count == 1)
    }
  }

  @Test func retryableFailureIsResentFromTheOutboxAfterTheFileIsGone() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      try FileManager.default.createDirectory(
        atPath: cli.home + "/config/kombo-apply", withIntermediateDirectories: true)
      try #"{"max_attempts": 1}"#.write(
        toFile: cli.home + "/config/kombo-apply/config.json", atomically: false, encoding: .utf8)
      let cv = try cli.file("cv.pdf", Data("%PDF-1.7\n%%EOF\n".utf8))
      server.setMode(.reject(status: 429, code: "PLATFORM.RATE_LIMIT_EXCEEDED"))
      let first = try await cli.run([
        "submit", "--job", E2EFakeKombo.jobID, "--first-name", "Grace", "--last-name", "Hopper", "--email",
        email,
        "--answer", "QPermit=no", "--attach", cv,
      ])
      #expect(first.status == 75)
      #expect(first.stderr.contains("PLATFORM.RATE_LIMIT_EXCEEDED"))
      #expect(first.stderr.contains("Kept in the outbox. Retry with: kombo-apply outbox retry"))
      try FileManager.default.removeItem(atPath: cv)

      server.setMode(.create)
      let retry = try await cli.run(["outbox", "retry", "--all"])
      #expect(retry.status == 0, "\(retry.stderr)")
      #expect(server.createBodies.count == 2)
      #expect(server.createBodies[0] == server.createBodies[1])
      #expect(String(decoding: server.createBodies[1], as: UTF8.self).contains("JVBERi0xLjcKJSVFT0YK"))
    }
  }

  @Test func aSecondRetryWhileTheFirstIsSendingIsRefused() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let (id, _, _) = try await killMidSend(server, cli)
      try await Task.sleep(for: Self.window)
      let (first, _) = try cli.launch(["outbox", "retry", id])
      let deadline = ContinuousClock.now + .seconds(120)
      while server.createBodies.count < 2 && ContinuousClock.now < deadline {
        try await Task.sleep(for: .milliseconds(20))
      }
      #expect(server.createBodies.count == 2, "the first retry resent after finding nothing")
      let second = try await cli.run(["outbox", "retry", id])
      #expect(second.status == 75, "busy is a temporary failure, not a rejection by the API")
      #expect(
        second.stderr.contains("another kombo-apply process (pid \(first.processIdentifier)) is sending"))
      #expect(server.createBodies.count == 2, "the second retry sent nothing")
      kill(first.processIdentifier, SIGKILL)
      while first.isRunning { try await Task.sleep(for: .milliseconds(10)) }
    }
  }
}
