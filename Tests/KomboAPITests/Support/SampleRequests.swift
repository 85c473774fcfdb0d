import Foundation
import KomboAPI

/// Request bodies used by several suites.
enum SampleRequests {
  /// A body that sets every field, every answer shape, and remote fields of several ATSs with
  /// their odd key names.
  static func full() throws -> CreateApplicationRequest {
    CreateApplicationRequest(
      stageID: "StgAAAAAAAAAAAAAAAAAAAA1",
      candidate: NewCandidate(
        firstName: "Ada", lastName: "Lovelace", emailAddress: "ada@example.com",
        additionalEmailAddresses: [.init(type: .work, emailAddress: "ada@analytical.example")],
        company: "Analytical Engines Ltd.", title: "Head of Integrations", phoneNumber: "+1-541-754-3010",
        additionalPhoneNumbers: [.init(type: .personal, phoneNumber: "+44 20 7946 0958")],
        location: .init(
          country: "GB", city: "London", state: "England",
          zipCode: "SW1Y 4JH"),
        gender: .female, availabilityDate: try KomboDateTime("2026-03-01"),
        salaryExpectations: .init(period: .year, amount: 70000),
        socialLinks: [.init(url: "https://www.linkedin.com/in/ada"), .init(url: "https://github.com/ada")]),
      attachments: [
        Attachment(
          name: "Ada CV.pdf", type: .cv, contentType: "application/pdf", content: .base64("JVBERi0xLjQ=")),
        Attachment(
          name: "cover.txt", type: .coverLetter, content: .url("https://files.example.com/a/b?c=d&e=f")),
        Attachment(
          name: "refs.png", type: .other, contentType: "image/png", content: .base64("iVBORw0KGgo=")),
      ],
      source: .init(name: "Example Job Board", unifiedKey: "example_board", id: "SrcAAAAAAAAAAAAAAAAAAAA1"),
      sourcedBy: .init(userID: "remote:u-77"),
      gdprConsent: .init(expiresAt: try KomboDateTime("2027-01-02T03:04:05.123Z"), given: true),
      remoteFields: try remoteFields(),
      screeningQuestionAnswers: [
        .init(questionID: "QtxAAAAAAAAAAAAAAAAAAAA1", answer: .text("Because / of \"you\"")),
        .init(
          questionID: "QssAAAAAAAAAAAAAAAAAAAA1", answer: .singleSelect(optionID: "OptAAAAAAAAAAAAAAAAAAAA1")),
        .init(
          questionID: "QmsAAAAAAAAAAAAAAAAAAAA1",
          answer: .multiSelect(optionIDs: ["OptAAAAAAAAAAAAAAAAAAAA3", "OptAAAAAAAAAAAAAAAAAAAA4"])),
        .init(questionID: "QboAAAAAAAAAAAAAAAAAAAA1", answer: .boolean(false)),
        .init(questionID: "QnuAAAAAAAAAAAAAAAAAAAA1", answer: .number(7)),
        .init(questionID: "QnuAAAAAAAAAAAAAAAAAAAA2", answer: .number(2.5)),
        .init(questionID: "QdtAAAAAAAAAAAAAAAAAAAA1", answer: .date(try KomboDateTime("2026-04-01"))),
        .init(
          questionID: "QfiAAAAAAAAAAAAAAAAAAAA1",
          answer: .file(
            .init(name: "portfolio.pdf", contentType: "application/pdf", content: .base64("JVBERi0=")))),
        .init(
          questionID: "QfiAAAAAAAAAAAAAAAAAAAA2",
          answer: .file(.init(name: "talk.mp4", content: .url("https://files.example.com/talk.mp4")))),
      ])
  }

  /// Remote fields for several ATSs, using every non-snake-case key.
  static func remoteFields() throws -> RemoteFields {
    RemoteFields(
      successfactors: .init(
        candidate: ["customField": "x"], jobApplication: ["source": 7], copyJobApplicationAttachments: true,
        updateExistingCandidate: false),
      greenhouse: .init(postHeaders: .init(onBehalfOf: "4080")),
      workable: .init(onBehalfOfUserRemoteID: "wk-1"),
      workday: .init(
        candidateData: .init(
          nameDetailData: .init(
            middleName: "Augusta", socialSuffixReference: .init(predefinedNameComponentID: "II")),
          languageReference: .init(wid: "lang-wid"),
          jobApplicationData: .init(
            jobAppliedToData: .init(globalPersonalInformationData: .init(dateOfBirth: "1815-12-10")),
            resumeData: .init(
              educationData: [
                .init(schoolName: "Home", firstYearAttended: 1830, degreeReference: .init(wid: "deg"))
              ],
              skillData: [.init(skillName: "Mathematics")],
              languageData: [
                .init(
                  languageReference: .init(wid: "en"),
                  language: .init(
                    languageAbility: [
                      .init(
                        languageAbilityData: .init(
                          languageProficiencyReference: .init(wid: "fluent"),
                          languageAbilityTypeReference: .init(wid: "spoken")))
                    ], native: true))
              ],
              experienceData: [
                .init(
                  companyName: "Babbage & Co", title: "Analyst", startDate: try KomboDateTime("1842-01-01"),
                  endDate: try KomboDateTime("1843-12-31"), currentlyWorkHere: false, description: "Notes")
              ])),
          contactData: .init(
            locationData: .init(
              addressLine1: "12 St James's Sq", postalCode: "SW1Y 4JH",
              countryRegionReference: .init(countryRegionID: "GBR-ENG"),
              countryCityReference: .init(wid: "london"))),
          workerReference: .init(employeeID: "E-1")),
        overrideSourceReferenceWID: "src-wid"),
      smartrecruiters: .init(candidate: ["tags": ["a"]]),
      hrworks: .init(jobApplication: ["note": "n"]),
      jobylon: .init(application: .init(message: "Hello")),
      avature: .init(workflow: .init(step: .init(id: 12))),
      piloga: .init(candidate: .init(street: "Hauptstraße 1", dateOfBirth: try KomboDateTime("1990-05-06"))))
  }

  /// Remote fields with every ATS key and every key of its object set (free-form objects small);
  /// with `sdkModels`, without the keys the spec has and the SDK 1.4.0 lacks (`greenhouse.candidate`,
  /// `greenhouse.application`, `workable.candidate`).
  static func everyRemoteField(sdkModels: Bool = false) throws -> RemoteFields {
    let object: JSONObject = ["k": "v"]
    var fields = try remoteFields()
    fields.successfactors?.copyJobApplicationAttachments = false
    fields.personio = .init(application: object)
    fields.talentsoft = .init(applicant: object, application: object)
    fields.teamtailor = .init(candidate: object, application: .init(attributes: object))
    if !sdkModels {
      fields.greenhouse?.candidate = object
      fields.greenhouse?.application = object
      fields.workable?.candidate = object
    }
    fields.lever = .init(candidate: object)
    fields.zohorecruit = .init(candidate: object)
    fields.bullhorn = .init(candidate: object, jobSubmission: object)
    fields.smartrecruiters = .init(
      candidate: object, candidateWithQuestions: object, candidateWithoutQuestions: object)
    fields.talentadore = .init(applications: object)
    fields.guidecom = .init(candidate: object)
    fields.dvinci = .init(application: object)
    fields.avature = .init(workflow: .init(step: .init(id: 1)))
    fields.recruitee = .init(candidate: .init(coverLetterText: "Dear …"))
    fields.umantis = .init(person: object)
    return fields
  }
}
