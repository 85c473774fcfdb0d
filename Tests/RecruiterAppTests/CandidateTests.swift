import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import Testing

@testable import RecruiterApp

/// The candidate form: the mapping between draft and form both ways, validation while typing,
/// repeatable rows, the country picker, unsupported fields and remote fields.
@Suite struct CandidateTests {
  static func flow(slug: String = "greenhouse", unsupported: Set<String> = [], draft: ApplicationDraft? = nil)
    -> Flow
  {
    var flow = Flow(
      backend: BackendInfo(label: "x", isSandbox: false, integrationID: AppFakeKombo.integrationID),
      now: AppTestEnvironment.start, timeZone: TimeZone(identifier: "UTC")!,
      size: Size(width: 80, height: 24),
      sessionSeed: "s")
    flow.integration = AppSamples.details(
      slug: slug, label: ATSTool.label(forSlug: slug), unsupported: unsupported)
    flow.job = AppSamples.jobs[0]
    flow.draft = draft ?? ApplicationDraft(job: JobReference(AppSamples.openJobID))
    return flow
  }

  static let fullDraft: ApplicationDraft = {
    var remote = RemoteFields()
    remote.greenhouse = .init(postHeaders: .init(onBehalfOf: "4080"))
    remote.lever = .init(candidate: ["tags": "kept"])
    return ApplicationDraft(
      job: JobReference(AppSamples.openJobID), stageID: "StgAPPLIEDAAAAAAAAAAAAA1",
      candidate: CandidateDraft(
        firstName: "Zoë", lastName: "Łukasiewicz", emailAddress: "zoe@example.com",
        additionalEmailAddresses: [
          ContactDraft(type: .work, value: "zoe@work.example"), ContactDraft(type: .other, value: "z@x.io"),
        ],
        phoneNumber: "+49 30 1234567",
        additionalPhoneNumbers: [ContactDraft(type: .work, value: "+49 40 7654321")],
        company: "Analytical Engines", title: "Engineer",
        location: LocationDraft(
          country: "DE", city: "Berlin", state: "BE", street: "Unter den Linden 1", zipCode: "10117"),
        gender: "FEMALE", availabilityDate: "2026-07-01", salaryAmount: "70000", salaryPeriod: "YEAR",
        socialLinks: ["https://www.linkedin.com/in/zoe", "https://github.com/zoe"]),
      gdprConsent: ConsentDraft(given: true, expiresAt: "2027-06-30"), remoteFields: remote,
      sourcedByUserID: "remote:4080", sourceName: "Phone")
  }()

  @Test func aFullDraftSurvivesFormAndBackUnchanged() {
    let flow = Self.flow(draft: Self.fullDraft)
    let screen = CandidateScreen(flow: flow, arrival: .forward)
    var rebuilt = ApplicationDraft(job: Self.fullDraft.job, stageID: Self.fullDraft.stageID)
    CandidateMapping.apply(screen.host.form, to: &rebuilt, slug: "greenhouse")
    rebuilt.remoteFields = rebuilt.remoteFields.map { fields in
      var copy = fields
      copy.lever = Self.fullDraft.remoteFields?.lever
      return copy
    }
    #expect(rebuilt == Self.fullDraft)
  }

  @Test func otherATSsRemoteFieldsInTheDraftAreKept() {
    let flow = Self.flow(draft: Self.fullDraft)
    let screen = CandidateScreen(flow: flow, arrival: .forward)
    var draft = Self.fullDraft
    CandidateMapping.apply(screen.host.form, to: &draft, slug: "greenhouse")
    #expect(draft.remoteFields?.lever?.candidate == ["tags": "kept"])
    #expect(draft.remoteFields?.greenhouse?.postHeaders?.onBehalfOf == "4080")
  }

  @Test func theFormShowsEveryGroupAndTheAdvancedGroupOpensForADraftThatUsesIt() {
    let empty = CandidateScreen(flow: Self.flow(), arrival: .forward).host.form
    #expect(
      empty.groups.compactMap(\.title) == [
        "Identity", "Contact", "Location", "More contact details", "Current role", "Availability and pay",
        "Profile links", "Consent", "Advanced",
      ])
    #expect(!empty.visiblePaths.contains { empty.field(at: $0).key == FieldPath.sourcedBy.rawValue })
    let full = CandidateScreen(flow: Self.flow(draft: Self.fullDraft), arrival: .forward).host.form
    #expect(full.visiblePaths.contains { full.field(at: $0).key == FieldPath.sourcedBy.rawValue })
  }

  @Test func anInvalidEmailBlocksNextButBackWorks() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.openCandidateForm()
    await driver.fill(["Ada", "Lovelace", "ada-at-example"])
    await driver.key(.tab)
    guard case .candidate(let screen) = driver.model.screen else { Issue.record("left the form"); return }
    #expect(screen.host.form.focusedField?.key == FieldPath.emailAddress.rawValue)
    #expect(driver.text().contains("it needs exactly one @"))
    await driver.key(.control("s"))
    #expect(driver.model.screen.destination == .candidate)
    await driver.key(.backTab)
    guard case .candidate(let back) = driver.model.screen else { Issue.record("left the form"); return }
    #expect(back.host.form.focusedField?.key == FieldPath.lastName.rawValue)
    await driver.key(.backTab)
    await driver.key(.backTab)
    #expect(driver.model.screen.destination == .stage)
    #expect(driver.model.draft.candidate.emailAddress == "ada-at-example")
  }

  @Test func requiredFieldsAreNamedWhenGoingOnTooEarly() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.openCandidateForm()
    await driver.key(.control("s"))
    #expect(driver.text().contains("First name is required."))
    #expect(driver.model.screen.destination == .candidate)
  }

  @Test func rowsAreAddedTypedAndRemoved() async throws {
    var screen = CandidateScreen(
      flow: Self.flow(), arrival: .field("candidate.additional_email_addresses.add"))
    var flow = Self.flow()
    _ = screen.handle(.key(.enter), flow: &flow)
    #expect(screen.host.form.focusedField?.key == "candidate.additional_email_addresses[0].email_address")
    for character in "ada@work.example" { _ = screen.handle(.key(.character(character)), flow: &flow) }
    _ = screen.handle(.key(.control("t")), flow: &flow)
    #expect(
      flow.draft.candidate.additionalEmailAddresses == [ContactDraft(type: .work, value: "ada@work.example")])
    _ = screen.handle(.key(.control("x")), flow: &flow)
    #expect(flow.draft.candidate.additionalEmailAddresses.isEmpty)
    #expect(screen.host.form.focusedField?.key == "candidate.additional_email_addresses.add")
  }

  @Test(arguments: [
    ("Deutschland", "DE"), ("de", "DE"), ("United Kingdom", "GB"), ("UK", "GB"), ("Germnay", "DE"),
    ("switz", "CH"),
  ])
  func theCountryPickerTakesACodeOrAName(typed: String, code: String) {
    var field = CountryField(FieldInfo(key: "c", title: "Country"), text: "")
    for character in typed { _ = field.handle(.key(.character(character))) }
    #expect(field.handle(.key(.enter)).outcome == .next)
    #expect(field.text == code)
  }

  @Test func aCountryNameShowsItsSuggestionUntilTaken() {
    var field = CountryField(FieldInfo(key: "c", title: "Country"), text: "")
    for character in "Germany" { _ = field.handle(.key(.character(character))) }
    #expect(field.inputProblem?.contains("did you mean DE (Germany)?") == true)
    var screen = Screen(size: Size(width: 40, height: 5))
    screen.withCanvas { field.render(in: &$0, context: FieldContext(isFocused: true)) }
    #expect(screen.text.contains("DE  Germany"))
  }

  /// The phone path: name, email, phone and a country typed as a name, then ctrl+s: five keys
  /// beyond the text (four Tabs and ctrl+s) reach the next step.
  @Test func aPhoneApplicationNeedsFourTabsAndCtrlS() async throws {
    var driver = await AppDriver(try AppTestEnvironment())
    await driver.openCandidateForm()
    await driver.fill(["Ada", "Lovelace", "ada@example.com", "+44 20 7946 0958", "Germany"])
    await driver.key(.control("s"))
    #expect(driver.model.screen.destination == .attachments)
    #expect(driver.model.draft.candidate.location.country == "DE")
  }

  @Test func fieldsTheATSIgnoresAreMarked() {
    let form = CandidateScreen(
      flow: Self.flow(unsupported: ["candidate.gender", "candidate.salary_expectations"]), arrival: .forward
    ).host.form
    #expect(
      form[FieldPath.gender.rawValue]?.info.description == "Not supported by Greenhouse: it is ignored there."
    )
    #expect(
      form[FieldPath.salaryAmount.rawValue]?.info.description?.contains("Not supported by Greenhouse") == true
    )
    #expect(form[FieldPath.firstName.rawValue]?.info.description == nil)
  }

  @Test(arguments: [
    ("greenhouse", "remote_fields.greenhouse.post_headers.On-Behalf-Of"),
    ("workable", "remote_fields.workable.on_behalf_of_user_remote_id"),
    ("recruitee", "remote_fields.recruitee.candidate.cover_letter_text"),
    ("jobylon", "remote_fields.jobylon.application.message"),
  ])
  func theConnectedATSsOwnRemoteKeysHaveInputs(slug: String, key: String) {
    var flow = Self.flow(slug: slug)
    var screen = CandidateScreen(flow: flow, arrival: .field(FieldPath(key)))
    #expect(screen.host.form.focusedField?.key == key)
    for character in "4080" { _ = screen.handle(.key(.character(character)), flow: &flow) }
    let object = RemoteFieldsEditor.object(flow.draft.remoteFields)
    var value = object[slug]
    for part in key.split(separator: ".").dropFirst(2) { value = value?[String(part)] }
    #expect(value == .string("4080"))
  }

  @Test func theJSONEditorSaysWhereTheSyntaxIsWrong() {
    #expect(
      JSONSyntax.problem(in: "{\n  \"a\": 1,\n  b: 2\n}")
        == "Line 3, column 3: expected a key in double quotes (found b).")
    #expect(
      JSONSyntax.problem(in: "{\"a\": [1, 2}")
        == "Line 1, column 12: expected , or ] after the value (found }).")
    #expect(
      JSONSyntax.problem(in: "[1]")?.hasPrefix("Line 1, column 1: expected { to start an object") == true)
    #expect(JSONSyntax.problem(in: "{\"a\": {\"b\": null}}") == nil)
    #expect(JSONSyntax.problem(in: "  ") == nil)
  }

  @Test func theJSONEditorRefusesKeysTheATSDoesNotTake() {
    let problem = RemoteFieldsEditor.problem(
      slug: "greenhouse", editorText: "{\"post_headers\": {}, \"prospect\": {}}")
    #expect(
      problem
        == "Greenhouse does not take prospect; its remote fields are: candidate, application, post_headers.")
    #expect(
      RemoteFieldsEditor.problem(slug: "greenhouse", editorText: "{\"candidate\": {\"tags\": [\"x\"]}}")
        == nil)
    #expect(
      RemoteFieldsEditor.problem(slug: "lever", editorText: "{\"candidate\": {\"anything\": [1]}}") == nil)
    let wrongType = RemoteFieldsEditor.problem(
      slug: "workable", editorText: "{\"on_behalf_of_user_remote_id\": 5}")
    #expect(wrongType?.hasPrefix("Workable does not take this: workable.on_behalf_of_user_remote_id") == true)
  }

  @Test func anInvalidJSONEditorLeavesTheDraftsRemoteFieldsAlone() {
    var flow = Self.flow(slug: "lever", draft: Self.fullDraft)
    var screen = CandidateScreen(flow: flow, arrival: .field("remote_fields.lever"))
    for character in "{ oops" { _ = screen.handle(.key(.character(character)), flow: &flow) }
    #expect(flow.draft.remoteFields == Self.fullDraft.remoteFields)
    _ = screen.handle(.key(.tab), flow: &flow)
    #expect(screen.host.form.errors["remote_fields.lever"]?.contains(", column ") == true)
  }
}

/// Messages read as one sentence each, whatever the rule adds.
@Suite struct CandidateMessageTests {
  @Test func aSuggestionEndsTheSentence() {
    let message = CandidateRules.url.check(.text("linkedin.com/in/zoe"))
    #expect(message?.hasSuffix("did you mean https://linkedin.com/in/zoe?") == true)
  }

  @Test func aQuestionTitleIsQuotedInTheRequiredMessage() {
    let info = FieldInfo(key: "q", title: "Did you study Mathematics?", required: true)
    #expect(info.problem(with: .none) == "'Did you study Mathematics?' is required.")
    #expect(
      FieldInfo(key: "n", title: "First name", required: true).problem(with: .none)
        == "First name is required.")
  }
}
