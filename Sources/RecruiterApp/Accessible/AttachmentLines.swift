import ApplyCore
import Foundation
import TerminalUI

/// The attachments step in line mode: one answer listing files (paths, `~` for home) and web
/// addresses separated by commas. The first CV becomes the resume; a name with "cover" (or
/// "Anschreiben", "motivation", "lettre") makes a cover letter, as in the full-screen step (each then
/// a type the integration takes); files kept from the draft keep their types. `none` removes them
/// all. The field's description states the integration's attachment rules.
enum AttachmentLines {
  /// The field's key (problems at `attachments[N]` come back to it).
  static let key = FieldPath.attachments.rawValue

  /// The form showing the draft's attachments.
  static func form(flow: Flow, services: RecruiterServices) -> Form {
    let current = flow.draft.attachments.map(AttachmentListField.source).joined(separator: ", ")
    let allowed = ContentType.all.flatMap(\.extensions)
    let rule = FieldRule { value in
      guard let text = value.text else { return nil }
      for entry in entries(text, services: services) where !FileAnswerField.isWebAddress(entry) {
        let name = PathText.lastComponent(of: entry)
        guard (try? services.fileSystem.fileSize(atPath: entry)) == nil else {
          if !FileTypeFilter(extensions: allowed).allows(name) {
            return "\(name) is not a file type the ATS takes (\(allowed.joined(separator: ", ")))."
          }
          continue
        }
        return "No readable file at \(entry). Type a path to a file, or an https:// address."
      }
      return nil
    }
    let field = TextInput(
      FieldInfo(
        key: key, title: "Files to send",
        description: "Paths or https:// addresses separated by commas; the first CV becomes the resume "
          + "and a name with \"cover\" a cover letter. 'none' sends no files. \(flow.atsLabel): "
          + AttachmentRulesText.line(flow.attachmentRules) + ".",
        validators: [rule]),
      text: current)
    var form = Form(title: "Attachments", groups: [FieldGroup(fields: [field])])
    form.submitLabel = "Continue"
    return form
  }

  /// Writes the listed files to the draft, keeping the types of files it already had.
  static func apply(_ form: Form, to flow: inout Flow, services: RecruiterServices) {
    guard let path = form.path(of: key), let text = form.field(at: path).value.text else {
      flow.draft.attachments = []
      return
    }
    let before = flow.draft.attachments
    let check = AttachmentRuleCheck(rules: flow.attachmentRules)
    var items: [AttachmentDraft] = []
    for entry in entries(text, services: services) {
      if let kept = before.first(where: { AttachmentListField.source($0) == entry }) {
        items.append(kept)
        continue
      }
      let type = check.typeForNewFile(
        preferred: AttachmentsScreen.defaultType(for: entry, among: items), among: items.map(\.type))
      items.append(
        FileAnswerField.isWebAddress(entry)
          ? AttachmentDraft(url: entry, type: type) : AttachmentDraft(path: entry, type: type))
    }
    flow.draft.attachments = items
  }

  /// The typed entries: paths resolved against the working and home directories, addresses as typed.
  private static func entries(_ text: String, services: RecruiterServices) -> [String] {
    if text.trimmingCharacters(in: .whitespaces).lowercased() == "none" { return [] }
    return text.split(separator: ",").map { PathText.cleanPasted(String($0)) }.filter { !$0.isEmpty }.map {
      FileAnswerField.isWebAddress($0)
        ? $0
        : PathText.normalized(
          PathText.resolve($0, from: services.workingDirectory, home: services.homeDirectory))
    }
  }
}
