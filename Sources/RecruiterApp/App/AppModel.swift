public import ApplyCore
public import Foundation
public import KomboAPI
public import TerminalUI

/// Why the app stopped, for the executable's exit status.
public enum AppExit: Hashable, Sendable {
  /// The user quit normally (exit 0).
  case finished
  /// The user quit with Ctrl-C after confirming (exit 130).
  case cancelled
  /// A signal or the end of input: the draft is saved and the process exits by the signal.
  case signal(TerminalSignal)
}

/// Everything the app knows: the screen showing (with its own model), the shared flow with the
/// draft, the app's own dialog and help overlay, autosave bookkeeping and, once set, why it stopped.
public struct AppModel: Sendable {
  /// The screen showing.
  public var screen: AppScreen
  /// The draft, the job and the connection facts, shared by all screens.
  public var flow: Flow
  /// The job picker while another screen shows, so its loaded list and search survive.
  public var parkedJobPicker: JobPickerScreen?
  /// A step was opened from the review's problem list: going on from it returns to the review.
  public var returnsToReview = false
  /// The app's own dialog (quit confirmation), drawn over the screen.
  public var dialog: Dialog?
  /// Whether the help overlay shows.
  public var showsHelp = false
  /// When the draft was last saved and whether a save is scheduled.
  public var autosave = AutosaveState()
  /// Why the app stopped, once it has.
  public var exit: AppExit?

  /// A model showing `screen` over `flow`.
  public init(screen: AppScreen, flow: Flow) {
    self.screen = screen
    self.flow = flow
  }

  /// The draft: the source of truth for everything the user entered.
  public var draft: ApplicationDraft {
    get { flow.draft }
    set { flow.draft = newValue }
  }

  /// The draft's id in the draft store.
  public var draftID: String { flow.draftID }
}

/// The app's messages: terminal events, app-wide results, and each screen's own messages.
public enum AppMsg: Sendable {
  /// A terminal event (routed to the app first, then to the screen showing).
  case event(InputEvent)
  /// The current time (a clock tick).
  case clock(Date)
  /// The integration's details arrived (nil when they could not be loaded).
  case integration(IntegrationDetails?)
  /// The integration's attachment rules arrived (unknown, with a notice, when they could not be read).
  case attachmentRules(AttachmentRulesLookup)
  /// Autosave results.
  case autosave(AutosaveMsg)
  /// For the job picker.
  case jobPicker(JobPickerMsg)
  /// For the stage screen.
  case stage(StageMsg)
  /// For the candidate screen.
  case candidate(CandidateMsg)
  /// For the attachments screen.
  case attachments(AttachmentsMsg)
  /// For the questions screen.
  case questions(QuestionsMsg)
  /// For the review screen.
  case review(ReviewMsg)
  /// For the submitting screen.
  case submitting(SubmittingMsg)
  /// For the result screen.
  case result(ResultMsg)
  /// For the drafts screen.
  case drafts(DraftsMsg)
  /// For the outbox screen.
  case outbox(OutboxMsg)
  /// For the history screen.
  case history(HistoryMsg)
  /// For the import screen.
  case importing(ImportMsg)
}
