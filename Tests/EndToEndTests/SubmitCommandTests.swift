import Foundation
import Testing

/// `kombo-apply submit` run as a process against a loopback Kombo: dry runs, input errors, outcomes.
@Suite(.serialized) struct SubmitCommandTests {
  let candidate = [
    "--job", E2EFakeKombo.jobID, "--first-name", "Ada", "--last-name", "Lovelace", "--email",
    "ada@example.com",
  ]

  func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func dryRunJSONPrintsTheBodyAloneWithFilesShortened() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let cv = try cli.file("cv.pdf", Data("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".utf8))
      let result = try await cli.run(
        ["submit"] + candidate + [
          "--stage", E2EFakeKombo.stageID, "--country", "de", "--salary", "70000/year", "--attach", cv,
          "--answer", "QPermit=yes", "--answer", "QOffice=Remote", "--answer", "QYears=5", "--dry-run",
          "--json",
        ])
      #expect(result.status == 0, "\(result.stderr)")
      let body = try object(result.stdout)
      #expect(body["stage_id"] as? String == E2EFakeKombo.stageID)
      let person = try #require(body["candidate"] as? [String: Any])
      #expect(person["email_address"] as? String == "ada@example.com")
      #expect((person["location"] as? [String: Any])?["country"] as? String == "DE")
      #expect((person["salary_expectations"] as? [String: Any])?["period"] as? String == "YEAR")
      let attachment = try #require((body["attachments"] as? [[String: Any]])?.first)
      #expect(attachment["data"] as? String == "<27 bytes>")
      #expect(attachment["type"] as? String == "CV")
      #expect(attachment["content_type"] as? String == "application/pdf")
      let answers = try #require(body["screening_question_answers"] as? [[String: Any]])
      #expect(answers.count == 3)
      #expect(
        answers.contains {
          $0["question_id"] as? String == "QOffice" && $0["answer"] as? String == "OptRemote"
        })
      #expect(server.createBodies.isEmpty, "a dry run sends nothing")
    }
  }

  @Test func dryRunFullPrintsTheExactBytesThatWouldBeSent() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let cv = try cli.file("cv.pdf", Data("%PDF-1.7\n".utf8))
      let dry = try await cli.run(
        ["submit"] + candidate + ["--attach", cv, "--answer", "QPermit=no", "--dry-run", "--full", "--json"])
      #expect(dry.status == 0, "\(dry.stderr)")
      #expect(dry.stdout.contains(#""data":"JVBERi0xLjcK""#))
      let sent = try await cli.run(
        ["submit"] + candidate + ["--attach", cv, "--answer", "QPermit=no", "--json"])
      #expect(sent.status == 0, "\(sent.stderr)")
      #expect(server.createBodies.count == 1)
      #expect(String(decoding: server.createBodies[0], as: UTF8.self) + "\n" == dry.stdout)
    }
  }

  /// A colon in a web address's path is part of it; only a capitalised suffix reads as a type.
  @Test func aColonInAWebAddressIsNotTakenForAType() async throws {
    try await E2EFakeKombo.withServer { _, cli in
      let result = try await cli.run([
        "submit", "--job", E2EFakeKombo.jobID, "--first-name", "Ada", "--last-name", "L", "--email",
        "ada@example.com", "--answer", "QPermit=no", "--attach-url", "https://files.example.com/a:b.pdf",
        "--attach-url", "https://files.example.com/c.pdf:OTHER", "--dry-run", "--json",
      ])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains(#""data_url" : "https://files.example.com/a:b.pdf""#))
      #expect(result.stdout.contains(#""data_url" : "https://files.example.com/c.pdf""#))
    }
  }

  @Test func humanDryRunSaysNothingWasSent() async throws {
    try await E2EFakeKombo.withServer { _, cli in
      let result = try await cli.run(["submit"] + candidate + ["--answer", "QPermit=no", "--dry-run"])
      #expect(result.status == 0)
      #expect(result.stdout.hasPrefix("Dry run: nothing sent."))
      #expect(result.stdout.contains(#""first_name" : "Ada""#))
    }
  }

  @Test func invalidInputExits65NamingEveryFlag() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let result = try await cli.run([
        "submit", "--job", E2EFakeKombo.jobID, "--first-name", "Ada", "--email", "ada-at-example",
        "--country", "Germany", "--salary", "lots", "--attach", "/no/such/file.pdf", "--answer", "QNope=1",
        "--answer", "QYears=many", "--link", "notaurl", "--gender", "robot", "--answer", "QOffice=Remote",
        "--answer", "QOffice=Remote", "--attach-url", "https://files.example.com/a.pdf:BOGUS",
      ])
      #expect(result.status == 65)
      for flag in [
        "--last-name:", "--email:", "--country:", "--salary:", "--attach /no/such/file.pdf:",
        "--answer QNope:",
        "--answer QYears:", "--link #1:", "--gender:", "--answer QPermit:",
        "--answer QOffice: given more than once", "--attach-url: \"BOGUS\" is not an attachment type",
      ] {
        #expect(result.stderr.contains(flag), "missing \(flag) in:\n\(result.stderr)")
      }
      #expect(result.stderr.contains("did you mean DE"), "suggests the code for a country name")
      #expect(result.stderr.components(separatedBy: "did you mean").count == 2, "once")
      #expect(result.stdout.isEmpty)
      #expect(server.createBodies.isEmpty)
    }
  }

  @Test func createdApplicationIsReportedAndRemembered() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let result = try await cli.run(["submit"] + candidate + ["--answer", "QPermit=no", "--json"])
      #expect(result.status == 0, "\(result.stderr)")
      let outcome = try object(result.stdout)
      #expect(outcome["status"] as? String == "succeeded")
      #expect(outcome["application_id"] as? String == "AppAAAAAAAAAAAAAAAAAAA01")
      let history = try await cli.run(["history", "--json"])
      #expect(history.stdout.contains("AppAAAAAAAAAAAAAAAAAAA01"))
      let submission = try #require(outcome["submission_id"] as? String)
      #expect(history.stdout.contains(#""submission_id":"\#(submission)""#), "the same id in both")
      #expect(!history.stdout.contains("ada@example.com"), "history keeps ids, not candidate data")
      #expect(server.applicationCount == 1)
      let mode = PrivateModes(home: cli.home)
      #expect(mode.database == 0o600)
      #expect(mode.directory == 0o700)
    }
  }

  @Test func rejectionExits1WithCodeExplanationAndLog() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      server.setMode(.reject(status: 400, code: "ATS.JOB_CLOSED"))
      let result = try await cli.run(["submit"] + candidate + ["--answer", "QPermit=no"])
      #expect(result.status == 1)
      #expect(result.stderr.contains("ATS.JOB_CLOSED"))
      #expect(result.stderr.contains("The job no longer accepts applications."))
      #expect(result.stderr.contains("Rejected by the fake"))
      #expect(result.stderr.contains("https://app.kombo.dev/logs/e2e"))
    }
  }

  @Test func readyMadeBodyIsCheckedAgainstTheJobAndSentVerbatim() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let good =
        #"{"candidate":{"first_name":"Ada","last_name":"L","email_address":"ada@example.com"},"stage_id":"StgAAAAAAAAAAAAAAAAAAAA1","screening_question_answers":[{"question_id":"QPermit","answer":false}]}"#
      let bad =
        #"{"candidate":{"first_name":"Ada","last_name":"L","email_address":"a@b.c"},"stage_id":"StgNOPE","screening_question_answers":[{"question_id":"QZ","answer":true}]}"#
      let rejected = try await cli.run([
        "submit", "--job", E2EFakeKombo.jobID, "--body", try cli.file("bad.json", Data(bad.utf8)),
      ])
      #expect(rejected.status == 65)
      #expect(rejected.stderr.contains("--body: stage_id"))
      #expect(rejected.stderr.contains("--body: screening_question_answers"))
      let broken = try await cli.run([
        "submit", "--job", E2EFakeKombo.jobID, "--body",
        try cli.file("broken.json", Data(#"{"candidate":{}}"#.utf8)),
      ])
      #expect(broken.status == 65)
      #expect(broken.stderr.contains("candidate"))
      let attachment =
        #""attachments":[{"name":"cv.pdf","type":"CV","content_type":"application/pdf","data":"#
      let shortened =
        #"{"candidate":{"first_name":"Ada","last_name":"L","email_address":"ada@example.com"},"#
        + attachment
        + #""<25 bytes>"},{"name":"b.pdf","type":"OTHER","content_type":"application/pdf","data":"%%"}]}"#
      let placeholder = try await cli.run([
        "submit", "--job", E2EFakeKombo.jobID, "--body", try cli.file("short.json", Data(shortened.utf8)),
      ])
      #expect(placeholder.status == 65)
      #expect(placeholder.stderr.contains("attachments[0].data is <25 bytes>, a placeholder"))
      #expect(placeholder.stderr.contains("attachments[1].data is not valid base64"))
      let sent = try await cli.run([
        "submit", "--job", E2EFakeKombo.jobID, "--body", try cli.file("good.json", Data(good.utf8)),
      ])
      #expect(sent.status == 0, "\(sent.stderr)")
      #expect(server.createBodies == [Data(good.utf8)])
    }
  }

  @Test func plainHTTPToAnotherHostIsRefused() async throws {
    let cli = try E2ECommand(server: nil)
    let result = try await cli.run(
      ["jobs"],
      extraEnvironment: [
        "KOMBO_API_KEY": "sk_test_x_1234567890", "KOMBO_BASE_URL": "http://api.example.com/v1",
      ])
    #expect(result.status == 78)
    #expect(result.stderr.contains("refusing to send the API key over plain http"))
    #expect(!result.stderr.contains("sk_test_x_1234567890"))
  }

  @Test func worldReadableCredentialsAreRefusedWithTheFix() async throws {
    let cli = try E2ECommand(server: nil)
    let directory = cli.home + "/config/kombo-apply"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try "sk_live_from_file_123456\n".write(
      toFile: directory + "/credentials", atomically: false, encoding: .utf8)
    chmod(directory + "/credentials", 0o644)
    let result = try await cli.run(["jobs"])
    #expect(result.status == 78)
    #expect(result.stderr.contains("chmod 600 \(directory)/credentials"))
    #expect(!result.stderr.contains("sk_live_from_file"))
  }

  @Test func usageErrorsExit64AndHelpWorksWithoutATerminal() async throws {
    let cli = try E2ECommand(server: nil)
    #expect(try await cli.run(["submit"]).status == 64)
    #expect(try await cli.run(["submit", "--job", "J", "--full"]).status == 64)
    let help = try await cli.run(["submit", "--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("--attach-url"))
    #expect(try await cli.run(["--version"]).stdout == "0.1.0\n")
  }
}

/// The modes of the state directory and database under a test home.
struct PrivateModes {
  let database: mode_t?
  let directory: mode_t?

  init(home: String) {
    func mode(_ path: String) -> mode_t? {
      var info = stat()
      return stat(path, &info) == 0 ? info.st_mode & 0o777 : nil
    }
    database = mode(home + "/state/kombo-apply/state.sqlite")
    directory = mode(home + "/state/kombo-apply")
  }
}
