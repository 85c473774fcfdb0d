import ApplyCore
import KomboAPI
import TerminalUI

/// Copies the candidate form's values to the draft. Text goes in as typed (a date typed as a
/// shortcut, `+3d`, goes in as the date it stands for); rows keep their order and types. The other
/// direction is `CandidateForm.make`, which fills every field from the draft.
enum CandidateMapping {
  /// Writes every field of `form` to `draft`; remote fields only while their JSON is usable.
  static func apply(_ form: Form, to draft: inout ApplicationDraft, slug: String?) {
    func text(_ path: FieldPath) -> String? { form[path.rawValue].flatMap(Self.text(of:)) }
    var candidate = draft.candidate
    candidate.firstName = text(.firstName) ?? candidate.firstName
    candidate.lastName = text(.lastName) ?? candidate.lastName
    candidate.emailAddress = text(.emailAddress) ?? candidate.emailAddress
    candidate.phoneNumber = text(.phoneNumber) ?? candidate.phoneNumber
    candidate.additionalEmailAddresses = entries(in: form, list: .additionalEmailAddresses).map {
      ContactDraft(type: $0.type ?? .personal, value: $0.text)
    }
    candidate.additionalPhoneNumbers = entries(in: form, list: .additionalPhoneNumbers).map {
      ContactDraft(type: $0.type ?? .personal, value: $0.text)
    }
    candidate.socialLinks = entries(in: form, list: .socialLinks).map(\.text)
    candidate.location = LocationDraft(
      country: text(.country) ?? "", city: text(.city) ?? "", state: text(.state) ?? "",
      street: text(.street) ?? "",
      zipCode: text(.zipCode) ?? "")
    candidate.company = text(.company) ?? candidate.company
    candidate.title = text(.title) ?? candidate.title
    candidate.availabilityDate = text(.availabilityDate) ?? candidate.availabilityDate
    candidate.salaryAmount = text(.salaryAmount) ?? candidate.salaryAmount
    candidate.salaryPeriod = text(.salaryPeriod) ?? candidate.salaryPeriod
    candidate.gender = text(.gender) ?? candidate.gender
    draft.candidate = candidate
    if form[FieldPath.gdprConsent.rawValue]?.value == .bool(true) {
      draft.gdprConsent = ConsentDraft(given: true, expiresAt: text(.gdprExpiresAt) ?? "")
    } else if form[FieldPath.gdprConsent.rawValue] != nil {
      draft.gdprConsent = nil
    }
    draft.sourcedByUserID = text(.sourcedBy) ?? draft.sourcedByUserID
    draft.sourceName = text(.sourceName) ?? draft.sourceName
    if let slug { applyRemoteFields(form, slug: slug, to: &draft) }
  }

  /// The text of a field as typed (a valid date as `YYYY-MM-DD`, a choice as its value).
  static func text(of field: any Field) -> String? {
    switch field {
    case let input as TextInput: input.text
    case let row as RowField: row.text
    case let country as CountryField: country.text
    case let date as DateField: date.model.value?.description ?? date.model.text
    case let number as NumberField: number.model.text
    case let area as TextAreaField: area.model.text
    case let select as SelectField: select.model.value ?? ""
    default: nil
    }
  }

  /// The rows of the repeatable list at `list`, in order.
  static func rows(in form: Form, list: FieldPath) -> [RowField] {
    form.groups.flatMap(\.fields).compactMap { $0 as? RowField }
      .filter { FieldPath($0.key).isWithin(list) }
  }

  /// The values of the repeatable list at `list`: its rows, then those added in line mode.
  static func entries(in form: Form, list: FieldPath) -> [(type: NewCandidate.ContactType?, text: String)] {
    let added = form.groups.flatMap(\.fields).compactMap { $0 as? AddRowButton }.filter {
      $0.list == list.rawValue
    }
    return rows(in: form, list: list).map { ($0.type, $0.text) } + added.flatMap(\.added)
  }

  /// The index in `candidate.social_links[2]`-style keys.
  static func rowIndex(_ key: String) -> Int? {
    guard let open = key.lastIndex(of: "["), let close = key[open...].firstIndex(of: "]") else { return nil }
    return Int(key[key.index(after: open)..<close])
  }

  private static func applyRemoteFields(_ form: Form, slug: String, to draft: inout ApplicationDraft) {
    guard let editor = form[RemoteFieldsEditor.jsonKey(slug: slug)] as? TextAreaField else { return }
    let typed = (RemoteFieldsEditor.typedKeys[slug] ?? []).map { key in
      (key, form[key.key(slug: slug)].flatMap(Self.text(of:)) ?? "")
    }
    let combined = RemoteFieldsEditor.combine(
      slug: slug, editorText: editor.model.text, typed: typed, into: draft.remoteFields)
    if case .success(let fields) = combined { draft.remoteFields = fields }
  }
}
