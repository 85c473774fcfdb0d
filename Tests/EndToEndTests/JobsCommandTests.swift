import Foundation
import TerminalUI
import Testing

/// `kombo-apply jobs` and `kombo-apply job` as processes against a loopback Kombo.
@Suite(.serialized) struct JobsCommandTests {
  @Test func jobsPrintATableAndJSON() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let table = try await cli.run(["jobs"])
      #expect(table.status == 0, "\(table.stderr)")
      let lines = table.stdout.split(separator: "\n").map(String.init)
      #expect(lines.first?.hasPrefix("NAME") == true)
      #expect(
        lines.contains {
          $0.contains("Backend Engineer") && $0.contains("BE-1") && $0.contains("OPEN")
            && $0.contains("Berlin, DE")
        })
      #expect(lines.count == 3)

      let json = try await cli.run(["jobs", "--search", "design", "--json"])
      let jobs = try #require(
        try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
      #expect(jobs.map { $0["name"] as? String } == ["Designer"])

      #expect(try await cli.run(["jobs", "--status", "PAUSED"]).status == 64)
    }
  }

  @Test func jobShowsStagesQuestionsFormatsAndConditions() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let result = try await cli.run(["job", E2EFakeKombo.jobID])
      #expect(result.status == 0, "\(result.stderr)")
      let text = result.stdout
      #expect(text.contains("1. Applied  StgAAAAAAAAAAAAAAAAAAAA1"))
      #expect(text.contains("2. Interview"))
      #expect(text.contains(" * QPermit  Do you have a work permit?"))
      #expect(text.contains("yes or no"))
      #expect(text.contains("- OptRemote  Remote"))
      #expect(text.contains("asked only if 'Do you have a work permit?' is answered yes"))
      #expect(text.contains("number (min 0, max 50)"))
      let permit = try #require(text.range(of: "QPermit "))
      let years = try #require(text.range(of: "QYears"))
      #expect(permit.lowerBound < years.lowerBound, "questions in index order")

      let missing = try await cli.run(["job", "JobZZZZZZZZZZZZZZZZZZZZZZ"])
      #expect(missing.status == 1)
      #expect(missing.stderr.contains("no job with id"))
    }
  }

  @Test func unreachableServerExits69SayingNothingWasSent() async throws {
    let server = try await E2EFakeKombo.start()
    let cli = try E2ECommand(server: server)
    await server.stop()
    let result = try await cli.run(["jobs"])
    #expect(result.status == 69)
    #expect(result.stderr.contains("could not reach Kombo"))
    #expect(result.stdout.isEmpty, "a failed listing never reads as 'No jobs match.'")
    let json = try await cli.run(["jobs", "--json"])
    #expect(json.status == 69)
    #expect(json.stdout.isEmpty, "no '[]' for a listing that failed")
  }

  /// A busy or failing Kombo while listing is "try later" (69), worded for a read, not a submission.
  @Test func aBusyOrFailingKomboWhileListingExits69() async throws {
    for fault in ["jobs:429/1", "jobs:500"] {
      let sandbox = try await RecruiterSandbox.start(faults: fault)
      var cli = try E2ECommand(server: nil)
      cli.environment.merge(sandbox.clientEnvironment) { $1 }
      let result = try await cli.run(["jobs"])
      await sandbox.stop()
      #expect(result.status == 69, "\(fault): \(result.stderr)")
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains("Try again in a little while"))
      #expect(!result.stderr.contains("application"), "\(fault): \(result.stderr)")
    }
  }

  @Test func anEmptyJobIdIsAUsageError() async throws {
    var cli = try E2ECommand(server: nil)
    cli.environment["XDG_DATA_HOME"] = cli.home + "/data"
    for id in ["", "remote:"] {
      let result = try await cli.run(["job", id])
      #expect(result.status == 64, "\(id.debugDescription): \(result.stderr)")
      #expect(result.stdout.isEmpty)
    }
  }

  /// Wide (CJK) and right-to-left titles keep the columns aligned by display width.
  @Test func theTableStaysAlignedWithWideTitles() async throws {
    var cli = try E2ECommand(server: nil)
    cli.environment["XDG_DATA_HOME"] = cli.home + "/data"
    let result = try await cli.run(["jobs"])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = result.stdout.split(separator: "\n").map(String.init)
    let header = try #require(rows.first)
    let idColumn = try #require(header.range(of: "ID")).lowerBound.utf16Offset(in: header)
    let tokyo = try #require(rows.first { $0.contains("東京") })
    let id = try #require(tokyo.range(of: "Zr7bgnB23Gidw4v7Ys8UV8Zz"))
    let beforeID = tokyo[..<id.lowerBound]
    #expect(beforeID.displayWidth == idColumn, "the id starts under ID")
  }

  @Test func aClosedOutputPipeEndsTheProgramQuietlyLikeOtherUnixTools() async throws {
    try await E2EFakeKombo.withServer { server, cli in
      let output = Pipe()
      try output.fileHandleForReading.close()
      let errPath = try cli.file("stderr-pipe", Data())
      let process = Process()
      process.executableURL = E2ECommand.binary
      process.arguments = ["jobs"]
      process.environment = cli.environment
      process.standardOutput = output
      process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
      try process.run()
      while process.isRunning { try await Task.sleep(for: .milliseconds(10)) }
      #expect(process.terminationReason == .uncaughtSignal)
      #expect(process.terminationStatus == SIGPIPE)
      #expect(!(try String(contentsOfFile: errPath, encoding: .utf8)).contains("Fatal error"))
    }
  }
}
