import Foundation
import TestHarness
import Testing

/// Every command, fed a job and responses whose every string is hostile, prints none of it raw: the
/// output bytes hold no ESC, C0 control but the line feed, DEL, C1 control, bidi control or zero-width
/// character, while what the server said stays readable (and whole in JSON, as `\u` escapes).
@Suite(.serialized) struct HostileOutputTests {
  static func expectClean(
    _ result: E2ECommand.Result, _ command: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      HostileFixture.forbidden(in: result.stdout) == [], "\(command) stdout", sourceLocation: sourceLocation)
    #expect(
      HostileFixture.forbidden(in: result.stderr) == [], "\(command) stderr", sourceLocation: sourceLocation)
  }

  @Test func everyCommandPrintsHostileStringsInert() async throws {
    let server = try await HostileKombo.start()
    var cli = try E2ECommand(server: nil)
    cli.environment.merge(server.clientEnvironment) { $1 }
    defer { Task { await server.stop() } }
    let job = HostileKombo.jobID
    let remote = "remote:" + (HostileKombo.job["remote_id"] as? String ?? "")
    let unsynced = "remote:4711"

    let jobs = try await cli.run(["jobs"])
    #expect(jobs.status == 0, "\(jobs.stderr)")
    #expect(jobs.stdout.contains("Backend Engineer (Swift/S"))
    Self.expectClean(jobs, "jobs")

    let jobsJSON = try await cli.run(["jobs", "--json"])
    Self.expectClean(jobsJSON, "jobs --json")
    let listed = try #require(
      try JSONSerialization.jsonObject(with: Data(jobsJSON.stdout.utf8)) as? [[String: Any]])
    #expect(listed.first?["name"] as? String == HostileKombo.hostile("Backend Engineer (Swift/Server)"))

    let shown = try await cli.run(["job", job])
    #expect(shown.status == 0, "\(shown.stderr)")
    for visible in [
      "Backend Engineer (Swift/Server)", "status ON_HOLD", "visibility PUBLIC", "1. Applied  StgAAAA",
      "QssAAAAAAAAAAAAAAAAAAAA1  Right to work?", "- OptAAAAAAAAAAAAAAAAAAAA1  Yes",
      "types application/pdf", "type HOLOGRAM", "asked only if 'Right to work?'",
    ] {
      #expect(shown.stdout.contains(visible), "job ID shows \(visible)")
    }
    Self.expectClean(shown, "job ID")

    let shownJSON = try await cli.run(["job", job, "--json"])
    Self.expectClean(shownJSON, "job ID --json")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(shownJSON.stdout.utf8)) as? [String: Any])
    #expect(object["id"] as? String == job, "the JSON keeps the data whole")

    // Ids with control characters cannot be typed as --job; the answers to a plain one are hostile.
    let refused = try await cli.run(
      ["submit", "--job", remote, "--first-name", "Al", "--last-name", "Ng", "--email", "al@example.com"])
    #expect(refused.status == 65, "a remote: id with control characters is refused before sending")
    #expect(refused.stderr.contains("--job"))
    Self.expectClean(refused, "submit --job with a hostile remote: id")

    let submitted = try await cli.run(
      [
        "submit", "--job", unsynced, "--first-name", "Ada", "--last-name", "Lovelace", "--email",
        "ada@example.com",
      ])
    #expect(submitted.status == 0, "\(submitted.stderr)")
    #expect(submitted.stdout.contains("Application created: AppHOSTILE"))
    #expect(submitted.stdout.contains("candidate CanHOSTILE"))
    #expect(submitted.stdout.contains("warning from Kombo: A hostile warning"))
    Self.expectClean(submitted, "submit")

    let submittedJSON = try await cli.run(
      [
        "submit", "--job", unsynced, "--first-name", "Bo", "--last-name", "Li", "--email", "bo@example.com",
        "--json",
      ])
    Self.expectClean(submittedJSON, "submit --json")
    #expect(submittedJSON.stdout.contains("AppHOSTILE"))

    let dryRun = try await cli.run(
      ["submit", "--job", unsynced, "--first-name", "Ed", "--last-name", "Ng", "--email", "ed@example.com"]
        + ["--title", "Eng\u{202E}in\u{200B}eer", "--dry-run", "--json"])
    Self.expectClean(dryRun, "submit --dry-run --json")
    let body = try #require(
      try JSONSerialization.jsonObject(with: Data(dryRun.stdout.utf8)) as? [String: Any])
    #expect(
      (body["candidate"] as? [String: Any])?["title"] as? String == "Eng\u{202E}in\u{200B}eer",
      "the body that would be sent, escaped, not changed")

    server.setRejecting(true)
    let rejected = try await cli.run(
      ["submit", "--job", unsynced, "--first-name", "Cy", "--last-name", "Ng", "--email", "cy@example.com"])
    #expect(rejected.status != 0)
    #expect(rejected.stderr.contains("ATS.WEIRD"))
    #expect(rejected.stderr.contains("Rejected by a hostile ATS"))
    Self.expectClean(rejected, "submit (rejected)")
    let rejectedJSON = try await cli.run(
      [
        "submit", "--job", unsynced, "--first-name", "Di", "--last-name", "Ng", "--email", "di@example.com",
        "--json",
      ])
    Self.expectClean(rejectedJSON, "submit --json (rejected)")

    for command in [["history"], ["history", "--json"], ["outbox"], ["outbox", "--json"]] {
      let result = try await cli.run(command)
      #expect(result.status == 0, "\(command): \(result.stderr)")
      Self.expectClean(result, command.joined(separator: " "))
      if command == ["history"] {
        #expect(result.stdout.contains("AppHOSTILE") && result.stdout.contains("CanHOSTILE"))
      }
    }
  }

  /// The real binary in tmux: the hostile job listed and its details drawn (and redrawn after moving
  /// the selection and a resize). The pane shows no forbidden character, the title stays, and the bytes
  /// the program wrote to the pty hold none of the hostile sequences, controls or invisible characters.
  @Test func theTerminalUIInTmuxDrawsTheHostileJobInert() async throws {
    let server = try await HostileKombo.start()
    defer { Task { await server.stop() } }
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "e2e-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    var environment = server.clientEnvironment
    for (name, folder) in ["HOME": "", "XDG_CONFIG_HOME": "/config", "XDG_STATE_HOME": "/state"] {
      environment[name] = home.path + folder
    }
    let pane = try await TmuxSession(
      "", width: 120, height: 40, environment: environment, directory: home.path)
    let loaded = try await pane.waitFor("jobs loaded", seconds: 30)
    let atStart = await pane.screen()
    #expect(loaded, "\(atStart)")
    let title = try await pane.display("#{pane_title}")
    let raw = home.appendingPathComponent("pane-output")
    try await pane.tmux(["pipe-pane", "-o", "cat >> '\(raw.path)'"])
    try await pane.press("C-t")
    let listed = try await pane.waitFor("Backend Engineer (Swift/Server)")
    let afterControlT = await pane.screen()
    #expect(listed, "\(afterControlT)")
    for key in ["Down", "Up", "Up"] { try await pane.press(key) }
    let details = try await pane.waitFor("Status: on hold · Visibility: public")
    let detailsScreen = await pane.screen()
    #expect(details, "the details pane shows the hostile job: \(detailsScreen)")
    try await pane.tmux(["resize-window", "-x", "100", "-y", "30"])
    #expect(try await pane.waitFor("Backend Engineer (Swift/Server)"))
    try await Task.sleep(for: .milliseconds(500))

    let screen = try await pane.lines().joined(separator: "\n")
    #expect(HostileFixture.forbidden(in: screen) == [], "\(screen)")
    #expect(try await pane.display("#{pane_title}") == title, "no OSC 0/2 retitled the pane")
    let bytes = try Data(contentsOf: raw)
    #expect(bytes.count > 500, "the redraws were captured")
    let sequences = [
      "\u{1B}]", "\u{1B}P", "\u{1B}_", "\u{1B}^", "\u{1B}X", "\u{1B}c", "pwned", "cHduZWQ", "evil.example",
      "apc",
      "\u{9B}", "\u{9D}", "\u{9C}", "\u{85}", "\u{202E}", "\u{2066}", "\u{200B}", "\u{200D}", "\u{FEFF}",
      "\u{2060}",
      "\u{200E}",
    ]
    for sequence in sequences {
      #expect(bytes.range(of: Data(sequence.utf8)) == nil, "the pty got \(sequence.debugDescription)")
    }
    for byte: UInt8 in [0x00, 0x07, 0x7F] {
      #expect(!bytes.contains(byte), "the pty got byte \(byte)")
    }
  }
}
