import Foundation
import Hummingbird
import KomboAPI

extension SandboxServer {
  /// `GET /ats/jobs`: filters, opaque cursors, `page_size` 1–250 (default 100).
  func listJobs(_ request: Request, _ context: SandboxRequestContext) async throws(SandboxError) -> Response {
    let list = try ListRequest(request, context, list: "jobs")
    let query = list.query
    var filter = JobCatalog.Filter()
    filter.includeDeleted = try query.bool("include_deleted", default: false)
    let ignoreUnsupported = try query.bool("ignore_unsupported_filters", default: false)
    filter.ids = query.list("ids").map(Set.init)
    filter.remoteIDs = query.list("remote_ids").map(Set.init)
    filter.jobCodes = query.list("job_codes").map(Set.init)
    filter.postURL = query["post_url"]
    let statuses = JobStatus.knownValues.map(\.rawValue)
    let deprecatedStatus = try query.value("status", allowed: statuses)
    filter.statuses =
      try query.list("statuses", allowed: statuses).map(Set.init) ?? deprecatedStatus.map { [$0] }
    filter.employmentTypes = try query.list(
      "employment_types", allowed: EmploymentType.knownValues.map(\.rawValue)
    )
    .map(Set.init)
    filter.visibilities = try query.list("visibilities", allowed: JobVisibility.knownValues.map(\.rawValue))
      .map(Set.init)
    filter.nameContains = query["name_contains"]
    filter.updatedAfter = try query.date("updated_after").map {
      Int64(($0.timeIntervalSince1970 * 1000).rounded())
    }
    filter.remoteCreatedAfter = try query.date("remote_created_after").map {
      Int64(($0.timeIntervalSince1970 * 1000).rounded())
    }
    let unsupported = list.integration.unsupportedJobFilters.filter { query[$0] != nil }
    if !unsupported.isEmpty {
      if ignoreUnsupported {
        for name in unsupported {
          switch name {
          case "job_codes": filter.jobCodes = nil
          case "post_url": filter.postURL = nil
          case "visibilities": filter.visibilities = nil
          case "remote_created_after": filter.remoteCreatedAfter = nil
          default: break
          }
        }
      } else {
        return JSONResponse.make(KomboPage<Job>(next: nil, results: []))
      }
    }
    let (indices, next) = catalog.matching(filter, from: Int(list.position), limit: list.pageSize)
    let nextToken = list.cursor(continuingAt: next.map(Int64.init))
    do {
      return try await pageResponse(next: nextToken, indices: indices)
    } catch {
      throw SandboxError.unknown("could not encode jobs: \(error)")
    }
  }

  /// The page envelope encoded by ``KomboPage`` with an empty result list, and the cached JSON of
  /// each job spliced into that list: the same bytes as encoding the whole page, without
  /// re-encoding jobs that never change.
  private func pageResponse(next: String?, indices: [Int]) async throws -> Response {
    let envelope = try KomboJSON.encoder().encode(KomboPage<Job>(next: next, results: []))
    let marker = Data(#""results":[]"#.utf8)
    guard let range = envelope.range(of: marker) else {
      return JSONResponse.make(KomboPage(next: next, results: indices.map(catalog.job(at:))))
    }
    let jobs = try await catalog.encodedJobs(at: indices)
    var buffer = ByteBuffer()
    buffer.reserveCapacity(envelope.count + jobs.reduce(0) { $0 + $1.count + 1 })
    buffer.writeBytes(envelope[..<(range.upperBound - 1)])
    for (offset, job) in jobs.enumerated() {
      if offset > 0 { buffer.writeString(",") }
      buffer.writeBytes(job)
    }
    buffer.writeBytes(envelope[(range.upperBound - 1)...])
    return Response(
      status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
      body: ResponseBody(byteBuffer: buffer))
  }
}
