import ApplyCore
import Foundation
import FoundationEssentials
import KomboAPI
import TerminalUI

/// Builds the candidate form from a draft: identity, contact (with repeatable extra emails and
/// phones), location, current role, availability and pay, profile links, consent, and a collapsed
/// advanced group. Field keys are the draft's field paths.
enum CandidateForm {
  /// The key of the toggle that shows the advanced group.
  static let advancedKey = "candidate.advanced"

  /// The form for the draft in `flow`; `showsAdvanced` opens the advanced group.
  static func make(flow: Flow, showsAdvanced: Bool) -> Form {
    let candidate = flow.draft.candidate
    let groups =
      [
        FieldGroup(
          title: "Identity",
          fields: [
            TextInput(
              .candidate(.firstName, "First name", required: true, flow: flow), text: candidate.firstName),
            TextInput(
              .candidate(.lastName, "Last name", required: true, flow: flow), text: candidate.lastName),
          ]),
        contact(flow),
        location(flow),
        moreContact(flow),
        FieldGroup(
          title: "Current role",
          fields: [
            TextInput(.candidate(.company, "Company", flow: flow), text: candidate.company),
            TextInput(.candidate(.title, "Job title", flow: flow), text: candidate.title),
          ]),
        availabilityAndPay(flow),
        links(flow),
        consent(flow, showsAdvanced: showsAdvanced),
      ] + CandidateAdvanced.groups(flow: flow)
    var form = Form(title: "Candidate", groups: groups)
    form.submitLabel = "Next"
    return form
  }

  private static func contact(_ flow: Flow) -> FieldGroup {
    let candidate = flow.draft.candidate
    let fields: [any Field] = [
      TextInput(
        .candidate(.emailAddress, "Email address", required: true, rules: [CandidateRules.email], flow: flow),
        text: candidate.emailAddress, placeholder: "e.g. name@example.com"),
      TextInput(
        .candidate(.phoneNumber, "Phone number", rules: [CandidateRules.phone], flow: flow),
        text: candidate.phoneNumber, placeholder: "e.g. +49 30 1234567"),
    ]
    return FieldGroup(title: "Contact", fields: fields)
  }

  /// Extra email addresses and phone numbers with their types (after the location, so the common
  /// path – name, email, phone, country – needs no extra keys).
  private static func moreContact(_ flow: Flow) -> FieldGroup {
    let candidate = flow.draft.candidate
    let fields =
      contactRows(
        candidate.additionalEmailAddresses, list: .additionalEmailAddresses, leaf: "email_address",
        title: "Email address",
        rule: CandidateRules.email, placeholder: "e.g. name@example.com", add: "Add an email address",
        flow: flow)
      + contactRows(
        candidate.additionalPhoneNumbers, list: .additionalPhoneNumbers, leaf: "phone_number",
        title: "Phone number",
        rule: CandidateRules.phone, placeholder: "e.g. +49 30 1234567", add: "Add a phone number", flow: flow)
    return FieldGroup(
      title: "More contact details", description: "ctrl+t changes a row's type, ctrl+x removes it.",
      fields: fields)
  }

  /// One row per extra contact (numbered after the primary one), then the "+ Add" line.
  private static func contactRows(
    _ contacts: [ContactDraft], list: FieldPath, leaf: String, title: String, rule: FieldRule,
    placeholder: String,
    add: String, flow: Flow
  ) -> [any Field] {
    let rows: [any Field] = contacts.enumerated().map { index, contact in
      RowField(
        .candidate(list[index].appending(leaf), "\(title) \(index + 2)", rules: [rule], flow: flow),
        text: contact.value,
        type: contact.type, placeholder: placeholder)
    }
    return rows + [AddRowButton(list: list.rawValue, label: add, takesType: true)]
  }

  private static func location(_ flow: Flow) -> FieldGroup {
    let location = flow.draft.candidate.location
    return FieldGroup(
      title: "Location",
      fields: [
        CountryField(
          .candidate(
            .country, "Country", description: "Needed when any part of the location is given.", rules: [],
            flow: flow),
          text: location.country),
        TextInput(.candidate(.city, "City", flow: flow), text: location.city),
        TextInput(.candidate(.state, "State or region", flow: flow), text: location.state),
        TextInput(.candidate(.street, "Street and number", flow: flow), text: location.street),
        TextInput(.candidate(.zipCode, "Postal code", flow: flow), text: location.zipCode),
      ])
  }

  /// The gender options (the draft keeps the API's value).
  static let genders = [
    TerminalUI.SelectOption("Not given", value: ""), TerminalUI.SelectOption("Female", value: "FEMALE"),
    TerminalUI.SelectOption("Male", value: "MALE"), TerminalUI.SelectOption("Other", value: "OTHER"),
  ]

  /// The salary periods.
  static let periods = [
    TerminalUI.SelectOption("Not given", value: ""), TerminalUI.SelectOption("per year", value: "YEAR"),
    TerminalUI.SelectOption("per month", value: "MONTH"),
  ]

  private static func availabilityAndPay(_ flow: Flow) -> FieldGroup {
    let candidate = flow.draft.candidate
    return FieldGroup(
      title: "Availability and pay",
      fields: [
        DateField(
          .candidate(.availabilityDate, "Available from", rules: [], flow: flow),
          text: candidate.availabilityDate, today: flow.today),
        NumberField(
          .candidate(
            .salaryAmount, "Expected salary", description: "An amount; choose the period below.",
            rules: [CandidateRules.positive], flow: flow),
          text: candidate.salaryAmount, kind: .decimal(places: 2), minimum: 0, placeholder: "e.g. 70,000"),
        SelectField(
          .candidate(.salaryPeriod, "Salary period", rules: [], flow: flow), options: periods,
          value: normalized(candidate.salaryPeriod, in: periods), style: .dropdown),
        SelectField(
          .candidate(.gender, "Gender", rules: [], flow: flow), options: genders,
          value: normalized(candidate.gender, in: genders), style: .dropdown),
      ])
  }

  private static func links(_ flow: Flow) -> FieldGroup {
    var fields: [any Field] = flow.draft.candidate.socialLinks.enumerated().map { index, link in
      RowField(
        .candidate(
          FieldPath.socialLinks[index], "Link \(index + 1)", rules: [CandidateRules.url], flow: flow),
        text: link,
        type: nil, placeholder: "e.g. https://www.linkedin.com/in/…")
    }
    fields.append(AddRowButton(list: FieldPath.socialLinks.rawValue, label: "Add a profile link"))
    return FieldGroup(title: "Profile links", fields: fields)
  }

  private static func consent(_ flow: Flow, showsAdvanced: Bool) -> FieldGroup {
    let consent = flow.draft.gdprConsent
    let consentKey = FieldPath.gdprConsent.rawValue
    return FieldGroup(
      title: "Consent",
      fields: [
        ToggleField(
          .candidate(
            .gdprConsent, "The candidate consents to the processing of their data (GDPR)", rules: [],
            flow: flow),
          value: consent?.given ?? false),
        DateField(
          .candidate(
            .gdprExpiresAt, "Consent valid until", description: "Leave empty for no end date.", rules: [],
            flow: flow,
            visibleWhen: { $0[consentKey] == .bool(true) }),
          text: consent?.expiresAt ?? "", today: flow.today, minimum: flow.today),
        ToggleField(
          FieldInfo(key: advancedKey, title: "Advanced fields (sourced by, source, remote fields)"),
          value: showsAdvanced, affirmative: "Show", negative: "Hide"),
      ])
  }

  /// The option value matching `text` ignoring case (`female` → `FEMALE`), or `text` itself.
  private static func normalized(_ text: String, in options: [TerminalUI.SelectOption<String>]) -> String {
    options.first {
      $0.value.caseInsensitiveCompare(text.trimmingCharacters(in: .whitespaces)) == .orderedSame
    }?.value ?? text
  }
}
