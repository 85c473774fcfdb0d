import Foundation
import KomboAPI

/// A client that tells an ``AdaptiveConcurrency`` how Kombo answers creates: the integration's limit
/// from `Concurrency-Limit`, and every concurrency or rate-limit refusal. Everything else is passed on.
struct LoadWatchingClient: KomboClient {
  let base: any KomboClient
  let concurrency: AdaptiveConcurrency
  let clock: any WallClock

  func checkAPIKey() async throws(KomboClientError) -> APIKeyCheck { try await base.checkAPIKey() }

  func integrationDetails(_ id: IntegrationID) async throws(KomboClientError) -> IntegrationDetails {
    try await base.integrationDetails(id)
  }

  func createApplicationCapabilities() async throws(KomboClientError) -> CreateApplicationCapabilities {
    try await base.createApplicationCapabilities()
  }

  func jobsPage(_ query: JobQuery, cursor: String?) async throws(KomboClientError) -> KomboPage<Job> {
    try await base.jobsPage(query, cursor: cursor)
  }

  func candidatesPage(
    email: String, jobIDs: [String], cursor: String?
  ) async throws(KomboClientError) -> KomboPage<Candidate> {
    try await base.candidatesPage(email: email, jobIDs: jobIDs, cursor: cursor)
  }

  func applicationsPage(
    jobIDs: [String], cursor: String?
  ) async throws(KomboClientError) -> KomboPage<ListedApplication> {
    try await base.applicationsPage(jobIDs: jobIDs, cursor: cursor)
  }

  var defaultCreateTimeout: Duration { base.defaultCreateTimeout }

  func createApplication(
    jobID: String, body: Data, timeout: Duration?
  ) async throws(KomboClientError) -> CreateAnswer {
    do {
      let answer = try await base.createApplication(jobID: jobID, body: body, timeout: timeout)
      concurrency.answered(concurrencyLimit: answer.concurrencyLimit)
      return answer
    } catch {
      switch error {
      case .api(let failure):
        let load: Set<KomboErrorCode> = [
          .platformConcurrencyLimitExceeded, .platformRateLimitExceeded, .remoteRateLimitExceeded,
        ]
        if let code = failure.error.code, load.contains(code) {
          concurrency.throttled(concurrencyLimit: failure.hints.concurrencyLimit, at: clock.now())
        } else {
          concurrency.answered(concurrencyLimit: failure.hints.concurrencyLimit)
        }
      case .unexpectedResponse(let response) where response.status == 429:
        concurrency.throttled(concurrencyLimit: response.hints.concurrencyLimit, at: clock.now())
      default:
        break
      }
      throw error
    }
  }
}
