import Foundation
import KomboAPI
import Testing

/// Response values used by several suites: one sparse (most optionals unset) and one full of each.
enum SampleResponses {
  static let changed = KomboTimestamp(millisecondsSince1970: 1_659_880_889_196)

  static func sparseJob() -> Job {
    Job(
      id: "JobAAAAAAAAAAAAAAAAAAAA2", remoteID: "r-2", changedAt: changed,
      stages: [JobStage(id: "StgAAAAAAAAAAAAAAAAAAAA9")],
      screeningQuestions: [ScreeningQuestion(id: "QAAAAAAAAAAAAAAAAAAAAAA1")])
  }

  static func fullJob() throws -> Job {
    let page = try KomboJSON.decoder().decode(
      KomboPage<Job>.self, from: TestSupport.fixture("jobs-page.json"))
    var job = try #require(page.results.first)
    // The SDK silently drops a format whose type it does not know; keep only formats it knows.
    job.screeningQuestions.removeAll { if case .unrecognized = $0.format { true } else { false } }
    return job
  }

  static func sparseCandidate() -> Candidate {
    Candidate(id: "CanAAAAAAAAAAAAAAAAAAAA1", remoteID: "c-1", changedAt: changed)
  }

  static func fullCandidate(withApplications: Bool) -> Candidate {
    Candidate(
      id: "CanAAAAAAAAAAAAAAAAAAAA2", remoteID: "c-2", firstName: "Ada", lastName: "Lovelace", company: "AE",
      title: "Analyst", confidential: false, source: "Kombo", customFields: ["k": [1, nil]],
      remoteURL: "https://ats.example.com/c/2", remoteCreatedAt: changed, remoteUpdatedAt: changed,
      changedAt: changed, remoteDeletedAt: nil, tags: [.init(id: "TagAAAAAAAAAAAAAAAAAAAA1", name: "VIP")],
      phoneNumbers: [.init(phoneNumber: "+49 30 1234"), .init(phoneNumber: "+1 555", type: "mobile")],
      emailAddresses: [.init(emailAddress: "ada@example.com", type: "work"), .init(emailAddress: nil)],
      socialMedia: [.init(link: "https://x.example/ada"), .init()],
      location: KomboLocation(city: "London", country: "GB"),
      applications: withApplications
        ? [
          CandidateApplication(id: "AppAAAAAAAAAAAAAAAAAAAA1", changedAt: changed),
          CandidateApplication(
            id: "AppAAAAAAAAAAAAAAAAAAAA2", remoteID: "a-2", outcome: .declined, rejectionReasonName: "Fit",
            rejectedAt: changed, remoteURL: "https://ats.example.com/a/2", changedAt: changed,
            remoteCreatedAt: changed, remoteUpdatedAt: changed,
            currentStage: ApplicationStage(id: "StgAAAAAAAAAAAAAAAAAAAA1", name: "Applied", index: 0),
            job: ApplicationJob(id: "JobAAAAAAAAAAAAAAAAAAAA1", name: "Backend", remoteID: "4711")),
        ] : nil,
      integrationFields: [
        IntegrationField(
          id: "IfdAAAAAAAAAAAAAAAAAAAA1", key: "firstName", type: .default,
          value: "Ada", label: "First Name")
      ],
      remoteData: ["raw": "yes"])
  }

  static let recordedAnswers: [ApplicationScreeningAnswer] = [
    .init(questionRemoteID: "q1", questionTitle: "Why?", answer: .text("Because")),
    .init(questionTitle: "Empty", answer: .text(nil)),
    .init(questionRemoteID: "q5", questionTitle: "Right to work?", answer: .singleSelect("Yes")),
    .init(questionRemoteID: "q6", questionTitle: "Languages", answer: .multiSelect(["German", "English"])),
    .init(questionTitle: "No languages", answer: .multiSelect(nil)),
    .init(questionRemoteID: "q7", questionTitle: "Relocate?", answer: .boolean(true)),
    .init(questionRemoteID: "q3", questionTitle: "Years", answer: .number(7.5)),
    .init(questionRemoteID: "q8", questionTitle: "Start", answer: .date(changed)),
    .init(questionRemoteID: "q10", questionTitle: "Likert", answer: .unknown(["scale": 3])),
    .init(questionTitle: "Nothing", answer: .unknown(nil)),
  ]

  static func sparseApplication() -> Application {
    Application(id: "AppAAAAAAAAAAAAAAAAAAAA3", changedAt: changed)
  }

  static func fullApplication() -> Application {
    Application(
      id: "AppAAAAAAAAAAAAAAAAAAAA4", remoteID: "a-4", outcome: .pending, rejectionReasonName: nil,
      rejectedAt: nil, currentStageID: "StgAAAAAAAAAAAAAAAAAAAA1", jobID: "JobAAAAAAAAAAAAAAAAAAAA1",
      candidateID: "CanAAAAAAAAAAAAAAAAAAAA2", customFields: [:], remoteURL: "https://ats.example.com/a/4",
      changedAt: changed, remoteCreatedAt: changed, remoteUpdatedAt: changed,
      currentStage: ApplicationStage(
        JobStage(id: "StgAAAAAAAAAAAAAAAAAAAA1", remoteID: "1", name: "Applied")),
      job: ApplicationJob(id: "JobAAAAAAAAAAAAAAAAAAAA1", name: "Backend Engineer", remoteID: "4711"),
      candidate: fullCandidate(withApplications: false), screeningQuestionAnswers: recordedAnswers,
      integrationFields: [], remoteData: [:])
  }

  static func listedApplications() -> [ListedApplication] {
    [
      ListedApplication(id: "AppAAAAAAAAAAAAAAAAAAAA5", changedAt: changed),
      ListedApplication(
        id: "AppAAAAAAAAAAAAAAAAAAAA6", remoteID: "a-6", outcome: .hired,
        currentStageID: "StgAAAAAAAAAAAAAAAAAAAA2",
        jobID: "JobAAAAAAAAAAAAAAAAAAAA1", candidateID: "CanAAAAAAAAAAAAAAAAAAAA2", changedAt: changed,
        candidate: ApplicationCandidate(
          id: "CanAAAAAAAAAAAAAAAAAAAA2", remoteID: "c-2", firstName: "Ada",
          tags: [.init(id: "TagAAAAAAAAAAAAAAAAAAAA1")],
          emailAddresses: [.init(emailAddress: "ada@example.com")]),
        currentStage: JobStage(
          id: "StgAAAAAAAAAAAAAAAAAAAA2", name: "Interview", status: .inactive,
          customFields: ["x": 1]),
        job: ApplicationJob(id: "JobAAAAAAAAAAAAAAAAAAAA1", remoteID: "4711"),
        interviews: [
          Interview(id: "IntAAAAAAAAAAAAAAAAAAAA1"),
          Interview(
            id: "IntAAAAAAAAAAAAAAAAAAAA2", title: "Tech", startingAt: changed, endingAt: changed,
            canceled: false, location: KomboLocation(raw: "Room 1")),
        ],
        offers: [
          Offer(id: "OffAAAAAAAAAAAAAAAAAAAA1"), Offer(id: "OffAAAAAAAAAAAAAAAAAAAA2", status: .sent),
        ],
        screeningQuestionAnswers: recordedAnswers),
    ]
  }

  static func integrationDetails(sparse: Bool) -> IntegrationDetails {
    IntegrationDetails(
      id: "sandbox:IntAAAAAAAAAAAAAAAAAAAA1",
      tool: .init(
        id: "sandbox", label: "Kombo Sandbox", internalLabel: sparse ? nil : "sbx",
        logoURL: "https://static.example/logo.png", iconURL: "https://static.example/icon.png"),
      category: .ats, status: .active, setupStatus: sparse ? .finalSyncPending : .completed,
      endUser: .init(organizationName: "Acme", creatorEmail: sparse ? nil : "it@acme.example"),
      scopeConfig: .init(id: "ScpAAAAAAAAAAAAAAAAAAAA1"), dataExpiredAt: sparse ? nil : changed,
      createdAt: changed, beta: sparse,
      readModels: sparse
        ? []
        : [
          .init(
            id: "ats_jobs", label: "Jobs", isAvailable: true, coverageStatus: .supported,
            scopeConfigSetting: .enabled, optedOutByCustomer: false,
            fields: [
              .init(
                id: "name", isAvailable: true, coverageStatus: .supported,
                scopeConfigSetting: .optional, optedOutByCustomer: false)
            ])
        ],
      writeActions: [
        .init(
          id: IntegrationDetails.createApplicationActionID, label: "Create application", isAvailable: true,
          coverageStatus: .supported, scopeConfigSetting: .enabled, optedOutByCustomer: false,
          fields: [
            .init(id: "candidate.first_name", isAvailable: true, coverageStatus: .supported),
            .init(id: "candidate.gender", isAvailable: false, coverageStatus: .notImplemented),
          ])
      ])
  }
}
