// Workday's typed `remote_fields` (`Put_Candidate` names).

extension RemoteFields {
  /// Fields for Workday, named as in Workday's `Put_Candidate` operation (Pascal_Snake case).
  /// Only the keys defined here are accepted.
  public struct Workday: Hashable, Sendable, Codable {
    /// The candidate (`Candidate_Data`).
    public var candidateData: CandidateData?
    /// The WID of a source that overrides the default (`Override_Source_Reference_WID`).
    public var overrideSourceReferenceWID: String?

    /// A reference to a Workday object by WID.
    public struct WIDReference: Hashable, Sendable, Codable {
      /// The Workday id (WID).
      public var wid: String

      /// A value; only `wid` required.
      public init(wid: String) {
        self.wid = wid
      }

      private enum CodingKeys: String, CodingKey {
        case wid = "WID"
      }
    }

    /// `Candidate_Data`.
    public struct CandidateData: Hashable, Sendable, Codable {
      /// `Name_Detail_Data`.
      public var nameDetailData: NameDetailData?
      /// The candidate's language (`Language_Reference`).
      public var languageReference: WIDReference?
      /// `Job_Application_Data`.
      public var jobApplicationData: JobApplicationData?
      /// `Contact_Data`.
      public var contactData: ContactData?
      /// An existing worker (`Worker_Reference`).
      public var workerReference: WorkerReference?

      /// A value; every field is optional.
      public init(
        nameDetailData: NameDetailData? = nil, languageReference: WIDReference? = nil,
        jobApplicationData: JobApplicationData? = nil, contactData: ContactData? = nil,
        workerReference: WorkerReference? = nil
      ) {
        self.nameDetailData = nameDetailData
        self.languageReference = languageReference
        self.jobApplicationData = jobApplicationData
        self.contactData = contactData
        self.workerReference = workerReference
      }

      private enum CodingKeys: String, CodingKey {
        case nameDetailData = "Name_Detail_Data"
        case languageReference = "Language_Reference"
        case jobApplicationData = "Job_Application_Data"
        case contactData = "Contact_Data"
        case workerReference = "Worker_Reference"
      }
    }

    /// `Name_Detail_Data`.
    public struct NameDetailData: Hashable, Sendable, Codable {
      /// `Middle_Name`.
      public var middleName: String?
      /// `Social_Suffix_Reference`.
      public var socialSuffixReference: SocialSuffixReference?

      /// A value; every field is optional.
      public init(middleName: String? = nil, socialSuffixReference: SocialSuffixReference? = nil) {
        self.middleName = middleName
        self.socialSuffixReference = socialSuffixReference
      }

      private enum CodingKeys: String, CodingKey {
        case middleName = "Middle_Name"
        case socialSuffixReference = "Social_Suffix_Reference"
      }
    }

    /// `Social_Suffix_Reference`.
    public struct SocialSuffixReference: Hashable, Sendable, Codable {
      /// `Predefined_Name_Component_ID`.
      public var predefinedNameComponentID: String

      /// A value; only `predefinedNameComponentID` required.
      public init(predefinedNameComponentID: String) {
        self.predefinedNameComponentID = predefinedNameComponentID
      }

      private enum CodingKeys: String, CodingKey {
        case predefinedNameComponentID = "Predefined_Name_Component_ID"
      }
    }

    /// `Job_Application_Data`.
    public struct JobApplicationData: Hashable, Sendable, Codable {
      /// `Job_Applied_To_Data`.
      public var jobAppliedToData: JobAppliedToData?
      /// `Resume_Data`.
      public var resumeData: ResumeData?

      /// A value; every field is optional.
      public init(jobAppliedToData: JobAppliedToData? = nil, resumeData: ResumeData? = nil) {
        self.jobAppliedToData = jobAppliedToData
        self.resumeData = resumeData
      }

      private enum CodingKeys: String, CodingKey {
        case jobAppliedToData = "Job_Applied_To_Data"
        case resumeData = "Resume_Data"
      }
    }

    /// `Job_Applied_To_Data`.
    public struct JobAppliedToData: Hashable, Sendable, Codable {
      /// `Global_Personal_Information_Data`.
      public var globalPersonalInformationData: GlobalPersonalInformationData?

      /// A value; every field is optional.
      public init(globalPersonalInformationData: GlobalPersonalInformationData? = nil) {
        self.globalPersonalInformationData = globalPersonalInformationData
      }

      private enum CodingKeys: String, CodingKey {
        case globalPersonalInformationData = "Global_Personal_Information_Data"
      }
    }

    /// `Global_Personal_Information_Data`.
    public struct GlobalPersonalInformationData: Hashable, Sendable, Codable {
      /// `Date_of_Birth`.
      public var dateOfBirth: String?

      /// A value; every field is optional.
      public init(dateOfBirth: String? = nil) {
        self.dateOfBirth = dateOfBirth
      }

      private enum CodingKeys: String, CodingKey {
        case dateOfBirth = "Date_of_Birth"
      }
    }

    /// `Resume_Data`.
    public struct ResumeData: Hashable, Sendable, Codable {
      /// `Education_Data`.
      public var educationData: [Education]?
      /// `Skill_Data`.
      public var skillData: [Skill]?
      /// `Language_Data`.
      public var languageData: [LanguageEntry]?
      /// `Experience_Data`.
      public var experienceData: [Experience]?

      /// A value; every field is optional.
      public init(
        educationData: [Education]? = nil, skillData: [Skill]? = nil, languageData: [LanguageEntry]? = nil,
        experienceData: [Experience]? = nil
      ) {
        self.educationData = educationData
        self.skillData = skillData
        self.languageData = languageData
        self.experienceData = experienceData
      }

      private enum CodingKeys: String, CodingKey {
        case educationData = "Education_Data"
        case skillData = "Skill_Data"
        case languageData = "Language_Data"
        case experienceData = "Experience_Data"
      }
    }

    /// An entry of `Education_Data`.
    public struct Education: Hashable, Sendable, Codable {
      /// `School_Name`.
      public var schoolName: String?
      /// `First_Year_Attended`.
      public var firstYearAttended: Double?
      /// `Last_Year_Attended`.
      public var lastYearAttended: Double?
      /// `Field_of_Study_Reference`.
      public var fieldOfStudyReference: WIDReference?
      /// `Degree_Reference`.
      public var degreeReference: WIDReference?
      /// `Grade_Average`.
      public var gradeAverage: String?

      /// A value; every field is optional.
      public init(
        schoolName: String? = nil, firstYearAttended: Double? = nil, lastYearAttended: Double? = nil,
        fieldOfStudyReference: WIDReference? = nil, degreeReference: WIDReference? = nil,
        gradeAverage: String? = nil
      ) {
        self.schoolName = schoolName
        self.firstYearAttended = firstYearAttended
        self.lastYearAttended = lastYearAttended
        self.fieldOfStudyReference = fieldOfStudyReference
        self.degreeReference = degreeReference
        self.gradeAverage = gradeAverage
      }

      private enum CodingKeys: String, CodingKey {
        case schoolName = "School_Name"
        case firstYearAttended = "First_Year_Attended"
        case lastYearAttended = "Last_Year_Attended"
        case fieldOfStudyReference = "Field_of_Study_Reference"
        case degreeReference = "Degree_Reference"
        case gradeAverage = "Grade_Average"
      }
    }

    /// An entry of `Skill_Data`.
    public struct Skill: Hashable, Sendable, Codable {
      /// `Skill_Name`.
      public var skillName: String?

      /// A value; every field is optional.
      public init(skillName: String? = nil) {
        self.skillName = skillName
      }

      private enum CodingKeys: String, CodingKey {
        case skillName = "Skill_Name"
      }
    }

    /// An entry of `Language_Data`.
    public struct LanguageEntry: Hashable, Sendable, Codable {
      /// `Language_Reference`.
      public var languageReference: OptionalWIDReference?
      /// `Language`.
      public var language: Language?

      /// A value; every field is optional.
      public init(languageReference: OptionalWIDReference? = nil, language: Language? = nil) {
        self.languageReference = languageReference
        self.language = language
      }

      private enum CodingKeys: String, CodingKey {
        case languageReference = "Language_Reference"
        case language = "Language"
      }
    }

    /// A reference whose WID may be left out.
    public struct OptionalWIDReference: Hashable, Sendable, Codable {
      /// The Workday id (WID).
      public var wid: String?

      /// A value; every field is optional.
      public init(wid: String? = nil) {
        self.wid = wid
      }

      private enum CodingKeys: String, CodingKey {
        case wid = "WID"
      }
    }

    /// `Language`.
    public struct Language: Hashable, Sendable, Codable {
      /// `Language_Ability`; required.
      public var languageAbility: [LanguageAbility]
      /// `Native`.
      public var native: Bool?

      /// A value; only `languageAbility` required.
      public init(languageAbility: [LanguageAbility], native: Bool? = nil) {
        self.languageAbility = languageAbility
        self.native = native
      }

      private enum CodingKeys: String, CodingKey {
        case languageAbility = "Language_Ability"
        case native = "Native"
      }
    }

    /// An entry of `Language_Ability`.
    public struct LanguageAbility: Hashable, Sendable, Codable {
      /// `Language_Ability_Data`.
      public var languageAbilityData: LanguageAbilityData?

      /// A value; every field is optional.
      public init(languageAbilityData: LanguageAbilityData? = nil) {
        self.languageAbilityData = languageAbilityData
      }

      private enum CodingKeys: String, CodingKey {
        case languageAbilityData = "Language_Ability_Data"
      }
    }

    /// `Language_Ability_Data`.
    public struct LanguageAbilityData: Hashable, Sendable, Codable {
      /// `Language_Proficiency_Reference`.
      public var languageProficiencyReference: WIDReference?
      /// `Language_Ability_Type_Reference`.
      public var languageAbilityTypeReference: WIDReference?

      /// A value; every field is optional.
      public init(
        languageProficiencyReference: WIDReference? = nil, languageAbilityTypeReference: WIDReference? = nil
      ) {
        self.languageProficiencyReference = languageProficiencyReference
        self.languageAbilityTypeReference = languageAbilityTypeReference
      }

      private enum CodingKeys: String, CodingKey {
        case languageProficiencyReference = "Language_Proficiency_Reference"
        case languageAbilityTypeReference = "Language_Ability_Type_Reference"
      }
    }

    /// An entry of `Experience_Data`.
    public struct Experience: Hashable, Sendable, Codable {
      /// `Company_Name`; required.
      public var companyName: String
      /// `Title`; required.
      public var title: String
      /// `Start_Date`; required.
      public var startDate: KomboDateTime
      /// `Location`.
      public var location: String?
      /// `End_Date`.
      public var endDate: KomboDateTime?
      /// `Currently_Work_Here`.
      public var currentlyWorkHere: Bool?
      /// `Description`.
      public var description: String?

      /// A value; only `companyName`, `title`, `startDate` required.
      public init(
        companyName: String, title: String, startDate: KomboDateTime, location: String? = nil,
        endDate: KomboDateTime? = nil, currentlyWorkHere: Bool? = nil, description: String? = nil
      ) {
        self.companyName = companyName
        self.title = title
        self.startDate = startDate
        self.location = location
        self.endDate = endDate
        self.currentlyWorkHere = currentlyWorkHere
        self.description = description
      }

      private enum CodingKeys: String, CodingKey {
        case companyName = "Company_Name"
        case title = "Title"
        case startDate = "Start_Date"
        case location = "Location"
        case endDate = "End_Date"
        case currentlyWorkHere = "Currently_Work_Here"
        case description = "Description"
      }
    }

    /// `Contact_Data`.
    public struct ContactData: Hashable, Sendable, Codable {
      /// `Location_Data`.
      public var locationData: LocationData?

      /// A value; every field is optional.
      public init(locationData: LocationData? = nil) {
        self.locationData = locationData
      }

      private enum CodingKeys: String, CodingKey {
        case locationData = "Location_Data"
      }
    }

    /// `Location_Data`.
    public struct LocationData: Hashable, Sendable, Codable {
      /// `Address_Line_1`.
      public var addressLine1: String?
      /// `Address_Line_2`.
      public var addressLine2: String?
      /// `Postal_Code`.
      public var postalCode: String?
      /// `Region_Subdivision_1`.
      public var regionSubdivision1: String?
      /// `Country_Region_Reference`.
      public var countryRegionReference: CountryRegionReference?
      /// `Country_City_Reference`.
      public var countryCityReference: WIDReference?

      /// A value; every field is optional.
      public init(
        addressLine1: String? = nil, addressLine2: String? = nil, postalCode: String? = nil,
        regionSubdivision1: String? = nil, countryRegionReference: CountryRegionReference? = nil,
        countryCityReference: WIDReference? = nil
      ) {
        self.addressLine1 = addressLine1
        self.addressLine2 = addressLine2
        self.postalCode = postalCode
        self.regionSubdivision1 = regionSubdivision1
        self.countryRegionReference = countryRegionReference
        self.countryCityReference = countryCityReference
      }

      private enum CodingKeys: String, CodingKey {
        case addressLine1 = "Address_Line_1"
        case addressLine2 = "Address_Line_2"
        case postalCode = "Postal_Code"
        case regionSubdivision1 = "Region_Subdivision_1"
        case countryRegionReference = "Country_Region_Reference"
        case countryCityReference = "Country_City_Reference"
      }
    }

    /// `Country_Region_Reference`.
    public struct CountryRegionReference: Hashable, Sendable, Codable {
      /// `Country_Region_ID`.
      public var countryRegionID: String

      /// A value; only `countryRegionID` required.
      public init(countryRegionID: String) {
        self.countryRegionID = countryRegionID
      }

      private enum CodingKeys: String, CodingKey {
        case countryRegionID = "Country_Region_ID"
      }
    }

    /// `Worker_Reference`: an existing worker.
    public struct WorkerReference: Hashable, Sendable, Codable {
      /// The worker's WID.
      public var wid: String?
      /// `Employee_ID`.
      public var employeeID: String?

      /// A value; every field is optional.
      public init(wid: String? = nil, employeeID: String? = nil) {
        self.wid = wid
        self.employeeID = employeeID
      }

      private enum CodingKeys: String, CodingKey {
        case wid = "WID"
        case employeeID = "Employee_ID"
      }
    }

    /// A value; every field is optional.
    public init(candidateData: CandidateData? = nil, overrideSourceReferenceWID: String? = nil) {
      self.candidateData = candidateData
      self.overrideSourceReferenceWID = overrideSourceReferenceWID
    }

    private enum CodingKeys: String, CodingKey {
      case candidateData = "Candidate_Data"
      case overrideSourceReferenceWID = "Override_Source_Reference_WID"
    }
  }
}
