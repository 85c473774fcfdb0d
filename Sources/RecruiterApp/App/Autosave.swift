import ApplyCore
import Foundation
import TerminalUI

/// Autosave bookkeeping in the model: the draft's revision and whether a save is scheduled.
public struct AutosaveState: Sendable, Equatable {
  /// Bumped on every change of the draft; a save writes only a newer revision than the last one.
  public var revision = 0
  /// Whether a save is scheduled (the throttle: at most one, 2 s after the first unsaved change).
  public var isScheduled = false
  /// Whether saving is off: after the draft was handed to the submitter (which deletes it).
  public var isSuspended = false

  /// An autosave state with nothing to save.
  public init() {}
}

/// Autosave results.
public enum AutosaveMsg: Sendable, Equatable {
  /// The throttle's time is up: save now.
  case due
  /// The draft was saved at this time.
  case saved(Date)
  /// Saving failed; the message says why.
  case failed(String)
}

/// Saves drafts one at a time and never lets an older revision overwrite a newer one, whichever task
/// finishes first (autosaves run as effects; the final save runs on the main thread at exit).
public final class DraftSaver: @unchecked Sendable {
  private let store: DraftStore
  private let lock = NSLock()
  private var saved: [String: Int] = [:]

  /// A saver writing to `store`.
  public init(store: DraftStore) {
    self.store = store
  }

  /// Writes revision `revision` of the draft `id` unless a newer one is already written.
  public func save(
    _ draft: ApplicationDraft, id: String, candidateName: String?, revision: Int, at date: Date
  ) throws {
    try lock.withLock {
      guard revision > saved[id, default: -1] else { return }
      let payload = try JSONEncoder().encode(draft)
      let jobReference = draft.job.trimmed.isEmpty ? nil : draft.job.trimmed
      try store.save(
        DraftSummary(id: id, jobReference: jobReference, candidateName: candidateName, updatedAt: date),
        payload: payload)
      saved[id] = revision
    }
  }
}

extension RecruiterProgram {
  /// Autosave's delay after the first unsaved change.
  static let autosaveDelay = Duration.seconds(2)
  static let autosaveTimerID = "app.autosave"

  /// Whether the draft holds anything worth keeping (a job has been chosen).
  static func isWorthSaving(_ flow: Flow) -> Bool {
    !flow.draft.job.trimmed.isEmpty
  }

  /// The draft changed: bump the revision and schedule a save unless one is scheduled.
  func draftChanged(_ model: inout AppModel) -> [Effect<AppMsg>] {
    model.autosave.revision += 1
    guard !model.autosave.isSuspended, !model.autosave.isScheduled, Self.isWorthSaving(model.flow) else { return [] }
    model.autosave.isScheduled = true
    return [.after(Self.autosaveDelay, id: Self.autosaveTimerID, send: .autosave(.due))]
  }

  /// The screen changed: save now (nothing once the draft has gone to the submitter).
  func screenChanged(_ model: inout AppModel) -> [Effect<AppMsg>] {
    if model.screen.destination == .submitting { model.autosave.isSuspended = true }
    guard !model.autosave.isSuspended else { return [.cancel(id: Self.autosaveTimerID)] }
    return [.cancel(id: Self.autosaveTimerID)] + saveNow(&model)
  }

  /// Handles an autosave message.
  func autosaveResult(_ result: AutosaveMsg, _ model: inout AppModel) -> [Effect<AppMsg>] {
    switch result {
    case .due:
      return model.autosave.isSuspended ? [] : saveNow(&model)
    case .saved(let date):
      model.flow.draftSavedAt = date
      return []
    case .failed(let reason):
      model.flow.notice = "draft not saved: \(reason)"
      return []
    }
  }

  /// Starts saving the draft as it is now.
  func saveNow(_ model: inout AppModel) -> [Effect<AppMsg>] {
    model.autosave.isScheduled = false
    guard Self.isWorthSaving(model.flow) else { return [] }
    let saver = services.draftSaver
    let clock = services.clock
    let (draft, id, name, revision) = (model.draft, model.draftID, model.flow.candidateName, model.autosave.revision)
    return [
      .run {
        let date = clock.now()
        do {
          try saver.save(draft, id: id, candidateName: name, revision: revision, at: date)
          return .autosave(.saved(date))
        } catch {
          return .autosave(.failed(String(describing: error)))
        }
      }
    ]
  }

  /// Saves the draft synchronously (at exit, after a signal or a quit); does nothing once the draft
  /// went to the submitter or before a job was chosen.
  public func saveDraftNow(_ model: AppModel) throws {
    guard !model.autosave.isSuspended, Self.isWorthSaving(model.flow) else { return }
    try services.draftSaver.save(
      model.draft, id: model.draftID, candidateName: model.flow.candidateName,
      revision: model.autosave.revision, at: services.clock.now())
  }
}
