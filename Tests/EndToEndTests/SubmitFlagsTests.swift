import Foundation
import Testing

/// The command line reaches every property the terminal UI does: additional emails and phones with their
/// types, source, sourced-by, remote fields, consent refused, and the name a file is sent under.
@Suite(.serialized) struct SubmitFlagsTests {
  let candidate = [
    "submit", "--job", E2EFakeKombo.jobID, "--first-name", "Ada", "--last-name", "Lovelace", "--email",
    "ada@example.com", "--answer", "QPermit=no",
  ]

  @Test func everyPropertyOfTheTerminalUIHasAFlag() async throws {
    try await E2EFakeKombo.withServer { _, cli in
      let cv = try cli.file("cv.pdf", Data("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".utf8))
      let result = try await cli.run(
        candidate + [
          "--additional-email", "ada@work.example.com:WORK", "--additional-email", "ada@other.example.com",
          "--additional-phone", "+49 30 1234567:personal", "--source", "Job fair", "--sourced-by",
          "remote:42",
          "--remote-fields", #"{"greenhouse":{"post_headers":{"On-Behalf-Of":"4080"}}}"#, "--no-gdpr-consent",
          "--gdpr-until", "2030-01-31", "--attach", cv, "--attach-name", "Ada Lovelace CV.pdf",
          "--attach-url", "https://files.example.com/letter.pdf:COVER_LETTER", "--attach-name", "Letter.pdf",
          "--dry-run", "--json",
        ])
      #expect(result.status == 0, "\(result.stderr)")
      let body = try #require(
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      let person = try #require(body["candidate"] as? [String: Any])
      let emails = try #require(person["additional_email_addresses"] as? [[String: String]])
      #expect(
        emails == [
          ["type": "WORK", "email_address": "ada@work.example.com"],
          ["type": "OTHER", "email_address": "ada@other.example.com"],
        ])
      let phones = try #require(person["additional_phone_numbers"] as? [[String: String]])
      #expect(phones == [["type": "PERSONAL", "phone_number": "+49 30 1234567"]])
      #expect((body["source"] as? [String: String]) == ["name": "Job fair"])
      #expect((body["sourced_by"] as? [String: String]) == ["user_id": "remote:42"])
      let consent = try #require(body["gdpr_consent"] as? [String: Any])
      #expect(consent["given"] as? Bool == false)
      #expect((consent["expires_at"] as? String)?.hasPrefix("2030-01-31") == true)
      let remote = try #require(body["remote_fields"] as? [String: [String: [String: String]]])
      #expect(remote["greenhouse"]?["post_headers"]?["On-Behalf-Of"] == "4080")
      let files = try #require(body["attachments"] as? [[String: Any]])
      #expect(files.map { $0["name"] as? String } == ["Ada Lovelace CV.pdf", "Letter.pdf"])
      #expect(files.map { $0["type"] as? String } == ["CV", "COVER_LETTER"])
    }
  }

  @Test func wrongValuesAreNamedByTheirFlag() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let result = try await cli.run(
        candidate + [
          "--additional-email", "nope:WORK", "--additional-phone", "123:MOBILE", "--sourced-by", "someone",
          "--remote-fields", #"{"greenhouse":{"post_headers":{"On-Behalf-Of":4080}}}"#, "--attach-name",
          "x.pdf",
        ])
      #expect(result.status == 65)
      for flag in [
        "--additional-email #1: ", "--additional-phone: \"MOBILE\" is not a type", "--sourced-by: ",
        "--remote-fields: not a remote_fields object: greenhouse.post_headers.On-Behalf-Of",
        "--attach-name: given 1 times for 0 files",
      ] {
        #expect(result.stderr.contains(flag), "\(flag): \(result.stderr)")
      }
      #expect(server.createBodies.isEmpty)
    }
  }

  @Test func theStageHelpSaysWhatHappensWithoutIt() async throws {
    let help = try await E2ECommand(server: nil).run(["submit", "--help"])
    let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(text.contains("without it no stage is sent and the ATS uses its default"), "\(help.stdout)")
    #expect(!text.contains("default: the job's first stage"))
    #expect(text.contains("--no-gdpr-consent"))
  }
}
