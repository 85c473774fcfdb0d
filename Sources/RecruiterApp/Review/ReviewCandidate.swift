import ApplyCore
import Foundation
import KomboAPI
import TerminalUI

/// The candidate part of the review, in the candidate form's groups; only what was entered is shown.
enum ReviewCandidate {
  /// Adds the candidate's groups to `rows`.
  static func add(_ draft: ApplicationDraft, into rows: inout ReviewLines) {
    let candidate = draft.candidate
    rows.heading("Candidate")
    let name = [candidate.firstName, candidate.lastName].map(trimmed).filter { !$0.isEmpty }.joined(
      separator: " ")
    group("Identity", [("Name", name)], into: &rows)
    var contact = [("Email", candidate.emailAddress), ("Phone", candidate.phoneNumber)]
    for (index, extra) in candidate.additionalEmailAddresses.enumerated() {
      contact.append(("Email \(index + 2) (\(typeLabel(extra.type)))", extra.value))
    }
    for (index, extra) in candidate.additionalPhoneNumbers.enumerated() {
      contact.append(("Phone \(index + 2) (\(typeLabel(extra.type)))", extra.value))
    }
    group("Contact", contact, into: &rows)
    let location = candidate.location
    let place = [
      location.street,
      [location.zipCode, location.city].map(trimmed).filter { !$0.isEmpty }.joined(separator: " "),
      location.state, location.country,
    ].map(trimmed).filter { !$0.isEmpty }.joined(separator: ", ")
    group("Location", [("Address", place)], into: &rows)
    group("Current role", [("Company", candidate.company), ("Job title", candidate.title)], into: &rows)
    let salary =
      trimmed(candidate.salaryAmount).isEmpty
      ? "" : "\(trimmed(candidate.salaryAmount)) \(periodLabel(candidate.salaryPeriod))"
    group(
      "Availability and pay",
      [
        ("Available from", candidate.availabilityDate), ("Expected salary", salary),
        ("Gender", genderLabel(candidate.gender)),
      ],
      into: &rows)
    group(
      "Profile links", candidate.socialLinks.enumerated().map { ("Link \($0.offset + 1)", $0.element) },
      into: &rows)
    if let consent = draft.gdprConsent {
      let until = trimmed(consent.expiresAt).isEmpty ? "" : ", until \(trimmed(consent.expiresAt))"
      group("Consent", [("GDPR consent", consent.given ? "given\(until)" : "not given\(until)")], into: &rows)
    }
    let remote = draft.remoteFields.flatMap { fields -> String? in
      guard fields != RemoteFields(), let data = try? KomboJSON.encoder().encode(fields) else { return nil }
      return String(decoding: data, as: UTF8.self)
    }
    group(
      "Advanced",
      [
        ("Sourced by", draft.sourcedByUserID), ("Source (deprecated)", draft.sourceName),
        ("Remote fields", remote ?? ""),
      ],
      into: &rows)
    if rows.lines.last?.text == "Candidate" {
      rows.paragraph("Nothing entered yet.", Style(.muted), indent: 4)
    }
  }

  /// A sub-heading and its non-empty entries; nothing when all are empty.
  private static func group(_ title: String, _ entries: [(String, String)], into rows: inout ReviewLines) {
    let given = entries.filter { !trimmed($0.1).isEmpty }
    guard !given.isEmpty else { return }
    rows.subheading(title)
    for (label, value) in given { rows.entry(label, trimmed(value)) }
  }

  private static func trimmed(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private static func typeLabel(_ type: NewCandidate.ContactType) -> String {
    switch type {
    case .personal: "personal"
    case .work: "work"
    case .other: "other"
    }
  }

  private static func periodLabel(_ period: String) -> String {
    switch trimmed(period).uppercased() {
    case "YEAR": "per year"
    case "MONTH": "per month"
    case "": "(no period)"
    default: period
    }
  }

  private static func genderLabel(_ gender: String) -> String {
    switch trimmed(gender).uppercased() {
    case "FEMALE": "Female"
    case "MALE": "Male"
    case "OTHER": "Other"
    default: gender
    }
  }
}
