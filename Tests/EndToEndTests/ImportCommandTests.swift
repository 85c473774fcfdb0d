import Foundation
import Testing

/// `kombo-apply import` against `kombo-apply sandbox serve` over loopback: rows checked first, sent
/// once, resumed after kill -9 and Ctrl-C, under the integration's concurrency limit.
@Suite(.serialized) struct ImportCommandTests {
  /// An open job of the sandbox whose questions are all optional.
  static func plainJob(_ sandbox: RecruiterSandbox) async throws -> String {
    let jobs = try await sandbox.results("/ats/jobs?page_size=100")
    let job = jobs.first { job in
      let questions = (job["screening_questions"] as? [[String: Any]]) ?? []
      return job["status"] as? String == "OPEN" && !questions.contains { $0["required"] as? Bool == true }
    }
    return try #require(job?["id"] as? String)
  }

  /// A CLI pointed at `sandbox`, with short create limits so a killed attempt's window closes soon.
  static func cli(_ sandbox: RecruiterSandbox) throws -> E2ECommand {
    var cli = try E2ECommand(server: nil)
    cli.environment.merge(sandbox.clientEnvironment) { _, new in new }
    try FileManager.default.createDirectory(
      atPath: cli.home + "/config/kombo-apply", withIntermediateDirectories: true)
    try #"{"create_timeout_seconds": 5, "in_flight_margin_seconds": 0}"#.write(
      toFile: cli.home + "/config/kombo-apply/config.json", atomically: false, encoding: .utf8)
    return cli
  }

  /// `count` candidates as CSV (emails `c<n>@import.example`, with a tag so runs do not collide).
  static func csv(_ cli: E2ECommand, count: Int, tag: String) throws -> String {
    var lines = ["First Name,Last Name,Email,City,Country"]
    for index in 1...count {
      lines.append("Cand,Number \(index),c\(index)-\(tag)@import.example,\"Berlin, Mitte\",DE")
    }
    return try cli.file("candidates-\(tag).csv", Data((lines.joined(separator: "\r\n") + "\r\n").utf8))
  }

  /// The JSON summary `--json` printed.
  static func summary(_ result: E2ECommand.Result) throws -> [String: Any] {
    try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stderr)")
  }

  /// Emails of the job's applications, each with how many applications it has.
  static func applicationsByEmail(_ sandbox: RecruiterSandbox, job: String) async throws -> [String: Int] {
    var counts: [String: Int] = [:]
    for application in try await sandbox.allApplications(jobID: job) {
      let candidate = application["candidate"] as? [String: Any]
      for email in (candidate?["email_addresses"] as? [[String: Any]]) ?? [] {
        if let address = email["email_address"] as? String { counts[address.lowercased(), default: 0] += 1 }
      }
    }
    return counts
  }

  @Test func invalidRowsStopTheImportBeforeAnythingIsSent() async throws {
    let sandbox = try await RecruiterSandbox.start()
    let job = try await Self.plainJob(sandbox)
    let cli = try Self.cli(sandbox)
    let file = try cli.file(
      "bad.csv",
      Data(
        "first_name,last_name,email,Notes\nAda,Lovelace,ada@bad.example,x\nGrace,,grace@,y\nAlan,Turing,ADA@bad.example,z\n"
          .utf8))
    let result = try await cli.run(["import", file, "--job", job])
    #expect(result.status == 65)
    #expect(result.stderr.contains("row 3, column last_name: "), "\(result.stderr)")
    #expect(result.stderr.contains("row 3, column email: "))
    #expect(result.stderr.contains("row 4, column email: repeats the email of row 2"))
    #expect(result.stderr.contains("\"Notes\" (rename them with --map COLUMN=FIELD"))
    #expect(result.stderr.contains("2 of 3 rows have problems (listed above); nothing was sent."))
    #expect(
      try await Self.applicationsByEmail(sandbox, job: job)["ada@bad.example"] == nil, "nothing was sent")
    let dry = try await cli.run(["import", file, "--job", job, "--dry-run", "--map", "Notes="])
    #expect(dry.status == 65)
    #expect(!dry.stderr.contains("Notes\" (rename"), "an ignored column is not warned about")
    let skipping = try await cli.run(["import", file, "--job", job, "--skip-invalid", "--json"])
    #expect(skipping.status == 1, "rows were skipped")
    let summary = try Self.summary(skipping)
    #expect(summary["created"] as? Int == 1)
    #expect(summary["invalid"] as? Int == 2)
    await sandbox.stop()
  }

  @Test func everyRowIsCreatedOnceAndARerunSendsNothing() async throws {
    let sandbox = try await RecruiterSandbox.start(faults: "create:drop-after-commit*3")
    let job = try await Self.plainJob(sandbox)
    let cli = try Self.cli(sandbox)
    let file = try Self.csv(cli, count: 40, tag: "once")
    let report = cli.home + "/results.csv"
    let first = try await cli.run(["import", file, "--job", job, "--report", report, "--json"])
    #expect(first.status == 0, "\(first.stderr)")
    let summary = try Self.summary(first)
    #expect(summary["created"] as? Int == 40, "dropped answers were looked up and counted as created")
    let counts = try await Self.applicationsByEmail(sandbox, job: job)
    for index in 1...40 { #expect(counts["c\(index)-once@import.example"] == 1, "row \(index + 1)") }
    let lines = try String(contentsOfFile: report, encoding: .utf8).split(separator: "\n")
    #expect(lines.first == "row,email,status,application_id,error_code,message")
    #expect(lines.count == 41)
    #expect(lines[1].hasPrefix("2,c1-once@import.example,created,"))
    let attributes = try FileManager.default.attributesOfItem(atPath: report)
    #expect((attributes[.posixPermissions] as? Int) == 0o600, "the report holds emails: 0600")
    let again = try await cli.run(["import", file, "--job", job, "--json"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(try Self.summary(again)["already_created"] as? Int == 40)
    #expect(try await Self.applicationsByEmail(sandbox, job: job).values.allSatisfy { $0 == 1 })
    #expect(
      !(first.stdout + first.stderr + again.stdout + again.stderr).contains("@import.example"),
      "no candidate data printed")
    await sandbox.stop()
  }

  @Test func aFiveHundredRowImportKilledMidwayResumesToExactlyOneApplicationPerRow() async throws {
    let sandbox = try await RecruiterSandbox.start(
      faults: "create:delay-after-commit=150*40,create:drop-after-commit*10")
    let job = try await Self.plainJob(sandbox)
    let cli = try Self.cli(sandbox)
    let file = try Self.csv(cli, count: 500, tag: "kill")
    let (process, _) = try cli.launch(["import", file, "--job", job, "--concurrency", "8"])
    let deadline = ContinuousClock.now + .seconds(120)
    while ContinuousClock.now < deadline {
      try await Task.sleep(for: .milliseconds(100))
      if try await !sandbox.candidates(email: "c120-kill@import.example").isEmpty { break }
    }
    #expect(process.isRunning, "killed in the middle, not after the end")
    kill(process.processIdentifier, SIGKILL)
    while process.isRunning { try await Task.sleep(for: .milliseconds(10)) }
    let before = try await Self.applicationsByEmail(sandbox, job: job)
    #expect(before.count < 500, "the kill left rows to send")
    var last: E2ECommand.Result?
    for _ in 0..<6 {
      let run = try await cli.run(["import", file, "--job", job, "--json"])
      last = run
      if run.status == 0 { break }
      #expect(run.status == 75, "only unclear rows keep a rerun from finishing: \(run.stderr)")
      try await Task.sleep(for: .seconds(3))
    }
    let result = try #require(last)
    #expect(result.status == 0, "\(result.stderr)")
    let summary = try Self.summary(result)
    #expect((summary["created"] as? Int ?? 0) + (summary["already_created"] as? Int ?? 0) == 500)
    let counts = try await Self.applicationsByEmail(sandbox, job: job)
    let wrong = (1...500).filter { counts["c\($0)-kill@import.example"] != 1 }
    #expect(wrong.isEmpty, "rows without exactly one application: \(wrong.prefix(10))")
    #expect(counts.count == 500)
    await sandbox.stop()
  }

  @Test func theIntegrationsConcurrencyLimitIsNeverExceededAndRateLimitsSlowItDown() async throws {
    let sandbox = try await RecruiterSandbox.start(
      faults: "create:latency=80", extraArguments: ["--concurrency-limit", "3"])
    let job = try await Self.plainJob(sandbox)
    let cli = try Self.cli(sandbox)
    let file = try Self.csv(cli, count: 30, tag: "limit")
    let result = try await cli.run(["import", file, "--job", job, "--concurrency", "8", "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    let summary = try Self.summary(result)
    #expect(summary["created"] as? Int == 30)
    #expect(summary["integration_concurrency_limit"] as? Int == 3)
    #expect(summary["throttles"] as? Int == 0, "no create was refused for going over the limit")

    try await sandbox.setFaults("create:429/1*2")
    let throttled = try await cli.run([
      "import", try Self.csv(cli, count: 10, tag: "rate"), "--job", job, "--json",
    ])
    #expect(throttled.status == 0, "\(throttled.stderr)")
    let second = try Self.summary(throttled)
    #expect(second["created"] as? Int == 10)
    #expect(second["throttles"] as? Int == 2, "both rate limits were seen and waited out")
    await sandbox.stop()
  }

  @Test func ctrlCStopsNewRowsLetsThoseInFlightFinishAndSaysHowToResume() async throws {
    let sandbox = try await RecruiterSandbox.start(faults: "create:latency=300")
    let job = try await Self.plainJob(sandbox)
    let cli = try Self.cli(sandbox)
    let file = try Self.csv(cli, count: 60, tag: "int")
    let (process, stderrPath) = try cli.launch(["import", file, "--job", job, "--concurrency", "4"])
    let deadline = ContinuousClock.now + .seconds(120)
    while ContinuousClock.now < deadline {
      try await Task.sleep(for: .milliseconds(100))
      if try await !sandbox.candidates(email: "c5-int@import.example").isEmpty { break }
    }
    kill(process.processIdentifier, SIGINT)
    while process.isRunning { try await Task.sleep(for: .milliseconds(10)) }
    #expect(process.terminationStatus == 75)
    let stderr = try String(contentsOfFile: stderrPath, encoding: .utf8)
    #expect(stderr.contains("Stopping: no new rows start; the ones in flight finish."))
    #expect(stderr.contains("Run the same command again to finish"))
    let created = try await Self.applicationsByEmail(sandbox, job: job).count
    #expect(created > 0 && created < 60)
    let rest = try await cli.run(["import", file, "--job", job, "--json"])
    #expect(rest.status == 0, "\(rest.stderr)")
    let summary = try Self.summary(rest)
    #expect(summary["already_created"] as? Int == created, "the stopped run's rows are not sent again")
    #expect(summary["created"] as? Int == 60 - created)
    #expect(try await Self.applicationsByEmail(sandbox, job: job).count == 60)
    await sandbox.stop()
  }
}
