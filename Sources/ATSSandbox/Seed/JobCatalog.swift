import Foundation
import KomboAPI
import Synchronization

/// Every job the sandbox serves: the seed jobs, then `extraJobs` generated ones.
///
/// Only the filterable facts of each job are kept in memory; seed jobs are built and encoded once
/// at start, generated ones on demand (their JSON cached), so 100,000 generated jobs start in well
/// under a second.
final class JobCatalog: Sendable {
  /// What the list filters look at, for one job.
  struct Facts: Sendable {
    var id: String
    var remoteID: String
    var jobCode: String
    var name: String
    var status: String
    var employmentType: String
    var visibility: String
    var postURL: String?
    var remoteCreatedAt: Int64
    var changedAt: Int64
    var deleted: Bool
  }

  /// The filters of `GET /ats/jobs`, already validated.
  struct Filter: Sendable {
    var ids: Set<String>?
    var remoteIDs: Set<String>?
    var jobCodes: Set<String>?
    var postURL: String?
    var statuses: Set<String>?
    var employmentTypes: Set<String>?
    var visibilities: Set<String>?
    var nameContains: String?
    var updatedAfter: Int64?
    var remoteCreatedAfter: Int64?
    var includeDeleted = false
  }

  /// The number of hand-written seed jobs.
  static var seedCount: Int { SeedJobs.specs.count }

  /// How many encoded generated jobs are kept before the cache starts over.
  static let encodedCacheLimit = 20_000

  private let facts: [Facts]
  private let indexByID: [String: Int]
  private let indexByRemoteID: [String: Int]
  private let seedJobs: [Job]
  private let encoded = Mutex<[Int: Data]>([:])

  /// The catalogue of the seed jobs plus `extraJobs` generated ones.
  init(extraJobs: Int) {
    let total = Self.seedCount + max(0, extraJobs)
    var facts: [Facts] = []
    facts.reserveCapacity(total)
    for index in 0..<total {
      facts.append(Self.facts(of: Self.spec(at: index), index: index))
    }
    self.facts = facts
    var byID: [String: Int] = [:]
    var byRemoteID: [String: Int] = [:]
    byID.reserveCapacity(total)
    byRemoteID.reserveCapacity(total)
    for (index, fact) in facts.enumerated() {
      byID[fact.id] = index
      byRemoteID[fact.remoteID] = index
    }
    indexByID = byID
    indexByRemoteID = byRemoteID
    seedJobs = SeedJobs.specs.indices.map { SeedJobs.specs[$0].job(index: $0) }
    let encoder = KomboJSON.encoder()
    encoded.withLock { cache in
      for (index, job) in seedJobs.enumerated() { cache[index] = try? encoder.encode(job) }
    }
  }

  /// The number of jobs, deleted ones included.
  var count: Int { facts.count }

  /// The job with Kombo id `id`, or with remote id `X` for `remote:X`.
  func job(reference: String) -> Job? {
    let index: Int?
    if reference.hasPrefix(KomboID.remotePrefix) {
      index = indexByRemoteID[String(reference.dropFirst(KomboID.remotePrefix.count))]
    } else {
      index = indexByID[reference]
    }
    return index.map(job(at:))
  }

  /// The job at catalogue position `index`.
  func job(at index: Int) -> Job {
    index < seedJobs.count ? seedJobs[index] : Self.spec(at: index).job(index: index)
  }

  /// The job at `index` as JSON, encoded once and cached (jobs never change while serving).
  func encodedJob(at index: Int) throws -> Data {
    if let cached = encoded.withLock({ $0[index] }) { return cached }
    let data = try KomboJSON.encoder().encode(job(at: index))
    encoded.withLock { cache in
      if cache.count >= Self.encodedCacheLimit { cache.removeAll(keepingCapacity: true) }
      cache[index] = data
    }
    return data
  }

  /// The JSON of the jobs at `indices`, in order; jobs not cached yet are encoded in parallel, one
  /// slice per processor (encoding dominates the cost of a page of new jobs).
  func encodedJobs(at indices: [Int]) async throws -> [Data] {
    let missing = encoded.withLock { cache in indices.filter { cache[$0] == nil } }
    if missing.count > 8 {
      let slices = max(1, min(ProcessInfo.processInfo.activeProcessorCount, missing.count / 8))
      let size = (missing.count + slices - 1) / slices
      try await withThrowingTaskGroup(of: Void.self) { group in
        for start in stride(from: 0, to: missing.count, by: size) {
          let slice = missing[start..<min(start + size, missing.count)]
          group.addTask { for index in slice { _ = try self.encodedJob(at: index) } }
        }
        try await group.waitForAll()
      }
    }
    return try indices.map(encodedJob(at:))
  }

  /// Catalogue positions matching `filter`, starting at position `start`, at most `limit` of them,
  /// and the position to continue from when more match.
  func matching(_ filter: Filter, from start: Int, limit: Int) -> (indices: [Int], next: Int?) {
    var found: [Int] = []
    var index = max(0, start)
    while index < facts.count {
      if Self.matches(facts[index], filter) {
        if found.count == limit { return (found, index) }
        found.append(index)
      }
      index += 1
    }
    return (found, nil)
  }

  private static func matches(_ fact: Facts, _ filter: Filter) -> Bool {
    if fact.deleted && !filter.includeDeleted { return false }
    if let ids = filter.ids, !ids.contains(fact.id) { return false }
    if let ids = filter.remoteIDs, !ids.contains(fact.remoteID) { return false }
    if let codes = filter.jobCodes, !codes.contains(fact.jobCode) { return false }
    if let url = filter.postURL, fact.postURL != url { return false }
    if let statuses = filter.statuses, !statuses.contains(fact.status) { return false }
    if let types = filter.employmentTypes, !types.contains(fact.employmentType) { return false }
    if let visibilities = filter.visibilities, !visibilities.contains(fact.visibility) { return false }
    if let after = filter.updatedAfter, fact.changedAt <= after { return false }
    if let after = filter.remoteCreatedAfter, fact.remoteCreatedAt < after { return false }
    if let needle = filter.nameContains, fact.name.range(of: needle, options: [.caseInsensitive]) == nil {
      return false
    }
    return true
  }

  private static func spec(at index: Int) -> JobSpec {
    index < seedCount ? SeedJobs.specs[index] : SeedJobs.generated(index: index)
  }

  private static func facts(of spec: JobSpec, index: Int) -> Facts {
    Facts(
      id: SandboxID.derived("job", index), remoteID: spec.remoteID(index: index),
      jobCode: spec.jobCode(index: index),
      name: spec.title, status: spec.status.rawValue, employmentType: spec.employmentType.rawValue,
      visibility: spec.visibility.rawValue, postURL: spec.postURL(index: index),
      remoteCreatedAt: spec.createdMilliseconds(index: index),
      changedAt: spec.updatedMilliseconds(index: index),
      deleted: spec.deleted)
  }
}
