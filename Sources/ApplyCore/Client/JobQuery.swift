public import Foundation
public import KomboAPI

/// Filters for `GET /ats/jobs`. Lists are sent as one comma-separated value; filters combine with AND,
/// values inside one list with OR. The same filters are resent with each cursor.
public struct JobQuery: Sendable, Equatable {
  /// `statuses` (empty = all).
  public var statuses: [JobStatus]
  /// `name_contains`: keyword match on the job name.
  public var nameContains: String?
  /// `ids`: Kombo job ids.
  public var ids: [String]
  /// `remote_ids`: the ATS's own ids.
  public var remoteIDs: [String]
  /// `job_codes`.
  public var jobCodes: [String]
  /// `updated_after`.
  public var updatedAfter: Date?
  /// `page_size`, 1…250.
  public var pageSize: Int
  /// `include_deleted`.
  public var includeDeleted: Bool
  /// `ignore_unsupported_filters`; sent only when `true` (Kombo's default is `false`).
  public var ignoreUnsupportedFilters: Bool

  /// Creates a query; defaults match Kombo's SDKs (100 per page, no deleted jobs).
  public init(
    statuses: [JobStatus] = [], nameContains: String? = nil, ids: [String] = [], remoteIDs: [String] = [],
    jobCodes: [String] = [], updatedAfter: Date? = nil, pageSize: Int = 100, includeDeleted: Bool = false,
    ignoreUnsupportedFilters: Bool = false
  ) {
    self.statuses = statuses
    self.nameContains = nameContains
    self.ids = ids
    self.remoteIDs = remoteIDs
    self.jobCodes = jobCodes
    self.updatedAfter = updatedAfter
    self.pageSize = pageSize
    self.includeDeleted = includeDeleted
    self.ignoreUnsupportedFilters = ignoreUnsupportedFilters
  }

  /// The query for one job: `ids=…`, or `remote_ids=…` for a `remote:`-prefixed id.
  public static func job(_ id: String) -> JobQuery {
    if id.hasPrefix(KomboID.remotePrefix) {
      return JobQuery(remoteIDs: [String(id.dropFirst(KomboID.remotePrefix.count))], pageSize: 1)
    }
    return JobQuery(ids: [id], pageSize: 1)
  }

  /// The query parameters in a stable order (unescaped values).
  var parameters: [(String, String)] {
    var result: [(String, String)] = [
      ("page_size", String(min(max(pageSize, 1), 250))),
      ("include_deleted", includeDeleted ? "true" : "false"),
    ]
    if ignoreUnsupportedFilters { result.append(("ignore_unsupported_filters", "true")) }
    func list(_ name: String, _ values: [String]) {
      if !values.isEmpty { result.append((name, values.joined(separator: ","))) }
    }
    list("ids", ids)
    list("remote_ids", remoteIDs)
    list("job_codes", jobCodes)
    list("statuses", statuses.map(\.rawValue))
    if let nameContains, !nameContains.isEmpty { result.append(("name_contains", nameContains)) }
    if let updatedAfter {
      let formatter = ISO8601DateFormatter()
      formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
      result.append(("updated_after", formatter.string(from: updatedAfter)))
    }
    return result
  }
}
