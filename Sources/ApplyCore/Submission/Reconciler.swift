import Foundation
import KomboAPI

/// Looks up whether an application was created after an unclear outcome.
///
/// First `GET /ats/candidates?email=…&job_ids=…`; if that finds no one, the job's applications are
/// scanned for the candidate's email (`GET /ats/applications?job_ids=…`, at most `maxApplicationPages`).
/// Both read Kombo's synced data, which can lag behind the ATS.
///
/// An application the ATS dates from before the submission was recorded (minus `clockMargin`, for
/// clocks that disagree) belonged to the candidate already: it is reported as `preExisting`, never as
/// this submission's result.
struct Reconciler: Sendable {
  /// What the lookup found.
  enum Finding: Sendable, Equatable {
    case found(SubmissionReceipt)
    /// Only an application older than the submission: the candidate had applied before.
    case preExisting(applicationID: String, createdAt: KomboTimestamp)
    case notFound
    case lookupFailed(String)
  }

  let client: any KomboClient
  var maxApplicationPages = 20
  /// How much earlier than the submission an application may be dated and still count as its result.
  var clockMargin: TimeInterval = 600

  /// Looks for the candidate's application to the job made by a submission recorded at `since`.
  func find(jobID: String, email: String, since: Date) async -> Finding {
    let cutoff = since.addingTimeInterval(-clockMargin)
    do throws(KomboClientError) {
      let komboJobID = jobID.hasPrefix(KomboID.remotePrefix) ? try await client.job(id: jobID).id : jobID
      let candidates = try await client.candidates(email: email, jobIDs: [komboJobID])
      if let candidate = candidates.first {
        let applications = candidates.flatMap { candidate in
          (candidate.applications ?? []).filter { $0.job?.id == komboJobID }.map { (candidate, $0) }
        }
        if let (owner, application) = applications.first(where: {
          Self.isRecent($0.1.remoteCreatedAt, cutoff)
        }) {
          return .found(
            SubmissionReceipt(applicationID: application.id, candidateID: owner.id, reconciled: true))
        }
        if let (_, old) = applications.first, let created = old.remoteCreatedAt {
          return .preExisting(applicationID: old.id, createdAt: created)
        }
        let scanned = try await scanApplications(jobID: komboJobID, email: email, cutoff: cutoff)
        if case .found = scanned { return scanned }
        return .found(
          SubmissionReceipt(
            applicationID: nil, candidateID: candidate.id, reconciled: true,
            note: "Kombo lists the candidate as applied to this job, but neither the candidate nor the "
              + "job's applications name that application, so its id is unknown"))
      }
      return try await scanApplications(jobID: komboJobID, email: email, cutoff: cutoff)
    } catch {
      return .lookupFailed(error.description)
    }
  }

  /// Whether an application dated `created` can be this submission's (undated ones are given the
  /// benefit of the doubt).
  private static func isRecent(_ created: KomboTimestamp?, _ cutoff: Date) -> Bool {
    created.map { $0.date >= cutoff } ?? true
  }

  private func scanApplications(
    jobID: String, email: String, cutoff: Date
  ) async throws(KomboClientError) -> Finding {
    let wanted = email.trimmingCharacters(in: .whitespaces).lowercased()
    var iterator = KomboPages { cursor throws(KomboClientError) in
      try await client.applicationsPage(jobIDs: [jobID], cursor: cursor)
    }.makeAsyncIterator()
    var pages = 0
    var older: Finding?
    while pages < maxApplicationPages, let page = try await iterator.next() {
      pages += 1
      for application in page.results {
        let emails = application.candidate?.emailAddresses?.compactMap(\.emailAddress) ?? []
        guard emails.contains(where: { $0.trimmingCharacters(in: .whitespaces).lowercased() == wanted })
        else {
          continue
        }
        if Self.isRecent(application.remoteCreatedAt, cutoff) {
          return .found(
            SubmissionReceipt(
              applicationID: application.id,
              candidateID: application.candidateID ?? application.candidate?.id,
              reconciled: true))
        }
        if older == nil, let created = application.remoteCreatedAt {
          older = .preExisting(applicationID: application.id, createdAt: created)
        }
      }
    }
    return older ?? .notFound
  }
}
