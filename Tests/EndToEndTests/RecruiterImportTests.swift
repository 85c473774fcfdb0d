import Foundation
import Testing

/// The terminal UI's import — the real binary in tmux — against the sandbox over loopback: checked,
/// sent through rate limits, each row exactly once, and the same file imported again creates nothing.
@Suite(.serialized) struct RecruiterImportTests {
  @Test func ctrlOImportsAFileOnceAndImportingItAgainCreatesNothing() async throws {
    let sandbox = try await RecruiterSandbox.start()
    let jobID = try await ImportCommandTests.plainJob(sandbox)
    let jobs = try await sandbox.results("/ats/jobs?page_size=100")
    let name = try #require(jobs.first { $0["id"] as? String == jobID }?["name"] as? String)
    let app = try RecruiterSession(sandbox: sandbox)
    let tag = UUID().uuidString.prefix(8).lowercased()
    var lines = ["Vorname;Nachname;E-Mail;Stadt;Land"]
    for index in 1...25 {
      lines.append("Kand;Nummer \(index);k\(index)-\(tag)@tui-import.example;\"Köln; Mitte\";DE")
    }
    try app.write("bewerber.csv", Data((lines.joined(separator: "\r\n") + "\r\n").utf8))
    try app.write("notes.md", Data("not offered\n".utf8))

    try await app.launch()
    try await app.type(name)
    try await app.see("> \(name)")
    try await app.press("C-o")
    try await app.see("File to import into \(name)")
    try await app.see("bewerber.csv")
    try await app.dontSee("notes.md", seconds: 1)
    try await app.press("Enter")
    try await app.see("The header row does not name the columns as the import needs; nothing can be sent.")
    try await app.see("first_name")
    try await app.press("Escape")

    let mapped = ["first_name;last_name;email;city;country"] + lines.dropFirst()
    try app.write("bewerber.csv", Data((mapped.joined(separator: "\r\n") + "\r\n").utf8))
    try await app.see("File to import into \(name)")
    try await app.see(">   bewerber.csv")
    try await app.press("Enter")
    try await app.see("25 rows checked: all valid. ctrl+s sends them.")
    try await sandbox.setFaults("create:429/1*2")
    try await app.press("C-s")
    try await app.see("created  25")
    try await app.see("Kombo asked to slow down 2 times")

    let counts = try await Self.counts(sandbox, jobID: jobID, tag: tag)
    #expect(counts.count == 25, "every row became an application")
    #expect(counts.values.allSatisfy { $0 == 1 }, "none twice: \(counts.filter { $0.value > 1 })")

    try await app.press("Enter")
    try await app.see("> \(name)")
    try await app.press("C-o")
    try await app.see("bewerber.csv")
    try await app.press("Enter")
    try await app.see("25 rows checked: all valid.")
    try await app.press("C-s")
    try await app.see("already created  25  by an earlier run of this import")
    #expect(try await Self.counts(sandbox, jobID: jobID, tag: tag) == counts, "nothing was sent again")
    try await app.press("C-c")
    await sandbox.stop()
  }

  /// How many applications each of this test's emails has.
  static func counts(_ sandbox: RecruiterSandbox, jobID: String, tag: some StringProtocol) async throws
    -> [String: Int]
  {
    try await ImportCommandTests.applicationsByEmail(sandbox, job: jobID).filter {
      $0.key.hasSuffix("-\(tag)@tui-import.example")
    }
  }
}
