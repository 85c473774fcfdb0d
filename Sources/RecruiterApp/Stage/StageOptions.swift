import ApplyCore
public import KomboAPI
public import TerminalUI
import TextSafety

/// The stages a recruiter can choose for a job: active stages in the job's order, then "let the ATS
/// decide" (no `stage_id`); inactive stages are left out and counted.
public struct StageOptions: Sendable, Equatable {
  /// The value standing for "no stage_id".
  public static let atsDecides = ""

  /// The active stages, ordered by `index` (stages without one keep their place after those with one).
  public let active: [JobStage]
  /// The names of inactive stages (hidden from the choice).
  public let inactiveNames: [String]

  /// The options for `job` (nil: applying without the job's schema).
  public init(job: Job?) {
    let stages = job?.stages ?? []
    let ordered = stages.enumerated().sorted { lhs, rhs in
      (lhs.element.index ?? Int.max, lhs.offset) < (rhs.element.index ?? Int.max, rhs.offset)
    }.map(\.element)
    active = ordered.filter { $0.status != .inactive }
    inactiveNames = ordered.filter { $0.status == .inactive }.map { Sanitizer.clean($0.name ?? $0.id) }
  }

  /// The stage preselected for a new application: the job's first active stage, else none.
  public var defaultStageID: String? { active.first?.id }

  /// The select's options: each active stage (numbered by position), then "let the ATS decide".
  public var selectOptions: [TerminalUI.SelectOption<String>] {
    active.enumerated().map { offset, stage in
      TerminalUI.SelectOption("\(offset + 1). \(Sanitizer.clean(stage.name ?? stage.id))", value: stage.id)
    } + [TerminalUI.SelectOption("Let the ATS decide (no stage sent)", value: Self.atsDecides)]
  }
}
