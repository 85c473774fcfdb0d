import Foundation
import KomboAPI

/// Looks up whether an application was created after an unclear outcome.
///
/// First `GET /ats/candidates?email=…&job_ids=…`; if that finds no one, the job's applications are
/// scanned for the candidate's email (`GET /ats/applications?job_ids=…`, at most `maxApplicationPages`).
/// Both read Kombo's synced data, which can lag behind the ATS.
struct Reconciler: Sendable {
  /// What the lookup found.
  enum Finding: Sendable, Equatable {
    case found(SubmissionReceipt)
    case notFound
    case lookupFailed(String)
  }

  let client: any KomboClient
  var maxApplicationPages = 20

  func find(jobID: String, email: String) async -> Finding {
    do throws(KomboClientError) {
      let komboJobID = jobID.hasPrefix(KomboID.remotePrefix) ? try await client.job(id: jobID).id : jobID
      let candidates = try await client.candidates(email: email, jobIDs: [komboJobID])
      if let candidate = candidates.first {
        let application = candidates.lazy.compactMap { candidate in
          candidate.applications?.first { $0.job?.id == komboJobID }.map { (candidate, $0) }
        }.first
        return .found(
          SubmissionReceipt(
            applicationID: application?.1.id, candidateID: application?.0.id ?? candidate.id, reconciled: true
          ))
      }
      return try await scanApplications(jobID: komboJobID, email: email)
    } catch {
      return .lookupFailed(error.description)
    }
  }

  private func scanApplications(jobID: String, email: String) async throws(KomboClientError) -> Finding {
    let wanted = email.trimmingCharacters(in: .whitespaces).lowercased()
    var iterator = KomboPages { cursor throws(KomboClientError) in
      try await client.applicationsPage(jobIDs: [jobID], cursor: cursor)
    }.makeAsyncIterator()
    var pages = 0
    while pages < maxApplicationPages, let page = try await iterator.next() {
      pages += 1
      for application in page.results {
        let emails = application.candidate?.emailAddresses?.compactMap(\.emailAddress) ?? []
        if emails.contains(where: { $0.trimmingCharacters(in: .whitespaces).lowercased() == wanted }) {
          return .found(
            SubmissionReceipt(
              applicationID: application.id,
              candidateID: application.candidateID ?? application.candidate?.id,
              reconciled: true))
        }
      }
    }
    return .notFound
  }
}
