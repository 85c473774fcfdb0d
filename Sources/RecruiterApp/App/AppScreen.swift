import ApplyCore
import TerminalUI

/// The screen showing, one case per screen, each carrying that screen's own model.
public enum AppScreen: Sendable {
  /// Choosing the job.
  case jobPicker(JobPickerScreen)
  /// Choosing the stage.
  case stage(StageScreen)
  /// The candidate's details.
  case candidate(CandidateScreen)
  /// Files (built on the `app-questions` branch).
  case attachments(AttachmentsScreen)
  /// Screening questions (built on the `app-questions` branch).
  case questions(QuestionsScreen)
  /// Review (built on the `app-questions` branch).
  case review(ReviewScreen)
  /// Sending.
  case submitting(SubmittingScreen)
  /// The outcome and what to do next.
  case result(ResultScreen)
  /// Submissions kept for retry.
  case outbox(OutboxScreen)
  /// Created applications.
  case history(HistoryScreen)
  /// Saved drafts: the resume prompt at start, or the list.
  case drafts(DraftsScreen)
  /// Many applications from a file.
  case importing(ImportScreen)

  /// The screen's model, for drawing and help.
  public var current: any RecruiterScreen {
    switch self {
    case .jobPicker(let screen): screen
    case .stage(let screen): screen
    case .candidate(let screen): screen
    case .attachments(let screen): screen
    case .review(let screen): screen
    case .questions(let screen): screen
    case .submitting(let screen): screen
    case .result(let screen): screen
    case .outbox(let screen): screen
    case .history(let screen): screen
    case .drafts(let screen): screen
    case .importing(let screen): screen
    }
  }

  /// The destination this screen stands for (the result screen counts as `submitting`).
  public var destination: Destination {
    switch self {
    case .jobPicker: .jobPicker
    case .stage: .stage
    case .candidate: .candidate
    case .attachments: .attachments
    case .questions: .questions
    case .review: .review
    case .submitting, .result: .submitting
    case .outbox: .outbox
    case .history: .history
    case .drafts: .drafts
    case .importing: .importing
    }
  }
}
