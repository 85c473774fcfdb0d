import ApplyCore
import FoundationEssentials
import KomboAPI
import Testing

/// One validation rule applied to a draft: a change to a valid draft and what the report must say.
struct ValidationCase: Sendable, CustomTestStringConvertible {
  let name: String
  let change: @Sendable (inout ApplicationDraft) -> Void
  /// nil: the draft stays valid; else the path that must carry an error.
  let path: FieldPath?
  /// Phrases the message must contain (what is allowed).
  let phrases: [String]

  var testDescription: String { name }

  static func passes(_ name: String, _ change: @escaping @Sendable (inout ApplicationDraft) -> Void) -> Self {
    Self(name: name, change: change, path: nil, phrases: [])
  }

  static func fails(
    _ name: String, at path: FieldPath, _ phrases: [String],
    _ change: @escaping @Sendable (inout ApplicationDraft) -> Void
  ) -> Self {
    Self(name: name, change: change, path: path, phrases: phrases)
  }

  /// Validates the changed draft against `job` and checks the outcome.
  func check(job: Job?, files: InMemoryFileSystem = InMemoryFileSystem(), today: KomboDateTime? = nil) {
    var draft = ValidationTestJob.validDraft()
    if job?.screeningQuestions.isEmpty ?? true { draft.answers = [:] }
    change(&draft)
    let validation = Validator(fileSystem: files).validate(draft, job: job, today: today)
    guard let path else {
      #expect(validation.report.errors == [], "\(name)")
      #expect(validation.prepared != nil)
      return
    }
    let issues = validation.report.issues(at: path).filter { $0.severity == .error }
    #expect(issues.count == 1, "\(name): \(validation.report.issues)")
    #expect(validation.prepared == nil)
    for phrase in phrases {
      #expect(issues.first?.message.contains(phrase) == true, "\(name): '\(phrase)' missing in \(issues)")
    }
  }
}

@Suite struct ValidationCandidateTests {
  static let cases: [ValidationCase] = [
    .passes("the base draft") { _ in },
    .fails("first name missing", at: .firstName, ["First name is required"]) {
      $0.candidate.firstName = "  "
    },
    .fails("last name missing", at: .lastName, ["Last name is required"]) { $0.candidate.lastName = "" },
    .fails("first name with a line break", at: .firstName, ["must be one line"]) {
      $0.candidate.firstName = "A\nda"
    },
    .fails("last name too long", at: .lastName, ["at most 255"]) {
      $0.candidate.lastName = String(repeating: "x", count: 256)
    },
    .fails("first name of only invisible characters", at: .firstName, ["only invisible characters"]) {
      $0.candidate.firstName = "\u{200B}\u{2060}\u{00AD}\u{3164}"
    },
    .fails("email missing", at: .emailAddress, ["required", "name@example.com"]) {
      $0.candidate.emailAddress = ""
    },
    .passes("email with plus and subdomain") { $0.candidate.emailAddress = " ada+jobs@mail.example.co.uk " },
    .fails("email with a non-ASCII domain, as Kombo's pattern says", at: .emailAddress, ["xn--"]) {
      $0.candidate.emailAddress = "ada@bücher.de"
    },
    .passes("email with a domain in its ASCII form") { $0.candidate.emailAddress = "ada@xn--bcher-kva.de" },
    .fails("email with a character Kombo's pattern refuses", at: .emailAddress, ["'!' is not allowed"]) {
      $0.candidate.emailAddress = "a!b@example.com"
    },
    .fails("email with an upper-case domain", at: .emailAddress, ["lower case, Ada@example.com"]) {
      $0.candidate.emailAddress = "Ada@Example.COM"
    },
    .fails("email ending in a dot before the @", at: .emailAddress, ["must end in a letter"]) {
      $0.candidate.emailAddress = "ada.@example.com"
    },
    .passes("email with an apostrophe and a hyphen") { $0.candidate.emailAddress = "o'neil-x@example.com" },
    .fails("email without @", at: .emailAddress, ["exactly one @", "name@example.com"]) {
      $0.candidate.emailAddress = "ada.example.com"
    },
    .fails("email with two @", at: .emailAddress, ["exactly one @"]) {
      $0.candidate.emailAddress = "a@b@example.com"
    },
    .fails("email without a dot in the domain", at: .emailAddress, ["needs a dot"]) {
      $0.candidate.emailAddress = "ada@localhost"
    },
    .fails("email with a space", at: .emailAddress, ["space"]) {
      $0.candidate.emailAddress = "ada lovelace@example.com"
    },
    .fails("email with a double dot", at: .emailAddress, ["double dots"]) {
      $0.candidate.emailAddress = "ada..l@example.com"
    },
    .fails("email local part too long", at: .emailAddress, ["1 to 64 characters"]) {
      $0.candidate.emailAddress = String(repeating: "a", count: 65) + "@example.com"
    },
    .fails("email too long", at: .emailAddress, ["at most 254"]) {
      $0.candidate.emailAddress = "ada@" + String(repeating: "a", count: 250) + ".com"
    },
    .fails("email with a numeric top-level domain", at: .emailAddress, ["not a valid domain"]) {
      $0.candidate.emailAddress = "ada@10.0.0.1"
    },
    .passes("additional email") {
      $0.candidate.additionalEmailAddresses = [ContactDraft(type: .work, value: "ada@work.example")]
    },
    .passes("empty additional email rows are ignored") {
      $0.candidate.additionalEmailAddresses = [ContactDraft(type: .work, value: " ")]
    },
    .fails(
      "bad second additional email", at: "candidate.additional_email_addresses[1].email_address",
      ["Additional email address", "name@example.com"]
    ) {
      $0.candidate.additionalEmailAddresses = [
        ContactDraft(type: .work, value: "ada@work.example"), ContactDraft(type: .other, value: "nope"),
      ]
    },
    .passes("phone in international form") { $0.candidate.phoneNumber = "+1-541-754-3010" },
    .passes("phone with brackets, dots and an extension") {
      $0.candidate.phoneNumber = "(030) 123.456 78 ext. 12"
    },
    .passes("phone with x extension") { $0.candidate.phoneNumber = "+49 30 1234567x89" },
    .passes("phone with an upper-case extension") { $0.candidate.phoneNumber = "+49 30 1234567 EXT 12" },
    .fails("phone with letters that change length in lower case", at: .phoneNumber, ["'İ' is not allowed"]) {
      $0.candidate.phoneNumber = "İİ 12345 x1"
    },
    .fails("phone with letters", at: .phoneNumber, ["'c' is not allowed", "digits", "x123"]) {
      $0.candidate.phoneNumber = "+49 30 call me"
    },
    .fails("phone with + inside", at: .phoneNumber, ["+ is only allowed at the start"]) {
      $0.candidate.phoneNumber = "49+30 123456"
    },
    .fails("phone too short", at: .phoneNumber, ["3 digits", "5 to 20"]) { $0.candidate.phoneNumber = "112" },
    .fails("phone with an empty extension", at: .phoneNumber, ["extension must be digits"]) {
      $0.candidate.phoneNumber = "+49 30 123456 ext"
    },
    .fails(
      "bad additional phone", at: "candidate.additional_phone_numbers[0].phone_number",
      ["Additional phone number"]
    ) {
      $0.candidate.additionalPhoneNumbers = [ContactDraft(type: .personal, value: "n/a")]
    },
    .passes("lower-case country code") {
      $0.candidate.location = LocationDraft(country: "de", city: "Berlin")
    },
    .fails("country as a name", at: .country, ["ISO 3166-1 alpha-2", "did you mean GB for 'United Kingdom'"])
    {
      $0.candidate.location = LocationDraft(country: "United Kingdom")
    },
    .fails("country as an alias", at: .country, ["did you mean US for 'USA'"]) {
      $0.candidate.location = LocationDraft(country: "USA")
    },
    .fails("unknown country", at: .country, ["such as DE, GB or US", "'Narnia' is not one"]) {
      $0.candidate.location = LocationDraft(country: "Narnia")
    },
    .fails("city without a country", at: .country, ["required when a location is given", "alpha-2"]) {
      $0.candidate.location = LocationDraft(city: "Berlin")
    },
    .fails("zip code without a country", at: .country, ["required when a location is given"]) {
      $0.candidate.location = LocationDraft(zipCode: "10115")
    },
    .fails("street with a tab", at: .street, ["Street", "one line"]) {
      $0.candidate.location = LocationDraft(country: "DE", street: "Unter\tden Linden 1")
    },
    .passes("gender in lower case") { $0.candidate.gender = "female" },
    .passes("gender as a letter") { $0.candidate.gender = "M" },
    .fails("unknown gender", at: .gender, ["MALE, FEMALE or OTHER"]) { $0.candidate.gender = "unspecified" },
    .passes("availability date") { $0.candidate.availabilityDate = "2026-03-01" },
    .passes("availability date-time in UTC") { $0.candidate.availabilityDate = "2026-03-01T09:30:00.250Z" },
    .fails("availability on 30 February", at: .availabilityDate, ["not a real date"]) {
      $0.candidate.availabilityDate = "2026-02-30"
    },
    .fails("availability in another form", at: .availabilityDate, ["YYYY-MM-DD"]) {
      $0.candidate.availabilityDate = "01.03.2026"
    },
    .passes("salary with thousands separators") {
      $0.candidate.salaryAmount = "70,000.50"
      $0.candidate.salaryPeriod = "year"
    },
    .fails("salary of zero", at: .salaryAmount, ["greater than 0", "70000"]) {
      $0.candidate.salaryAmount = "0"
      $0.candidate.salaryPeriod = "YEAR"
    },
    .fails("salary in words", at: .salaryAmount, ["number greater than 0"]) {
      $0.candidate.salaryAmount = "lots"
      $0.candidate.salaryPeriod = "YEAR"
    },
    .fails("salary with a decimal comma", at: .salaryAmount, ["number greater than 0"]) {
      $0.candidate.salaryAmount = "70,5"
      $0.candidate.salaryPeriod = "MONTH"
    },
    .fails("salary without a period", at: .salaryPeriod, ["required with a salary amount", "MONTH or YEAR"]) {
      $0.candidate.salaryAmount = "70000"
    },
    .fails("salary period without an amount", at: .salaryAmount, ["required with a salary period"]) {
      $0.candidate.salaryPeriod = "YEAR"
    },
    .fails("weekly salary", at: .salaryPeriod, ["MONTH or YEAR"]) {
      $0.candidate.salaryAmount = "1500"
      $0.candidate.salaryPeriod = "WEEK"
    },
    .passes("social links") {
      $0.candidate.socialLinks = ["https://www.linkedin.com/in/ada", "http://ada.dev"]
    },
    .fails(
      "social link without a scheme", at: "candidate.social_links[0]",
      ["did you mean https://linkedin.com/in/ada"]
    ) {
      $0.candidate.socialLinks = ["linkedin.com/in/ada"]
    },
    .fails("social link with another scheme", at: "candidate.social_links[1]", ["only http and https"]) {
      $0.candidate.socialLinks = ["https://ada.dev", "ftp://ada.dev/cv"]
    },
    .fails("social link without a host", at: "candidate.social_links[0]", ["no host name"]) {
      $0.candidate.socialLinks = ["https:///path"]
    },
    .fails("social link with a space", at: "candidate.social_links[0]", ["space"]) {
      $0.candidate.socialLinks = ["https://ada.dev/my cv"]
    },
    .passes("gdpr consent with an expiry") {
      $0.gdprConsent = ConsentDraft(given: true, expiresAt: "2027-01-31")
    },
    .fails("gdpr expiry on 31 April", at: .gdprExpiresAt, ["Consent expiry date", "not a real date"]) {
      $0.gdprConsent = ConsentDraft(given: true, expiresAt: "2027-04-31")
    },
    .passes("sourced by a remote user") { $0.sourcedByUserID = "remote:42" },
    .fails("sourced by a malformed id", at: .sourcedBy, ["Kombo user id", "remote:"]) {
      $0.sourcedByUserID = "bob"
    },
    .passes("job by remote id") { $0.job = .remote("4711") },
    .fails("job id malformed", at: .job, ["Kombo job id", "did you mean remote:4711?"]) { $0.job = "4711" },
    .fails("job missing", at: .job, ["Kombo job id"]) { $0.job = "" },
    .fails("job other than the one loaded", at: .job, ["not the job whose questions were loaded"]) {
      $0.job = "JobBBBBBBBBBBBBBBBBBBBB1"
    },
    .fails("remote job other than the one loaded", at: .job, ["JobAAAAAAAAAAAAAAAAAAAA1, remote:4711"]) {
      $0.job = .remote("4712")
    },
    .fails("remote job without an id", at: .job, ["prefixed with remote:"]) { $0.job = "remote:" },
  ]

  @Test(arguments: cases)
  func rule(_ rule: ValidationCase) {
    rule.check(job: ValidationTestJob.plainJob)
  }

  @Test func everyProblemIsReportedAtOnceInFormOrder() {
    var draft = ApplicationDraft(job: "nope")
    draft.candidate = CandidateDraft(
      emailAddress: "ada", phoneNumber: "call me", location: LocationDraft(country: "Germany"),
      gender: "x", availabilityDate: "2026-13-01", salaryAmount: "-5", socialLinks: ["nope"])
    draft.gdprConsent = ConsentDraft(given: true, expiresAt: "soon")
    let report = Validator(fileSystem: InMemoryFileSystem()).validate(draft, job: nil).report
    #expect(
      report.errors.map(\.path) == [
        .job, .firstName, .lastName, .emailAddress, .phoneNumber, .country, .gender, .availabilityDate,
        .salaryAmount, .salaryPeriod, "candidate.social_links[0]", .gdprExpiresAt,
      ])
    #expect(report.issues(at: .country).first?.suggestion == "DE")
    #expect(report.issues(within: .location).map(\.path) == [.country])
  }

  @Test func messagesQuotingTypedTextCarryNoControlCharacters() {
    var draft = ValidationTestJob.validDraft()
    draft.answers = [:]
    draft.candidate.location = LocationDraft(country: "\u{1B}[2J\u{1B}]0;owned\u{07}")
    draft.attachments = [AttachmentDraft(path: "/tmp/\u{1B}[31mcv.pdf", type: .cv)]
    let report = Validator(fileSystem: InMemoryFileSystem()).validate(draft, job: nil).report
    #expect(report.errors.map(\.path) == [.country, "attachments[0]"])
    #expect(report.errors.allSatisfy { !$0.message.unicodeScalars.contains { $0.value < 0x20 } })
    #expect(
      report.errors.last?.message == "Attachment 1: '/tmp/cv.pdf' does not exist", "the whole sequence goes")
  }

  @Test func theWireCandidateIsTrimmedAndNormalised() throws {
    var draft = ValidationTestJob.validDraft()
    draft.answers = [:]
    draft.candidate = CandidateDraft(
      firstName: "  Ada ", lastName: "Lovelace\u{20}", emailAddress: " ada@example.com",
      additionalEmailAddresses: [ContactDraft(type: .work, value: " ada@work.example ")],
      phoneNumber: " +44 20 7946 0000 ", company: " ", title: " Analyst ",
      location: LocationDraft(country: " gb ", city: " London "), gender: "female",
      availabilityDate: " 2026-03-01 ", salaryAmount: "70 000", salaryPeriod: "annual",
      socialLinks: [" https://ada.dev ", ""])
    let prepared = try #require(
      Validator(fileSystem: InMemoryFileSystem()).validate(draft, job: nil).prepared)
    let candidate = prepared.request.candidate
    #expect(candidate.firstName == "Ada")
    #expect(candidate.lastName == "Lovelace")
    #expect(candidate.emailAddress == "ada@example.com")
    #expect(candidate.additionalEmailAddresses == [.init(type: .work, emailAddress: "ada@work.example")])
    #expect(candidate.phoneNumber == "+44 20 7946 0000")
    #expect(candidate.company == nil)
    #expect(candidate.title == "Analyst")
    #expect(candidate.location == .init(country: "GB", city: "London"))
    #expect(candidate.gender == .female)
    #expect(candidate.availabilityDate?.text == "2026-03-01")
    #expect(candidate.salaryExpectations == .init(period: .year, amount: 70000))
    #expect(candidate.socialLinks == [.init(url: "https://ada.dev")])
  }

  @Test func emptyRemoteFieldsAreLeftOutAndOthersPassThrough() throws {
    var draft = RequestTestDrafts.minimal
    draft.remoteFields = RemoteFields()
    let validator = Validator(fileSystem: InMemoryFileSystem())
    #expect(try #require(validator.validate(draft, job: nil).prepared).request.remoteFields == nil)
    draft.remoteFields?.workable = .init(onBehalfOfUserRemoteID: "u-1")
    #expect(
      try #require(validator.validate(draft, job: nil).prepared).request.remoteFields == draft.remoteFields)
  }

  @Test func stagesMustBelongToTheJob() {
    var draft = ValidationTestJob.validDraft()
    draft.stageID = "StgNope"
    let report = Validator(fileSystem: InMemoryFileSystem()).validate(draft, job: ValidationTestJob.job)
      .report
    let message = report.issues(at: .stageID).first?.message ?? ""
    #expect(message.contains("is not a stage of this job"))
    #expect(message.contains("Applied (StgAAAAAAAAAAAAAAAAAAAA1)"))
    draft.stageID = ValidationTestJob.archived.id
    let inactive = Validator(fileSystem: InMemoryFileSystem()).validate(draft, job: ValidationTestJob.job)
    #expect(inactive.report.isValid)
    #expect(inactive.report.warnings.map(\.path).contains(.stageID))
    draft.stageID = " "
    let none = Validator(fileSystem: InMemoryFileSystem()).validate(draft, job: ValidationTestJob.job)
    #expect(none.prepared?.request.stageID == nil)
  }

  @Test func aStreetIsNotSentAndSaysSo() throws {
    var draft = ValidationTestJob.validDraft()
    draft.answers = [:]
    draft.candidate.location = LocationDraft(country: "DE", city: "Berlin", street: "Unter den Linden 1")
    let validation = Validator(fileSystem: InMemoryFileSystem()).validate(
      draft, job: ValidationTestJob.plainJob)
    #expect(validation.report.isValid)
    #expect(validation.report.warnings.first { $0.path == .street }?.message.contains("not sent") == true)
    let body = try KomboJSON.encoder().encode(try #require(validation.prepared).request)
    #expect(!String(decoding: body, as: UTF8.self).contains("Unter den Linden"))
    #expect(String(decoding: body, as: UTF8.self).contains("Berlin"))
  }

  @Test func closedJobsAndPastDatesAreWarningsOnly() throws {
    var job = ValidationTestJob.plainJob
    job.status = .closed
    var draft = ValidationTestJob.validDraft()
    draft.answers = [:]
    draft.gdprConsent = ConsentDraft(given: true, expiresAt: "2026-01-31")
    draft.candidate.availabilityDate = "2026-01-31T23:59:59Z"
    let today = try KomboDateTime("2026-02-01T00:00:01Z")
    let validation = Validator(fileSystem: InMemoryFileSystem()).validate(draft, job: job, today: today)
    #expect(validation.report.isValid)
    #expect(validation.report.warnings.map(\.path) == [.job, .availabilityDate, .gdprExpiresAt])
    draft.candidate.availabilityDate = "2026-02-01"
    draft.gdprConsent?.expiresAt = "2026-02-01"
    let sameDay = Validator(fileSystem: InMemoryFileSystem()).validate(draft, job: job, today: today)
    #expect(sameDay.report.warnings.map(\.path) == [.job])
    #expect(validation.report.issues(at: .gdprExpiresAt).first?.message.contains("already expired") == true)
  }
}
