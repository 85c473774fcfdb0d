import ApplyCoreTesting
import Foundation
import InMemoryLogging
import Logging
import Testing

@testable import ApplyCore

/// No candidate data and no API key in the logs: full submissions (including retries, an unclear
/// outcome and reconciliation) run through swift-log's in-memory handler.
@Suite struct LogRedactionTests {
  static let candidatePII = [
    "Ada", "Lovelace", "ada.lovelace@example.com", "+44 20 7946 0958", "JVBERi0xLjcKJcfs",
  ]

  @Test(arguments: [
    [SubmitFakeKombo.CreateStep.created("AppAAAAAAAAAAAAAAAAAAAA1")],
    [
      .kombo(status: 429, code: "PLATFORM.RATE_LIMIT_EXCEEDED"), .refused, .timeoutWithoutCreating,
      .kombo(status: 409, code: "ATS.APPLICATION_ALREADY_EXISTS"),
    ],
    [.timeoutAfterCreating("AppB"), .created("never")],
    [.kombo(status: 400, code: "REMOTE.INPUT_INVALID")],
  ])
  func submissionLogsNeitherCandidateDataNorTheKey(script: [SubmitFakeKombo.CreateStep]) async throws {
    let handler = InMemoryLogHandler()
    var logger = Logger(label: "test", factory: { _ in handler })
    logger.logLevel = .trace
    let body = Data(
      #"{"attachments":[{"content_type":"application/pdf","data":"JVBERi0xLjcKJcfs","name":"cv.pdf","type":"CV"}],"candidate":{"email_address":"ada.lovelace@example.com","first_name":"Ada","last_name":"Lovelace","phone_number":"+44 20 7946 0958"}}"#
        .utf8)
    let fake = SubmitFakeKombo(script)
    let submitter = Submitter(
      client: fake.client(),
      ledger: Ledger(database: try StateDatabase(path: StoreTests.temporaryDatabasePath())),
      clock: ManualClock(), random: FixedRandom(), logger: logger)
    let outcome = try await submitter.submit(
      SubmissionRequest(jobID: SubmitFakeKombo.jobID, candidateEmail: "ada.lovelace@example.com", body: body))

    let entries = handler.entries
    #expect(!entries.isEmpty)
    let text = entries.map { entry in
      "\(entry.message) " + entry.metadata.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }.joined(separator: "\n")
    for secret in Self.candidatePII + [SubmitFakeKombo.apiKey, "SECRETSECRET"] {
      #expect(!text.contains(secret), "log contains \(secret)")
    }
    #expect(text.contains(outcome.submissionID.uuidString), "logs name the submission")
    #expect(text.contains(SubmitFakeKombo.jobID), "logs name the job")
  }
}
