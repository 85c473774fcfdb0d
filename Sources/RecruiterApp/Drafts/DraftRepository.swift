public import ApplyCore
public import Foundation
import KomboAPI
import Synchronization

/// A saved draft as the resume prompt and the drafts list show it.
public struct DraftListing: Sendable, Equatable {
  /// The store's row: id, job reference, candidate name, time.
  public var summary: DraftSummary
  /// The saved content, or nil when it cannot be read (see `problem`).
  public var saved: SavedDraft?
  /// Why the content cannot be read (e.g. saved by a newer kombo-apply).
  public var problem: String?
  /// Who has it open.
  public var holder: DraftLocks.Holder

  /// A listing.
  public init(summary: DraftSummary, saved: SavedDraft?, problem: String? = nil, holder: DraftLocks.Holder) {
    self.summary = summary
    self.saved = saved
    self.problem = problem
    self.holder = holder
  }

  /// The draft's id.
  public var id: String { summary.id }
  /// The candidate's name, or a placeholder.
  public var candidateLabel: String { summary.candidateName ?? "no name yet" }
  /// The job's name (or id), or a placeholder.
  public var jobLabel: String { saved?.jobName ?? summary.jobReference ?? "no job yet" }
  /// Whether another running kombo-apply has it open.
  public var isOpenElsewhere: Bool {
    if case .other = holder { return true }
    return false
  }
}

/// Why a draft operation failed. Messages name files and causes, never draft content.
public struct DraftError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong.
  public let description: String

  /// An error with `description`.
  public init(_ description: String) {
    self.description = description
  }

  /// The draft is open in another running kombo-apply.
  public static func openElsewhere(pid: Int32?) -> DraftError {
    DraftError("it is open in another kombo-apply" + (pid.map { " (pid \($0), still running)" } ?? ""))
  }
}

/// The drafts of this user: autosaves through the `DraftStore`, guarded by `DraftLocks` so two
/// kombo-apply processes never overwrite each other's draft.
///
/// All methods do blocking SQLite or file work: call them from effects, never from `update`.
public struct DraftRepository: Sendable {
  private let store: DraftStore
  private let locks: DraftLocks
  private let clock: any WallClock
  private let written = WrittenRevisions()

  /// A repository over `store`, with `locks` for this process and `clock` for save times.
  public init(store: DraftStore, locks: DraftLocks, clock: any WallClock = SystemClock()) {
    self.store = store
    self.locks = locks
    self.clock = clock
  }

  /// The repository of the state database, with locks next to it.
  public init(database: StateDatabase, clock: any WallClock = SystemClock()) {
    let directory = (database.path as NSString).deletingLastPathComponent + "/locks"
    self.init(store: DraftStore(database: database), locks: DraftLocks(directory: directory), clock: clock)
  }

  /// Saves `saved` as draft `id` (taking its lock first if this process does not hold it yet);
  /// returns when it was saved. Refuses when another process has the draft open.
  ///
  /// With a `revision`, a save older than one already written is skipped, whichever finishes first
  /// (an autosave effect still running while the final save at exit writes a newer revision).
  @discardableResult
  public func save(_ saved: SavedDraft, id: String, revision: Int? = nil) throws(DraftError) -> Date {
    try take(id)
    return try written.writing(id: id, revision: revision) { () throws(DraftError) -> Date in
      let date = clock.now()
      do {
        try store.save(saved.summary(id: id, at: date), payload: try saved.encoded())
      } catch {
        throw DraftError("the state database could not be written (\(Self.reason(error)))")
      }
      return date
    }
  }

  /// Every draft, newest first, with its content and who has it open.
  public func list() throws(DraftError) -> [DraftListing] {
    let summaries: [DraftSummary]
    do {
      summaries = try store.list()
    } catch {
      throw DraftError("the drafts could not be read (\(Self.reason(error)))")
    }
    return summaries.map { summary in
      let holder = locks.holder(of: summary.id)
      do {
        guard let payload = try store.load(id: summary.id) else {
          return DraftListing(summary: summary, saved: nil, problem: "it was just deleted", holder: holder)
        }
        return DraftListing(summary: summary, saved: try SavedDraft.decode(payload), holder: holder)
      } catch {
        return DraftListing(
          summary: summary, saved: nil, problem: "it cannot be read (\(Self.reason(error)))", holder: holder)
      }
    }
  }

  /// Opens draft `id` for editing: takes its lock and returns its content.
  public func open(_ id: String) throws(DraftError) -> SavedDraft {
    try take(id)
    written.forget(id)
    do {
      guard let payload = try store.load(id: id) else {
        locks.release(id)
        throw DraftError("the draft no longer exists")
      }
      return try SavedDraft.decode(payload)
    } catch let error as DraftError {
      throw error
    } catch {
      locks.release(id)
      throw DraftError("the draft cannot be read (\(Self.reason(error)))")
    }
  }

  /// Copies draft `id` (open elsewhere, say) to a new draft `newID` opened by this process.
  public func openCopy(of id: String, as newID: String) throws(DraftError) -> SavedDraft {
    let saved: SavedDraft
    do {
      guard let payload = try store.load(id: id) else { throw DraftError("the draft no longer exists") }
      saved = try SavedDraft.decode(payload)
    } catch let error as DraftError {
      throw error
    } catch {
      throw DraftError("the draft cannot be read (\(Self.reason(error)))")
    }
    _ = try save(saved, id: newID)
    return saved
  }

  /// Deletes draft `id`; refuses while another process has it open.
  public func discard(_ id: String) throws(DraftError) {
    try take(id)
    written.forget(id)
    defer { locks.release(id) }
    do {
      try store.delete(id: id)
    } catch {
      throw DraftError("the draft could not be deleted (\(Self.reason(error)))")
    }
  }

  /// Stops editing draft `id` (its lock is released; the draft stays saved).
  public func close(_ id: String) {
    written.forget(id)
    locks.release(id)
  }

  private func take(_ id: String) throws(DraftError) {
    let holder: DraftLocks.Holder
    do {
      holder = try locks.acquire(id)
    } catch {
      throw DraftError("the draft lock could not be taken (\(error.description))")
    }
    if case .other(let pid) = holder { throw .openElsewhere(pid: pid) }
  }

  /// A short cause for an error, without any payload.
  private static func reason(_ error: any Error) -> String {
    if let decoding = error as? DecodingError { return decoding.summary }
    return String(describing: error)
  }
}

/// The newest revision written per draft, so saves land in revision order.
private final class WrittenRevisions: Sendable {
  private let newest = Mutex<[String: (revision: Int, at: Date)]>([:])

  /// Runs `write` unless a newer revision of draft `id` is already written (then returns its time).
  func writing(
    id: String, revision: Int?, _ write: () throws(DraftError) -> Date
  ) throws(DraftError) -> Date {
    try newest.withLock { (newest) throws(DraftError) -> Date in
      if let revision, let done = newest[id], done.revision >= revision { return done.at }
      let date = try write()
      if let revision { newest[id] = (revision, date) }
      return date
    }
  }

  /// Starts counting revisions of draft `id` afresh (it was opened again, closed or deleted).
  func forget(_ id: String) {
    newest.withLock { $0[id] = nil }
  }
}
