import ApplyCore
import KomboAPI
import TerminalUI

/// The advanced group of the candidate form: who sourced the candidate, the deprecated source name,
/// and the connected ATS's remote fields (typed inputs for its plain keys, a JSON editor for the
/// rest). Shown while the advanced toggle says so.
enum CandidateAdvanced {
  /// Whether the draft holds anything the advanced group edits (then it opens by itself).
  static func hasValues(_ draft: ApplicationDraft) -> Bool {
    !draft.sourcedByUserID.isEmpty || !draft.sourceName.isEmpty || !(draft.remoteFields?.isEmpty ?? true)
  }

  /// The group, visible while the advanced toggle is on.
  static func groups(flow: Flow) -> [FieldGroup] {
    let draft = flow.draft
    let advanced = CandidateForm.advancedKey
    var fields: [any Field] = [
      TextInput(
        .candidate(
          .sourcedBy, "Sourced by", description: "A Kombo user id, or the ATS's user id as remote:<id>.",
          flow: flow),
        text: draft.sourcedByUserID, placeholder: "e.g. remote:4080"),
      TextInput(
        .candidate(
          .sourceName, "Source name (deprecated)",
          description: "Kombo now writes the source itself; only a few ATSs still read this.", flow: flow),
        text: draft.sourceName),
    ]
    fields += remoteFields(flow)
    return [
      FieldGroup(title: "Advanced", fields: fields, visibleWhen: { $0[advanced] == .bool(true) })
    ]
  }

  private static func remoteFields(_ flow: Flow) -> [any Field] {
    guard let slug = flow.toolSlug else { return [] }
    let accepted = RemoteFieldsEditor.acceptedKeys(slug: slug)
    let label = flow.atsLabel
    guard !accepted.isEmpty else {
      return [
        RichTextNote(
          FieldInfo(key: FieldPath.remoteFields.rawValue, title: "Remote fields"),
          html: "<p>\(label) takes no remote fields.</p>")
      ]
    }
    let fields = flow.draft.remoteFields
    var result: [any Field] = (RemoteFieldsEditor.typedKeys[slug] ?? []).map { key in
      let info = FieldInfo.candidate(
        FieldPath(key.key(slug: slug)), key.title,
        description: "Sent to \(label) as remote_fields.\(slug).\(key.path.joined(separator: ".")).",
        rules: [], flow: flow)
      let text = RemoteFieldsEditor.text(of: key, slug: slug, in: fields)
      return key.multiline
        ? TextAreaField(info, text: text, lines: 3) as any Field : TextInput(info, text: text)
    }
    result.append(
      TextAreaField(
        .candidate(
          FieldPath(RemoteFieldsEditor.jsonKey(slug: slug)), "Other remote fields for \(label) (JSON)",
          description:
            "A JSON object sent as remote_fields.\(slug). Keys \(label) takes: \(accepted.joined(separator: ", ")).",
          rules: [FieldRule { $0.text.flatMap { RemoteFieldsEditor.problem(slug: slug, editorText: $0) } }],
          flow: flow),
        text: RemoteFieldsEditor.editorText(slug: slug, in: fields), placeholder: "{ }", lines: 5))
    return result
  }
}
