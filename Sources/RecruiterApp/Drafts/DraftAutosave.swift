import ApplyCore
public import Foundation
import KomboAPI
import TerminalUI
import TextSafety

/// Autosave bookkeeping in the model, for the draft being edited: the throttle, what was focused
/// last, and whether saving is off. A new draft (another id: a new application, a resumed draft)
/// starts afresh.
public struct AutosaveState: Sendable, Equatable {
  /// The draft this state is about.
  public var draftID: String?
  /// When to save (2 s after the first unsaved change, at once on a screen or focus change).
  public var throttle = AutosaveThrottle()
  /// The screen and field that had focus after the last update (a change saves at once).
  public var focus: String?
  /// Whether saving is off: after the draft was handed to the submitter (which deletes it).
  public var isSuspended = false

  /// Whether a save is scheduled (the throttle's timer is armed).
  public var isScheduled: Bool { throttle.timerArmed }

  /// An autosave state with nothing to save, for draft `draftID`.
  public init(draftID: String? = nil) {
    self.draftID = draftID
  }
}

/// Autosave results.
public enum AutosaveMsg: Sendable, Equatable {
  /// The throttle's time is up: save now.
  case due
  /// Revision `revision` of the draft was saved at `at`.
  case saved(revision: Int, at: Date)
  /// Saving revision `revision` failed; the message says why (never draft content).
  case failed(revision: Int, message: String)
}

/// A screen whose body is a form: its focused field counts for autosave's "save on focus change".
public protocol FormHosting {
  /// The hosted form.
  var host: FormHost { get }
}

extension CandidateScreen: FormHosting {}
extension StageScreen: FormHosting {}
extension QuestionsScreen: FormHosting {}

extension RecruiterProgram {
  static let autosaveTimerID = "app.autosave"

  /// Whether the draft holds anything worth keeping (a job has been chosen).
  static func isWorthSaving(_ flow: Flow) -> Bool {
    !flow.draft.job.trimmed.isEmpty
  }

  /// Which screen and field have focus, e.g. `candidate/candidate.email_address`.
  static func focusSignature(_ model: AppModel) -> String {
    let field = (model.screen.current as? any FormHosting)?.host.form.focusedField?.key ?? ""
    return "\(model.screen.destination)/\(field)"
  }

  /// After an update: a changed draft arms the throttle; a changed screen or focused field saves at once.
  func autosave(after before: ApplicationDraft, _ model: inout AppModel) -> [Effect<AppMsg>] {
    var commands = startIfNewDraft(&model)
    if model.flow.draft != before { commands += model.autosave.throttle.changed() }
    let focus = Self.focusSignature(model)
    if focus != model.autosave.focus {
      model.autosave.focus = focus
      commands += model.autosave.throttle.flush()
    }
    return perform(commands, &model)
  }

  /// The screen changed: start afresh for another draft, and stop or resume saving as the draft goes
  /// to the submitter or comes back from it.
  func screenChanged(_ model: inout AppModel) -> [Effect<AppMsg>] {
    var commands = startIfNewDraft(&model)
    let wasSuspended = model.autosave.isSuspended
    model.autosave.isSuspended = Self.isWithSubmitter(model.screen)
    // Back from the submitter after a rejection: it deleted the saved draft, so save it again.
    if wasSuspended && !model.autosave.isSuspended {
      commands += model.autosave.throttle.changed() + model.autosave.throttle.flush()
    }
    // The save itself follows at the end of the update (`autosave(after:)` sees the new screen), after
    // the draft changes the same update made have been counted.
    return perform(commands, &model)
  }

  /// Whether the draft is the submitter's now: while sending, and after a success or a failure kept
  /// in the outbox (the outbox entry is the way forward; the submitter deleted the draft). After a
  /// rejection the draft is the user's again, to fix.
  static func isWithSubmitter(_ screen: AppScreen) -> Bool {
    switch screen {
    case .submitting: return true
    case .result(let result):
      if case .failed(let failure) = result.outcome.status { return failure.retryable }
      return true
    default: return false
    }
  }

  /// Another draft is being edited now (a new application, a resumed draft): autosave starts afresh
  /// for it, with its first change counted as unsaved.
  private func startIfNewDraft(_ model: inout AppModel) -> [AutosaveThrottle.Command] {
    guard model.autosave.draftID != model.draftID else { return [] }
    let isFirst = model.autosave.draftID == nil
    model.autosave = AutosaveState(draftID: model.draftID)
    return isFirst ? [] : [.cancelTimer] + model.autosave.throttle.changed()
  }

  /// Handles an autosave message.
  func autosaveResult(_ result: AutosaveMsg, _ model: inout AppModel) -> [Effect<AppMsg>] {
    switch result {
    case .due:
      return perform(model.autosave.throttle.timerFired(), &model)
    case .saved(let revision, let date):
      let commands = model.autosave.throttle.saved(revision: revision, at: date)
      model.flow.draftSavedAt = model.autosave.throttle.lastSaved
      if model.flow.notice?.hasPrefix(Self.saveFailurePrefix) == true { model.flow.notice = nil }
      return perform(commands, &model)
    case .failed(let revision, let reason):
      model.flow.notice = Self.saveFailurePrefix + reason + " (retrying)"
      return perform(model.autosave.throttle.failed(revision: revision, message: reason), &model)
    }
  }

  static let saveFailurePrefix = "DRAFT NOT SAVED: "

  /// Turns the throttle's commands into effects: the timer, and saves of the draft as it is now.
  private func perform(_ commands: [AutosaveThrottle.Command], _ model: inout AppModel) -> [Effect<AppMsg>] {
    commands.compactMap { command in
      switch command {
      case .armTimer(let delay):
        return .after(delay, id: Self.autosaveTimerID, send: .autosave(.due))
      case .cancelTimer:
        return .cancel(id: Self.autosaveTimerID)
      case .save(let revision):
        guard !model.autosave.isSuspended, Self.isWorthSaving(model.flow) else {
          model.autosave.throttle.markSaved(at: model.flow.now)
          return nil
        }
        let drafts = services.draftRepository
        let (saved, id) = (Self.savedDraft(model), model.draftID)
        return .run {
          do throws(DraftError) {
            return .autosave(
              .saved(revision: revision, at: try drafts.save(saved, id: id, revision: revision)))
          } catch {
            return .autosave(.failed(revision: revision, message: error.description))
          }
        }
      }
    }
  }

  /// The draft with what resuming needs: the job's name, the screen and field in focus, the integration.
  static func savedDraft(_ model: AppModel) -> SavedDraft {
    let field = (model.screen.current as? any FormHosting)?.host.form.focusedField?.key
    return SavedDraft(
      draft: model.draft, jobName: model.flow.job?.name.map { Sanitizer.clean($0) },
      // A draft kept after a rejection resumes on the review, where what to fix is listed.
      step: model.screen.destination == .submitting ? "\(Destination.review)" : "\(model.screen.destination)",
      focus: field, integrationID: model.flow.backend.integrationID)
  }

  /// Saves the draft synchronously (at exit, after a signal or a quit); does nothing once the draft
  /// went to the submitter or before a job was chosen.
  public func saveDraftNow(_ model: AppModel) throws {
    guard !model.autosave.isSuspended, Self.isWorthSaving(model.flow) else { return }
    try services.draftRepository.save(
      Self.savedDraft(model), id: model.draftID, revision: model.autosave.throttle.revision)
  }
}
