import ApplyCore
import TerminalUI

extension RecruiterProgram {
  /// At start: with a readable saved draft, shows "Resume draft from …?" over the job picker (which
  /// stays parked and keeps loading); with submissions in the outbox, says so.
  public func offerResume(_ model: inout AppModel, drafts: [DraftListing], outboxCount: Int) {
    if outboxCount > 0 {
      let noun = outboxCount == 1 ? "submission is" : "submissions are"
      model.flow.notice = "\(outboxCount) \(noun) waiting in the outbox (f3)"
    }
    let resumable = drafts.filter { $0.saved != nil } + drafts.filter { $0.saved == nil }
    guard case .jobPicker(let picker) = model.screen, resumable.first?.saved != nil else { return }
    model.parkedJobPicker = picker
    model.screen = .drafts(DraftsScreen(prompt: resumable, outboxCount: outboxCount, services: services, flow: model.flow))
  }
}
