import ApplyCore
import KomboAPI
import TerminalUI

/// Builds the candidate form from a draft. Field keys are the draft's field paths.
enum CandidateForm {
  /// The form for the draft in `flow`.
  static func make(flow: Flow) -> Form {
    let candidate = flow.draft.candidate
    let identity = FieldGroup(
      title: "Identity",
      fields: [
        TextInput(FieldInfo(key: FieldPath.firstName.rawValue, title: "First name", required: true), text: candidate.firstName),
        TextInput(FieldInfo(key: FieldPath.lastName.rawValue, title: "Last name", required: true), text: candidate.lastName),
      ])
    let contact = FieldGroup(
      title: "Contact",
      fields: [
        TextInput(
          FieldInfo(
            key: FieldPath.emailAddress.rawValue, title: "Email address", required: true,
            validators: [FieldRule { $0.text.flatMap(TextRules.emailProblem) }]),
          text: candidate.emailAddress, placeholder: "name@example.com"),
        TextInput(
          FieldInfo(
            key: FieldPath.phoneNumber.rawValue, title: "Phone number",
            validators: [FieldRule { $0.text.flatMap(TextRules.phoneProblem) }]),
          text: candidate.phoneNumber, placeholder: "+49 30 1234567"),
      ])
    var form = Form(title: "Candidate", groups: [identity, contact])
    form.submitLabel = "Next"
    return form
  }
}

/// Copies the candidate form's values to the draft and back.
enum CandidateMapping {
  /// Writes the form's text, as typed, to the draft.
  static func apply(_ form: Form, to draft: inout ApplicationDraft) {
    func text(_ path: FieldPath) -> String? { (form[path.rawValue] as? TextInput)?.text }
    if let value = text(.firstName) { draft.candidate.firstName = value }
    if let value = text(.lastName) { draft.candidate.lastName = value }
    if let value = text(.emailAddress) { draft.candidate.emailAddress = value }
    if let value = text(.phoneNumber) { draft.candidate.phoneNumber = value }
  }
}
