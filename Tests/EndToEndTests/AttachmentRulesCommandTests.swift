import Foundation
import Testing

/// The integration's attachment rules, checked by `submit` before sending, and by the sandbox too.
@Suite(.serialized) struct AttachmentRulesCommandTests {
  /// A sandbox tool whose rules take PDF only.
  static let pdfOnly = "lever:LbUs1gq24Y3aSaHBTH9ZdXGA"
  /// A sandbox tool that publishes no limits (all `null`).
  static let unknown = "successfactors:nVUzuaAfS9wEX7DydKGunoxL"

  /// Writes a small valid Word document (a ZIP with `word/document.xml`) to `path`, made by Python's
  /// zipfile.
  static func writeWordDocument(_ path: String) throws {
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    python.arguments = [
      "python3", "-c",
      """
      import sys, zipfile
      with zipfile.ZipFile(sys.argv[1], 'w') as z:
          z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types/>')
          z.writestr('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="w"/>')
      """,
      path,
    ]
    try python.run()
    python.waitUntilExit()
    #expect(python.terminationStatus == 0)
  }

  @Test func aPDFOnlyIntegrationRefusesAWordCVBeforeSendingAndTheSandboxWouldToo() async throws {
    var cli = try E2ECommand(server: nil)
    cli.environment["XDG_DATA_HOME"] = cli.home + "/data"
    let document = cli.home + "/cv.docx"
    try Self.writeWordDocument(document)
    let submit = [
      "submit", "--job", "remote:4726", "--first-name", "Gregor", "--last-name", "House",
      "--email", "gregor.rules@example.com", "--attach", document,
    ]
    let refused = try await cli.run(["--integration", Self.pdfOnly] + submit)
    #expect(refused.status == 65, "\(refused.stderr)")
    #expect(refused.stderr.contains("--attach \(document): Attachment 1: this ATS takes CVs as PDF only"))
    #expect(refused.stderr.contains("Word document"))
    let history = try await cli.run(["history", "--json"])
    #expect(history.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]", "nothing was sent")

    let built = try await cli.run(
      ["--integration", Self.unknown] + submit + ["--dry-run", "--full", "--json"])
    #expect(built.status == 0, "an integration without rules takes it: \(built.stderr)")
    let body = cli.home + "/body.json"
    try built.stdout.write(toFile: body, atomically: true, encoding: .utf8)
    let sent = try await cli.run([
      "--integration", Self.pdfOnly, "submit", "--job", "remote:4726", "--body", body,
    ])
    #expect(sent.status == 1, "\(sent.stderr)")
    let said = sent.stdout + sent.stderr
    #expect(said.contains("PLATFORM.INPUT_INVALID"), "\(said)")
    #expect(said.contains("attachments[0].content_type:") && said.contains("application/pdf"))
  }

  @Test func jobPrintsTheIntegrationsAttachmentRulesInWordsAndInJSON() async throws {
    let cli = try E2ECommand(server: nil)
    let shown = try await cli.run(["--integration", Self.pdfOnly, "job", "remote:4726"])
    #expect(shown.status == 0, "\(shown.stderr)")
    let line = try #require(shown.stdout.split(separator: "\n").first { $0.hasPrefix("Attachments: ") })
    #expect(line.contains("PDF") && !line.contains("Word"), "\(line)")

    let json = try await cli.run(["--integration", Self.pdfOnly, "job", "remote:4726", "--json"])
    #expect(json.status == 0, "\(json.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["remote_id"] as? String == "4726", "the job's own fields are kept")
    let restrictions = try #require(object["attachment_restrictions"] as? [String: Any])
    let types = try #require(restrictions["types"] as? [String: [String: Any]])
    #expect(types["CV"]?["accepted_mime_types"] as? [String] == ["application/pdf"])

    let unknown = try await cli.run(["--integration", Self.unknown, "job", "remote:4726", "--json"])
    let none = try #require(
      try JSONSerialization.jsonObject(with: Data(unknown.stdout.utf8)) as? [String: Any])
    #expect(none["attachment_restrictions"] is NSNull, "nothing known is null")
    let words = try await cli.run(["--integration", Self.unknown, "job", "remote:4726"])
    #expect(words.stdout.contains("Attachments: no attachment limits known · ≤ 10 MB in all"))
  }
}
