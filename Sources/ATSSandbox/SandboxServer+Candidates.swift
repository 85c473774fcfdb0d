import Foundation
import Hummingbird
import KomboAPI

extension SandboxServer {
  /// `GET /ats/candidates`: filters `email` (case-insensitive), `job_ids`, `ids`; each candidate
  /// with its applications.
  func listCandidates(_ request: Request, _ context: SandboxRequestContext) async throws -> Response {
    let list = try ListRequest(request, context, list: "candidates")
    let query = list.query
    let page = try await store.candidates(
      integrationID: list.integration.id, emails: query.list("email"), jobIDs: query.list("job_ids"),
      ids: query.list("ids"), after: list.position, limit: list.pageSize)
    let applications = try await store.applications(candidateIDs: page.rows.map(\.id))
    let decoder = KomboJSON.decoder()
    var byCandidate: [String: [CandidateApplication]] = [:]
    for row in applications {
      let application = try decoder.decode(KomboAPI.Application.self, from: row.payload)
      byCandidate[row.candidateID, default: []].append(
        CandidateApplication(
          id: application.id, remoteID: application.remoteID, outcome: application.outcome,
          rejectionReasonName: application.rejectionReasonName, rejectedAt: application.rejectedAt,
          remoteURL: application.remoteURL, changedAt: application.changedAt,
          remoteCreatedAt: application.remoteCreatedAt, remoteUpdatedAt: application.remoteUpdatedAt,
          currentStage: application.currentStage, job: application.job))
    }
    let candidates = try page.rows.map { row in
      var candidate = try decoder.decode(Candidate.self, from: row.payload)
      candidate.applications = byCandidate[row.id] ?? []
      return candidate
    }
    return JSONResponse.make(KomboPage(next: list.cursor(continuingAt: page.nextAfter), results: candidates))
  }

  /// `GET /ats/applications`: filters `job_ids`, `ids`, `outcomes`, `current_stage_ids`; each
  /// application with its candidate, stage and job.
  func listApplications(_ request: Request, _ context: SandboxRequestContext) async throws -> Response {
    let list = try ListRequest(request, context, list: "applications")
    let query = list.query
    let outcomes = try query.list("outcomes", allowed: ApplicationOutcome.knownValues.map(\.rawValue))
    let page = try await store.applications(
      integrationID: list.integration.id, jobIDs: query.list("job_ids"), ids: query.list("ids"),
      outcomes: outcomes,
      stageIDs: query.list("current_stage_ids"), after: list.position, limit: list.pageSize)
    let candidates = try await store.candidates(ids: Array(Set(page.rows.map(\.candidateID))))
    let decoder = KomboJSON.decoder()
    let results = try page.rows.map { row in
      let application = try decoder.decode(KomboAPI.Application.self, from: row.payload)
      let candidate = try candidates[row.candidateID].map {
        try decoder.decode(Candidate.self, from: $0.payload)
      }
      return ListedApplication(
        id: application.id, remoteID: application.remoteID, outcome: application.outcome,
        rejectionReasonName: application.rejectionReasonName, rejectedAt: application.rejectedAt,
        currentStageID: application.currentStageID, jobID: application.jobID,
        candidateID: application.candidateID,
        customFields: application.customFields, remoteURL: application.remoteURL,
        changedAt: application.changedAt,
        remoteDeletedAt: application.remoteDeletedAt, remoteCreatedAt: application.remoteCreatedAt,
        remoteUpdatedAt: application.remoteUpdatedAt,
        candidate: candidate.map { candidate in
          ApplicationCandidate(
            id: candidate.id, remoteID: candidate.remoteID, firstName: candidate.firstName,
            lastName: candidate.lastName, source: candidate.source, remoteURL: candidate.remoteURL,
            tags: candidate.tags,
            emailAddresses: candidate.emailAddresses, phoneNumbers: candidate.phoneNumbers,
            socialMedia: candidate.socialMedia)
        }, currentStage: listedStage(application), job: application.job,
        screeningQuestionAnswers: application.screeningQuestionAnswers)
    }
    return JSONResponse.make(KomboPage(next: list.cursor(continuingAt: page.nextAfter), results: results))
  }

  /// The full stage (with status and custom fields, as listed applications carry it) of `application`.
  private func listedStage(_ application: KomboAPI.Application) -> JobStage? {
    guard let stage = application.currentStage else { return nil }
    let jobStage = application.jobID.flatMap { catalog.job(reference: $0) }?.stages.first {
      $0.id == stage.id
    }
    return jobStage
      ?? JobStage(
        id: stage.id, remoteID: stage.remoteID, name: stage.name, customFields: [:], index: stage.index)
  }
}
