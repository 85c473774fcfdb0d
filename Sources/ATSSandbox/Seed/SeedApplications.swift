import Foundation
import KomboAPI

/// The applications every fresh sandbox starts with, in the default integration: one pending, one
/// hired and one declined, so outcome filters, candidate look-ups and `ATS.APPLICATION_ALREADY_EXISTS`
/// can be shown without creating anything first.
enum SeedApplications {
  /// One seeded candidate and application.
  struct Entry {
    var firstName: String
    var lastName: String
    var email: String
    var jobIndex: Int
    var stageOffset: Int
    var outcome: ApplicationOutcome
    var rejectionReason: String?
  }

  /// The seeded applications, in creation order.
  static let entries = [
    Entry(
      firstName: "Ada", lastName: "Lovelace", email: "ada.lovelace@example.com",
      jobIndex: SeedJobs.demoJobIndex,
      stageOffset: 2, outcome: .pending),
    Entry(
      firstName: "Grace", lastName: "Hopper", email: "grace.hopper@example.com", jobIndex: 3, stageOffset: 4,
      outcome: .hired),
    Entry(
      firstName: "Alan", lastName: "Turing", email: "alan.turing@example.com", jobIndex: 8, stageOffset: 1,
      outcome: .declined, rejectionReason: "Position filled"),
  ]

  /// The rows to store, with ids derived from the seed and fixed timestamps.
  static func rows() throws -> [(
    candidate: SandboxStore.CandidateRow, application: SandboxStore.ApplicationRow
  )] {
    let encoder = KomboJSON.encoder()
    return try entries.enumerated().map { offset, entry in
      let job = SeedJobs.specs[entry.jobIndex].job(index: entry.jobIndex)
      let stage = job.stages[entry.stageOffset]
      let when = KomboTimestamp(
        millisecondsSince1970: JobSpec.epochMilliseconds - Int64(10 - offset) * 86_400_000)
      let input = ValidatedApplication(
        stage: stage,
        candidate: .init(firstName: entry.firstName, lastName: entry.lastName, email: entry.email))
      let candidate = SandboxServer.candidate(
        input.candidate, now: when, id: SandboxID.derived("candidate", offset))
      var application = SandboxServer.application(
        input, job: job, candidateID: candidate.id, now: when, id: SandboxID.derived("application", offset))
      application.outcome = entry.outcome
      if let reason = entry.rejectionReason {
        application.rejectionReasonName = reason
        application.rejectedAt = when
      }
      return (
        SandboxStore.CandidateRow(
          id: candidate.id, emails: [entry.email], payload: try encoder.encode(candidate)),
        SandboxStore.ApplicationRow(
          id: application.id, jobID: job.id, candidateID: candidate.id, outcome: entry.outcome.rawValue,
          currentStageID: stage.id, payload: try encoder.encode(application))
      )
    }
  }
}
