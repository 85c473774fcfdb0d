import TerminalUI

/// The app's Ctrl-C question.
enum QuitDialog {
  static let id = "app.quit"

  /// The dialog, saying what happens to the draft or a submission in flight.
  static func make(_ model: AppModel) -> Dialog {
    let message: String
    if case .submitting = model.screen {
      message =
        "A submission is being sent. If you quit now it stays in the outbox and is looked up "
        + "before any resend."
    } else if RecruiterProgram.isWorthSaving(model.flow) && !model.autosave.isSuspended {
      message = "Your draft is saved and can be resumed next time."
    } else {
      message = "Nothing is lost: there is no draft yet."
    }
    return Dialog(
      id: id, title: "Quit kombo-apply?", message: message, kind: .confirm(yes: "Quit", no: "Stay"))
  }
}
