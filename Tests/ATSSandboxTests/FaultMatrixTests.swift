import ApplyCore
import Foundation
import KomboAPI
import Testing

@testable import ATSSandbox

/// The submission core against the sandbox over real HTTP, one fault at a time: after the client is
/// done (including an outbox retry), a confirmed submission has exactly one application and a
/// failed one none; nothing is left unresolved.
@Suite(.serialized) struct FaultMatrixTests {
  static let designer = Support.seedJob(titled: "Product Designer")
  static let policy = RetryPolicy(
    maxAttempts: 3, initialDelay: .milliseconds(20), multiplier: 1.5, maxDelay: .milliseconds(200),
    concurrencyMinimumDelay: .milliseconds(50), maxServerWait: .seconds(2), inFlightMargin: .milliseconds(200)
  )

  /// A submitter with its own ledger, talking to `sandbox` with a create timeout of one second.
  struct Client {
    let submitter: Submitter
    let transport: AsyncHTTPTransport

    init(_ sandbox: EmbeddedSandbox, directory: URL, policy: RetryPolicy = FaultMatrixTests.policy) throws {
      let database = try StateDatabase(path: directory.appendingPathComponent("state.sqlite").path)
      transport = AsyncHTTPTransport()
      let client = HTTPKomboClient(
        server: try KomboServer(baseURL: sandbox.baseURL.absoluteString), apiKey: APIKey(sandbox.apiKey)!,
        integration: IntegrationID(sandbox.integrationID), transport: transport, createTimeout: .seconds(1))
      submitter = Submitter(client: client, ledger: Ledger(database: database), policy: policy)
    }

    /// Submits for `email`, then retries from the outbox while the outcome stays there (after the last
    /// attempt's in-flight window, when it has one).
    func submitUntilSettled(email: String) async throws -> SubmissionOutcome {
      let body = try KomboJSON.encoder().encode(Support.body(for: FaultMatrixTests.designer, email: email))
      var outcome = try await submitter.submit(
        SubmissionRequest(jobID: FaultMatrixTests.designer.id, candidateEmail: email, body: body))
      var retries = 0
      while outcome.keptInOutbox && retries < 3 {
        retries += 1
        if let window = outcome.inFlight {
          try await Task.sleep(for: .seconds(max(0, window.safeAt.timeIntervalSinceNow)))
        }
        outcome = try await submitter.retry(outcome.submissionID)
      }
      return outcome
    }
  }

  /// Every fault ends, once the client is done (outbox retries included), in one application.
  static let specs = [
    "create:429/1*1",
    "create:429*2",
    "create:503*2",
    "create:503*4",
    "create:500*1",
    "create:502-html*1",
    "create:409-sync-pending*1",
    "create:latency=300*1",
    "create:drop-after-commit*1",
    "create:drop-after-commit*1,candidates:503*2",
    "create:delay-after-commit=1500*1",
    "create:drop-after-commit*2,any:latency=50",
  ]

  @Test(arguments: specs)
  func eachFaultEndsWithExactlyOneApplicationPerConfirmedSubmission(_ spec: String) async throws {
    let directory = Support.temporaryDirectory()
    let sandbox = try await EmbeddedSandbox.start(
      dataDirectory: directory, faults: try FaultSpec(parsing: spec))
    let client = try Client(sandbox, directory: directory)
    let outcome: SubmissionOutcome
    do {
      outcome = try await client.submitUntilSettled(email: "matrix@example.com")
    } catch {
      await client.transport.shutdown()
      await sandbox.stop()
      throw error
    }
    let stored = try await sandbox.server.store.applications(
      integrationID: sandbox.integrationID, jobIDs: [Self.designer.id], ids: nil, outcomes: nil,
      stageIDs: nil,
      after: 0, limit: 10
    ).rows
    if case .succeeded(let receipt) = outcome.status {
      #expect(stored.count == 1)
      if let id = receipt.applicationID { #expect(stored.map(\.id) == [id]) }
    } else {
      Issue.record("\(spec): expected one application, got \(outcome.status); \(stored.count) stored")
    }
    await client.transport.shutdown()
    await sandbox.stop()
  }

  @Test func theConcurrencyLimitIsRetriedUntilEverySubmissionLandsOnce() async throws {
    let directory = Support.temporaryDirectory()
    let sandbox = try await EmbeddedSandbox.start(
      dataDirectory: directory, faults: try FaultSpec(parsing: "create:latency=200"), concurrencyLimit: 1)
    var policy = Self.policy
    policy.concurrencyMinimumDelay = .milliseconds(250)
    let client = try Client(sandbox, directory: directory, policy: policy)
    let outcomes = try await withThrowingTaskGroup(of: SubmissionOutcome.self) { group in
      for index in 0..<3 {
        group.addTask { try await client.submitUntilSettled(email: "parallel\(index)@example.com") }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    let stored = try await sandbox.server.store.applications(
      integrationID: sandbox.integrationID, jobIDs: [Self.designer.id], ids: nil, outcomes: nil,
      stageIDs: nil,
      after: 0, limit: 10
    ).rows
    #expect(stored.count == 3)
    #expect(Set(stored.map(\.candidateID)).count == 3)
    for outcome in outcomes {
      guard case .succeeded = outcome.status else {
        Issue.record("not created after \(outcome.attempts) attempts: \(outcome.status)")
        continue
      }
    }
    await client.transport.shutdown()
    await sandbox.stop()
  }
}
