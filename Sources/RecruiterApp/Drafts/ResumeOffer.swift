import ApplyCore
import TerminalUI

extension RecruiterProgram {
  /// At start: with a readable saved draft, shows "Resume draft from …?" over the job picker (which
  /// stays parked and keeps loading); submissions waiting in the outbox are mentioned there, or on the
  /// job picker's status bar.
  public func offerResume(_ model: inout AppModel, drafts: [DraftListing], outboxCount: Int) {
    let resumable = drafts.filter { $0.saved != nil } + drafts.filter { $0.saved == nil }
    guard case .jobPicker(let picker) = model.screen, resumable.first?.saved != nil else {
      if outboxCount > 0 {
        let noun = outboxCount == 1 ? "submission is" : "submissions are"
        model.flow.notice = "\(outboxCount) \(noun) waiting in the outbox (f3)"
      }
      return
    }
    model.parkedJobPicker = picker
    model.screen = .drafts(
      DraftsScreen(prompt: resumable, outboxCount: outboxCount, services: services, flow: model.flow))
  }
}
