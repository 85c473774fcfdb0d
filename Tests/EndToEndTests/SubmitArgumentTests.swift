import Foundation
import Testing

/// `submit`'s arguments are checked before anything is sent, each refusal naming the argument and what
/// is allowed: the job reference, negative numbers, bytes that are not UTF-8, invisible names.
@Suite(.serialized) struct SubmitArgumentTests {
  let candidate = ["--first-name", "Ada", "--last-name", "Lovelace", "--email", "ada@example.com"]

  @Test func aJobThatCannotBeAnIdIsRefusedBeforeAnythingIsSent() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      for job in [
        String(repeating: "J", count: 100_000), "remote:" + String(repeating: "7", count: 300), "Job\nA",
      ] {
        let result = try await cli.run(["submit", "--job", job] + candidate + ["--answer", "QPermit=no"])
        #expect(result.status == 65, "\(result.stderr.prefix(300))")
        #expect(result.stderr.contains("--job: "))
        #expect(result.stderr.contains("on one line of at most 255 characters"))
        #expect(result.stderr.count < 2000, "the message does not repeat the whole value")
      }
      #expect(server.createBodies.isEmpty)
    }
  }

  @Test func negativeNumbersSayWhatIsAllowed() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let job = ["submit", "--job", E2EFakeKombo.jobID] + candidate + ["--answer", "QPermit=no"]
      let salary = try await cli.run(job + ["--salary", "-5000/YEAR"])
      #expect(salary.status == 65, "\(salary.stderr)")
      #expect(
        salary.stderr.contains("--salary: Salary amount must be a number greater than 0"), "\(salary.stderr)")
      #expect(!salary.stderr.contains("Missing value"))
      let timeout = try await cli.run(job + ["--request-timeout", "-3"])
      #expect(timeout.status == 64, "\(timeout.stderr)")
      #expect(
        timeout.stderr.contains("--request-timeout: give a number of seconds from 1 to 3600"),
        "\(timeout.stderr)")
      #expect(server.createBodies.isEmpty)
    }
  }

  @Test func aNameOfOnlyInvisibleCharactersIsRefused() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let result = try await cli.run(
        [
          "submit", "--job", E2EFakeKombo.jobID, "--first-name", "\u{200B}\u{FEFF}\u{200D}", "--last-name",
          "L",
          "--email", "ada@example.com", "--answer", "QPermit=no",
        ])
      #expect(result.status == 65, "\(result.stderr)")
      #expect(result.stderr.contains("--first-name: First name is required; the one given is only invisible"))
      #expect(server.createBodies.isEmpty)
    }
  }

  @Test(arguments: [
    (#"--first-name "$(printf 'Ad\377a')""#, "argument 5 (the value of --first-name)"),
    (#""--last-name=$(printf 'L\300')""#, "(the value of --last-name)"),
  ])
  func argumentsThatAreNotUTF8AreRefusedNamingThem(arguments: String, named: String) async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = [
        "-c",
        #"exec "$0" submit --job "$1" "# + arguments
          + #" --last-name L --email ada@example.com --answer QPermit=no"#,
        E2ECommand.binary.path, E2EFakeKombo.jobID,
      ]
      process.environment = cli.environment
      let errors = Pipe()
      process.standardError = errors
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 65, "\(stderr)")
      #expect(stderr.contains("\(named) is not valid UTF-8 text"), "\(stderr)")
      #expect(server.createBodies.isEmpty)
    }
  }
}
