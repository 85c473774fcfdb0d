import Foundation
import KomboAPI

extension ValidationRun {
  /// The candidate's fields; nil when a required field is missing or invalid.
  mutating func checkCandidate(_ draft: CandidateDraft) -> NewCandidate? {
    let firstName = checkRequiredLine(draft.firstName, at: .firstName, label: "First name")
    let lastName = checkRequiredLine(draft.lastName, at: .lastName, label: "Last name")
    let email = checkEmail(draft.emailAddress, at: .emailAddress, label: "Email address", required: true)
    let emails = draft.additionalEmailAddresses.enumerated().compactMap { index, contact in
      checkEmail(
        contact.value, at: FieldPath.additionalEmailAddresses[index].appending("email_address"),
        label: "Additional email address", required: false
      ).map { NewCandidate.EmailAddress(type: contact.type, emailAddress: $0) }
    }
    let phone = checkPhone(draft.phoneNumber, at: .phoneNumber, label: "Phone number")
    let phones = draft.additionalPhoneNumbers.enumerated().compactMap { index, contact in
      checkPhone(
        contact.value, at: FieldPath.additionalPhoneNumbers[index].appending("phone_number"),
        label: "Additional phone number"
      ).map { NewCandidate.PhoneNumber(type: contact.type, phoneNumber: $0) }
    }
    let company = checkLine(draft.company, at: .company, label: "Company")
    let title = checkLine(draft.title, at: .title, label: "Job title")
    let location = checkLocation(draft.location)
    let gender = checkGender(draft.gender)
    let availability = draft.availabilityDate.trimmingCharacters(in: .whitespacesAndNewlines)
    let availabilityDate =
      availability.isEmpty ? nil : checkDate(availability, at: .availabilityDate, label: "Availability date")
    if let availabilityDate, let today, availabilityDate.isBefore(today) {
      report.warning(.availabilityDate, "Availability date \(availability) is in the past")
    }
    let salary = checkSalary(amount: draft.salaryAmount, period: draft.salaryPeriod)
    let links = draft.socialLinks.enumerated().compactMap { index, link in
      checkURL(link, at: FieldPath.socialLinks[index], label: "Social link").map(NewCandidate.SocialLink.init)
    }
    guard let firstName, let lastName, let email else { return nil }
    return NewCandidate(
      firstName: firstName, lastName: lastName, emailAddress: email, additionalEmailAddresses: emails,
      company: company, title: title, phoneNumber: phone, additionalPhoneNumbers: phones, location: location,
      gender: gender, availabilityDate: availabilityDate, salaryExpectations: salary, socialLinks: links)
  }

  /// Required single-line text, trimmed.
  private mutating func checkRequiredLine(_ text: String, at path: FieldPath, label: String) -> String? {
    if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      report.error(path, "\(label) is required")
      return nil
    }
    if TextRules.isInvisible(text) {
      report.error(path, "\(label) is required; the one given is only invisible characters")
      return nil
    }
    return checkLine(text, at: path, label: label)
  }

  /// An email address, trimmed; an empty optional one is skipped.
  mutating func checkEmail(_ text: String, at path: FieldPath, label: String, required: Bool) -> String? {
    if required, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      report.error(path, "\(label) is required; use the form name@example.com")
    }
    return checkOptional(text, at: path) { TextRules.emailProblem($0).map { ("\(label): \($0)", nil) } }
  }

  /// A phone number, trimmed; empty is skipped.
  private mutating func checkPhone(_ text: String, at path: FieldPath, label: String) -> String? {
    checkOptional(text, at: path) { TextRules.phoneProblem($0).map { ("\(label): \($0)", nil) } }
  }

  /// A web address, trimmed; empty is skipped.
  mutating func checkURL(_ text: String, at path: FieldPath, label: String) -> String? {
    checkOptional(text, at: path) { text in
      TextRules.urlProblem(text).map { ("\(label): \($0.message)", $0.suggestion) }
    }
  }

  /// The location: a country code (normalised to upper case) whenever any part is given.
  private mutating func checkLocation(_ draft: LocationDraft) -> NewCandidate.Location? {
    let city = checkLine(draft.city, at: .city, label: "City")
    let state = checkLine(draft.state, at: .state, label: "State")
    if checkLine(draft.street, at: .street, label: "Street") != nil {
      report.warning(
        .street, "Kombo's API takes no street for a candidate; it is not sent (city, state, postal code are)")
    }
    let zip = checkLine(draft.zipCode, at: .zipCode, label: "Postal code")
    let typed = draft.country.trimmingCharacters(in: .whitespacesAndNewlines)
    let otherParts = [draft.city, draft.state, draft.street, draft.zipCode].contains {
      !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
    guard !typed.isEmpty else {
      if otherParts {
        report.error(
          .country,
          "Country is required when a location is given; use an ISO 3166-1 alpha-2 code such as DE")
      }
      return nil
    }
    guard let country = Countries.country(forCode: typed) else {
      if let guess = Countries.suggestion(for: typed) {
        report.error(
          .country,
          "Country must be an ISO 3166-1 alpha-2 code such as DE; did you mean \(guess.code) for "
            + "'\(QuestionText.clean(typed))' (\(guess.displayName))?",
          suggestion: guess.code)
      } else {
        report.error(
          .country,
          "Country must be an ISO 3166-1 alpha-2 code such as DE, GB or US; "
            + "'\(QuestionText.clean(typed))' is not one")
      }
      return nil
    }
    return NewCandidate.Location(
      country: country.code, city: city, state: state, zipCode: zip)
  }

  /// MALE, FEMALE or OTHER in any case (also M and F).
  private mutating func checkGender(_ text: String) -> NewCandidate.Gender? {
    let typed = text.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
    guard !typed.isEmpty else { return nil }
    let aliases: [String: NewCandidate.Gender] = ["M": .male, "F": .female]
    guard let gender = NewCandidate.Gender(rawValue: typed) ?? aliases[typed] else {
      report.error(.gender, "Gender must be MALE, FEMALE or OTHER, or left empty")
      return nil
    }
    return gender
  }

  /// Salary amount and period: both or neither; the amount a number above 0, the period MONTH or YEAR.
  private mutating func checkSalary(amount: String, period: String) -> NewCandidate.SalaryExpectations? {
    let amountText = amount.trimmingCharacters(in: .whitespacesAndNewlines)
    let periodText = period.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !amountText.isEmpty || !periodText.isEmpty else { return nil }
    var value: Double?
    if amountText.isEmpty {
      report.error(
        .salaryAmount, "Salary amount is required with a salary period; give a number such as 70000")
    } else if let number = TextRules.number(amountText), number > 0 {
      value = number
    } else {
      report.error(
        .salaryAmount,
        "Salary amount must be a number greater than 0, such as 70000 or 70,000.50; "
          + "'\(QuestionText.clean(amountText))' is not")
    }
    let periods: [String: NewCandidate.SalaryExpectations.Period] = [
      "MONTH": .month, "MONTHLY": .month, "YEAR": .year, "YEARLY": .year, "ANNUAL": .year, "ANNUALLY": .year,
    ]
    let resolved = periods[periodText.uppercased()]
    if periodText.isEmpty {
      report.error(.salaryPeriod, "Salary period is required with a salary amount: MONTH or YEAR")
    } else if resolved == nil {
      report.error(.salaryPeriod, "Salary period must be MONTH or YEAR")
    }
    guard let value, let resolved else { return nil }
    return NewCandidate.SalaryExpectations(period: resolved, amount: value)
  }
}
