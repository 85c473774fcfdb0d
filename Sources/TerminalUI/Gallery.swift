/// The widget gallery behind the hidden `kombo-apply gallery` command: every widget on one scrollable
/// form, opening with a single-line text input focused. Tests and the screenshot script use it.
public enum Gallery {
  /// The gallery form: the text inputs first, then `widgetGroups()`.
  public static func form() -> Form {
    var form = Form(title: "kombo-apply · widget gallery", groups: [textInputs()] + widgetGroups())
    form.status = "Gallery: nothing is sent anywhere"
    form.submitLabel = "Done"
    return form
  }

  /// Single-line text inputs: plain (required), validated, limited, masked and conditional.
  public static func textInputs() -> FieldGroup {
    FieldGroup(
      title: "Text input",
      description: "Readline keys work: ctrl+a/e, ctrl+w, alt+b/f, ctrl+k/u/y.",
      fields: [
        TextInput(FieldInfo(key: "name", title: "Full name", required: true), placeholder: "Zoë Łukasiewicz"),
        TextInput(
          FieldInfo(
            key: "email", title: "Email", description: "Where the candidate gets replies.",
            validators: [
              .text("Enter an email address like name@example.com.") { $0.contains("@") && $0.contains(".") }
            ]),
          placeholder: "name@example.com"),
        TextInput(FieldInfo(key: "initials", title: "Initials (at most 3)"), maxLength: 3),
        TextInput(FieldInfo(key: "secret", title: "Secret"), masked: true),
        TextInput(FieldInfo(key: "referral", title: "Referred by"), placeholder: "leave empty if nobody"),
        TextInput(
          FieldInfo(
            key: "referral_email", title: "Referrer's email", required: true,
            visibleWhen: { !$0["referral"].isEmpty })),
      ])
  }
}
