import Foundation
import Hummingbird
import KomboAPI

extension SandboxServer {
  /// `GET /ats/candidates`: filters `email` (case-insensitive), `job_ids`, `ids`, `remote_ids`,
  /// `first_name` and `last_name` (exact, case-insensitive), `updated_after`, `include_deleted`; each
  /// candidate with its applications.
  func listCandidates(_ request: Request, _ context: SandboxRequestContext) async throws -> Response {
    let list = try ListRequest(request, context, list: "candidates")
    let query = list.query
    var filter = try Self.recordFilter(query)
    filter.firstName = query["first_name"]
    filter.lastName = query["last_name"]
    let page = try await store.candidates(
      integrationID: list.integration.id, emails: try query.email("email").map { [$0] },
      jobIDs: query.list("job_ids"), ids: query.list("ids"), filter: filter, after: list.position,
      limit: list.pageSize)
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
      var candidate = try decoder.decode(Candidate.self, from: row.payload).withRequiredKeys
      candidate.applications = byCandidate[row.id] ?? []
      return candidate
    }
    return JSONResponse.make(KomboPage(next: list.cursor(continuingAt: page.nextAfter), results: candidates))
  }

  /// `GET /ats/applications`: filters `job_ids`, `job_remote_ids`, `ids`, `remote_ids`, `outcomes` (or
  /// the deprecated `outcome`), `current_stage_ids`, `updated_after`, `remote_created_after`,
  /// `include_deleted`; each application with its candidate, stage and job.
  func listApplications(_ request: Request, _ context: SandboxRequestContext) async throws -> Response {
    let list = try ListRequest(request, context, list: "applications")
    let query = list.query
    let known = ApplicationOutcome.knownValues.map(\.rawValue)
    let deprecatedOutcome = try query.value("outcome", allowed: known)
    let outcomes = try query.list("outcomes", allowed: known) ?? deprecatedOutcome.map { [$0] }
    var filter = try Self.recordFilter(query)
    filter.remoteCreatedAfter = try query.date("remote_created_after")
    var jobIDs = query.list("job_ids")
    if let remoteIDs = query.list("job_remote_ids") {
      let matching = remoteIDs.compactMap { catalog.job(reference: "remote:" + $0)?.id }
      jobIDs = jobIDs.map { ids in ids.filter(matching.contains) } ?? matching
    }
    let page = try await store.applications(
      integrationID: list.integration.id, jobIDs: jobIDs, ids: query.list("ids"), outcomes: outcomes,
      stageIDs: query.list("current_stage_ids"), filter: filter, after: list.position, limit: list.pageSize)
    let candidates = try await store.candidates(ids: Array(Set(page.rows.map(\.candidateID))))
    let decoder = KomboJSON.decoder()
    let results = try page.rows.map { row in
      let application = try decoder.decode(KomboAPI.Application.self, from: row.payload).withRequiredKeys
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
        screeningQuestionAnswers: application.screeningQuestionAnswers,
        integrationFields: application.integrationFields, remoteData: application.remoteData)
    }
    return JSONResponse.make(KomboPage(next: list.cursor(continuingAt: page.nextAfter), results: results))
  }

  /// The filters both lists share: `include_deleted`, `updated_after`, `remote_ids`.
  private static func recordFilter(_ query: QueryParameters) throws(SandboxError) -> RecordFilter {
    var filter = RecordFilter()
    filter.includeDeleted = try query.bool("include_deleted", default: false)
    filter.updatedAfter = try query.date("updated_after")
    filter.remoteIDs = query.list("remote_ids")
    return filter
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
