import Foundation
import Testing

/// `submit` against a sandbox child process whose first create answer is lost or fails midway: the
/// lookup that follows decides, and an application the candidate made long before is never taken for
/// this submission's result.
@Suite(.serialized) struct SubmitReconcileTests {
  /// *Product Manager, Payments*, where the seed data has Grace Hopper's application from February.
  private static let jobID = "x6t8c3fMMk5LAt8FEytYdD7D"
  private static let question = "zVo1wYxxvspmw9MwN4anC3KA=yes"

  private func submit(_ email: String, faults: String) async throws -> (E2ECommand.Result, [[String: Any]]) {
    let sandbox = try await RecruiterSandbox.start(faults: faults)
    var cli = try E2ECommand(server: nil)
    cli.environment.merge(sandbox.clientEnvironment) { $1 }
    let result = try await cli.run([
      "submit", "--job", Self.jobID, "--first-name", "Grace", "--last-name", "Hopper", "--email", email,
      "--answer", Self.question,
    ])
    let listed = try await sandbox.applications(jobID: Self.jobID, email: email)
    await sandbox.stop()
    return (result, listed)
  }

  @Test func aLostAnswerBeforeAnOlderApplicationIsReportedAsAlreadyApplied() async throws {
    let (result, listed) = try await submit("grace.hopper@example.com", faults: "create:502-html*1")
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stderr.contains("ATS.APPLICATION_ALREADY_EXISTS"))
    #expect(result.stderr.contains("they had applied before"))
    #expect(!result.stdout.contains("Application created"))
    #expect(listed.count == 1, "only the seeded application")
  }

  @Test func anInternalErrorIsLookedUpThenSentOnce() async throws {
    let (result, listed) = try await submit("grace.new@example.com", faults: "create:500*1")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(listed.count == 1)
  }
}
