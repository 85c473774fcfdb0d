import ApplyCore
public import Foundation
public import KomboAPI

/// A draft opened for editing: its content, when it was saved, and its job as the API has it now.
public struct OpenedDraft: Sendable, Equatable {
  /// The id it is edited under (a new one for a copy).
  public var id: String
  /// What was saved.
  public var saved: SavedDraft
  /// When it was saved.
  public var savedAt: Date
  /// The job, looked up again (stages and questions may have changed since).
  public var job: Job?
  /// Why the job could not be looked up, if it could not.
  public var jobProblem: String?

  /// An opened draft.
  public init(id: String, saved: SavedDraft, savedAt: Date, job: Job?, jobProblem: String?) {
    self.id = id
    self.saved = saved
    self.savedAt = savedAt
    self.job = job
    self.jobProblem = jobProblem
  }

  /// The screen to continue on, and the field to focus there (if one was saved).
  public var resumeNavigation: Navigation {
    if let focus = saved.focus, !focus.isEmpty, saved.draft.job.trimmed.isEmpty == false {
      return .edit(FieldPath(focus))
    }
    let resumable: [Destination] = [.stage, .candidate, .attachments, .questions, .review]
    if let step = resumable.first(where: { "\($0)" == saved.step }) { return .go(step) }
    return .go(saved.draft.job.trimmed.isEmpty ? .jobPicker : .candidate)
  }

  /// Makes this draft the one being edited in `flow`.
  public func apply(to flow: inout Flow) {
    flow.draft = saved.draft
    flow.draftID = id
    flow.job = job
    flow.draftSavedAt = savedAt
  }
}

/// Opening and discarding drafts, as effects (SQLite, the lock files and the job lookup are I/O).
enum DraftOpening {
  /// Opens draft `id` (or a copy of it as `copyID`), releasing `previousID`, and looks its job up.
  static func open(
    _ listing: DraftListing, copyID: String?, previousID: String, repository: DraftRepository,
    client: any KomboClient
  ) -> @Sendable () async -> Result<OpenedDraft, DraftError> {
    {
      let saved: SavedDraft
      do throws(DraftError) {
        if let copyID {
          saved = try repository.openCopy(of: listing.id, as: copyID)
        } else {
          saved = try repository.open(listing.id)
        }
      } catch {
        return .failure(error)
      }
      if previousID != listing.id && previousID != copyID { repository.close(previousID) }
      var job: Job?
      var problem: String?
      if let reference = saved.jobReference {
        do throws(KomboClientError) {
          job = try await client.job(id: reference)
        } catch {
          problem = error.description
        }
      }
      return .success(
        OpenedDraft(
          id: copyID ?? listing.id, saved: saved, savedAt: listing.summary.updatedAt, job: job,
          jobProblem: problem))
    }
  }
}
