public import ApplyCore
import KomboAPI
public import TerminalUI

/// The places the app can show. The application flow runs `jobPicker` → `stage` → `candidate` →
/// `attachments` → `questions` → `review` → `submitting`; the others are reached from the job picker.
public enum Destination: Hashable, Sendable, CaseIterable {
  /// Choosing the job (the first screen).
  case jobPicker
  /// Choosing the stage.
  case stage
  /// The candidate's details.
  case candidate
  /// Files.
  case attachments
  /// Screening questions.
  case questions
  /// Everything on one page with the problems.
  case review
  /// Sending, then the result.
  case submitting
  /// Submissions kept for retry.
  case outbox
  /// Past submissions.
  case history
  /// Saved drafts.
  case drafts
  /// Many applications for the chosen job from a file.
  case importing

  /// The flow's order.
  public static let flow: [Destination] = [
    .jobPicker, .stage, .candidate, .attachments, .questions, .review, .submitting,
  ]

  /// The step the breadcrumb highlights: the flow's own step, or the job step for the screens reached
  /// from the job picker (drafts, outbox, history, import).
  public var step: FlowStep {
    switch self {
    case .jobPicker, .outbox, .history, .drafts, .importing: .job
    case .stage: .stage
    case .candidate: .candidate
    case .attachments: .attachments
    case .questions: .questions
    case .review: .review
    case .submitting: .submit
    }
  }

  /// The step after this one in the flow, if any.
  public var next: Destination? {
    Destination.flow.firstIndex(of: self).flatMap {
      $0 + 1 < Destination.flow.count ? Destination.flow[$0 + 1] : nil
    }
  }

  /// The step after this one for the draft in `flow`, passing the steps with nothing to ask: the stage
  /// when the job's first active stage is preselected (the review shows it and opens the step to
  /// change it; going back from the candidate form reaches it too) and the questions of a job that
  /// asks none.
  public func next(for flow: Flow) -> Destination? {
    var step = next
    while let candidate = step, candidate.isPassed(for: flow) { step = candidate.next }
    return step
  }

  private func isPassed(for flow: Flow) -> Bool {
    guard let job = flow.job else { return false }
    switch self {
    case .stage:
      let preselected = StageOptions(job: job).defaultStageID
      return preselected != nil && flow.draft.stageID == preselected
    case .questions: return job.screeningQuestions.isEmpty
    default: return false
    }
  }

  /// The step before this one in the flow; the side screens go back to the job picker.
  public var previous: Destination? {
    guard let index = Destination.flow.firstIndex(of: self) else { return .jobPicker }
    return index > 0 ? Destination.flow[index - 1] : nil
  }

  /// The screen that edits the draft field at `path`.
  public static func editing(_ path: FieldPath) -> Destination {
    if path.isWithin(.job) { return .jobPicker }
    if path.isWithin(.stageID) { return .stage }
    if path.isWithin(.attachments) { return .attachments }
    if path.isWithin(.answers) { return .questions }
    return .candidate
  }
}

/// How a screen is entered: moving forward (focus the first field), back (focus the last), or to
/// edit one field (focus it).
public enum Arrival: Hashable, Sendable {
  /// From the step before.
  case forward
  /// From the step after.
  case backward
  /// To edit the field at this path (the review screen's "jump to problem").
  case field(FieldPath)
}

/// What a screen asks the app to do after an update.
public enum Navigation: Sendable {
  /// Go to the next step of the flow.
  case next
  /// Go to the previous step (never blocked).
  case back
  /// Show `destination`.
  case go(Destination)
  /// Show the screen that edits `path`, with that field focused.
  case edit(FieldPath)
  /// Show this screen as it is (the submitting screen hands over to the result screen).
  indirect case show(AppScreen)
  /// Quit the app (the draft is saved first).
  case quit
}

/// The result of a screen's update: work to start and, optionally, where to go.
public struct Transition<Msg: Sendable>: Sendable {
  /// Work to start; results come back as the screen's messages.
  public var effects: [Effect<Msg>]
  /// Where to go, if anywhere.
  public var navigation: Navigation?

  /// A transition.
  public init(_ effects: [Effect<Msg>] = [], navigation: Navigation? = nil) {
    self.effects = effects
    self.navigation = navigation
  }

  /// Nothing to do.
  public static var none: Transition { Transition() }

  /// Only navigation.
  public static func navigate(_ navigation: Navigation) -> Transition { Transition(navigation: navigation) }
}
