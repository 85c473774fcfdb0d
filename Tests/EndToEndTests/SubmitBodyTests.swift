import Foundation
import Testing

/// `kombo-apply submit --body FILE` run as a process: the file is read safely, refused with repeated keys
/// or beyond the size limit, and checked by the same validator as the flags before anything is recorded.
@Suite(.serialized) struct SubmitBodyTests {
  static let good =
    #"{"candidate":{"first_name":"Ada","last_name":"L","email_address":"ada@example.com"},"#
    + #""screening_question_answers":[{"question_id":"QPermit","answer":false}]}"#

  func submit(_ cli: E2ECommand, body path: String) async throws -> E2ECommand.Result {
    try await cli.run(["submit", "--job", E2EFakeKombo.jobID, "--body", path])
  }

  @Test func everyProblemIsNamedByItsJSONPath() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let body =
        #"{"candidate":{"first_name":"Ada","last_name":"L","email_address":"ada@","location":{"country":"de"}},"#
        + #""attachments":[{"name":"cv.pdf","type":"CV","data":"JVBERi0xLjcK"}],"#
        + #""screening_question_answers":[{"question_id":"QYears","answer":"5"}]}"#
      let result = try await submit(cli, body: try cli.file("bad.json", Data(body.utf8)))
      #expect(result.status == 65)
      for path in [
        "candidate.email_address", "candidate.location.country", "attachments[0].content_type",
        "screening_question_answers[0].answer", "screening_question_answers (question QPermit)",
      ] {
        #expect(result.stderr.contains("--body: \(path): "), "\(path): \(result.stderr)")
      }
      let typed = Self.good.replacingOccurrences(
        of: #""screening_question_answers""#,
        with:
          #""remote_fields":{"greenhouse":{"post_headers":{"On-Behalf-Of":123}}},"screening_question_answers""#
      )
      let wrongType = try await submit(cli, body: try cli.file("typed.json", Data(typed.utf8)))
      #expect(wrongType.status == 65)
      #expect(
        wrongType.stderr.contains("remote_fields.greenhouse.post_headers.On-Behalf-Of"), "\(wrongType.stderr)"
      )
      #expect(server.createBodies.isEmpty)
    }
  }

  @Test func repeatedKeysAreRefusedNamingTheKeyPath() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let body = Self.good.replacingOccurrences(
        of: #""email_address":"ada@example.com""#,
        with: #""email_address":"ada@example.com","email_address":"eve@example.com""#)
      let result = try await submit(cli, body: try cli.file("twice.json", Data(body.utf8)))
      #expect(result.status == 65)
      #expect(result.stderr.contains("--body: candidate.email_address: the key appears more than once"))
      #expect(server.createBodies.isEmpty)
    }
  }

  @Test func aByteOrderMarkIsStrippedFromWhatIsSent() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let result = try await submit(
        cli, body: try cli.file("bom.json", Data([0xEF, 0xBB, 0xBF]) + Data(Self.good.utf8)))
      #expect(result.status == 0, "\(result.stderr)")
      #expect(server.createBodies == [Data(Self.good.utf8)])
    }
  }

  @Test func anOversizedBodyIsRefusedBeforeItIsReadOrRecorded() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let path = cli.home + "/huge.json"
      #expect(FileManager.default.createFile(atPath: path, contents: nil))
      let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
      try handle.truncate(atOffset: 300 << 20)
      try handle.close()
      let result = try await submit(cli, body: path)
      #expect(result.status == 65)
      #expect(result.stderr.contains("is 300.0 MB; a body may be at most"), "\(result.stderr)")
      #expect(server.createBodies.isEmpty)
      let outbox = try await cli.run(["outbox", "--json"])
      #expect(!outbox.stdout.contains("huge"))
      #expect(outbox.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]", "\(outbox.stdout)")
    }
  }

  @Test func aDirectoryADeviceOrAFIFOIsNamedAsSuch() async throws {
    try await E2EFakeKombo.withServer { _, cli in
      let directory = try await submit(cli, body: cli.home)
      #expect(directory.status == 65)
      #expect(
        directory.stderr.contains("is a directory; give the path of a JSON file"), "\(directory.stderr)")
      let zero = try await submit(cli, body: "/dev/zero")
      #expect(zero.status == 65)
      #expect(zero.stderr.contains("is not a regular file (a device, FIFO or socket)"), "\(zero.stderr)")
      let fifo = cli.home + "/pipe"
      #expect(mkfifo(fifo, 0o600) == 0)
      let piped = try await submit(cli, body: fifo)
      #expect(piped.status == 65)
      #expect(piped.stderr.contains("is not a regular file"), "\(piped.stderr)")
      let missing = try await submit(cli, body: cli.home + "/nope.json")
      #expect(missing.stderr.contains("nope.json: no such file"), "\(missing.stderr)")
    }
  }
}
