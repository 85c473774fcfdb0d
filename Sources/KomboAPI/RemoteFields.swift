/// Per-ATS pass-through fields of a create-application body (`remote_fields`).
///
/// One optional property per ATS key Kombo documents, each a typed struct with the exact wire key
/// names (several are not snake_case: `Candidate`, `JobApplication`, `On-Behalf-Of`,
/// `Candidate_Data`, `jobApplication`, `Fields`). Free-form objects are ``JSONObject``s. Unset
/// properties are left out of the JSON.
///
/// ```swift
/// var fields = RemoteFields()
/// fields.greenhouse = .init(postHeaders: .init(onBehalfOf: "4080"))
/// fields.successfactors = .init(candidate: ["customField": "x"], copyJobApplicationAttachments: true)
/// ```
///
/// ``acceptedKeys`` lists the same keys as data.
public struct RemoteFields: Hashable, Sendable, Codable {
  /// SAP SuccessFactors.
  public var successfactors: SuccessFactors?
  /// Personio.
  public var personio: Personio?
  /// CEGID TalentSoft.
  public var talentsoft: TalentSoft?
  /// Teamtailor.
  public var teamtailor: Teamtailor?
  /// Greenhouse.
  public var greenhouse: Greenhouse?
  /// Greenhouse (API v3).
  public var greenhousev3: GreenhouseV3?
  /// Lever.
  public var lever: Lever?
  /// Workable.
  public var workable: Workable?
  /// Workday.
  public var workday: Workday?
  /// Zoho Recruit.
  public var zohorecruit: ZohoRecruit?
  /// Bullhorn.
  public var bullhorn: Bullhorn?
  /// SmartRecruiters.
  public var smartrecruiters: SmartRecruiters?
  /// TalentAdore.
  public var talentadore: TalentAdore?
  /// GuideCom.
  public var guidecom: GuideCom?
  /// d.vinci.
  public var dvinci: DVinci?
  /// HRworks.
  public var hrworks: HRworks?
  /// Jobylon.
  public var jobylon: Jobylon?
  /// Avature.
  public var avature: Avature?
  /// Recruitee.
  public var recruitee: Recruitee?
  /// rexx systems.
  public var rexx: Rexx?
  /// Haufe Umantis.
  public var umantis: Umantis?
  /// P&I Loga.
  public var piloga: PILoga?
  /// Pinpoint.
  public var pinpoint: Pinpoint?
  /// Coveto.
  public var covetorest: Covetorest?
  /// AFAS Software.
  public var afas: AFAS?
  /// Recruit CRM.
  public var recruitcrm: RecruitCRM?

  /// Remote fields; every ATS defaults to `nil`.
  public init(
    successfactors: SuccessFactors? = nil, personio: Personio? = nil, talentsoft: TalentSoft? = nil,
    teamtailor: Teamtailor? = nil, greenhouse: Greenhouse? = nil, greenhousev3: GreenhouseV3? = nil,
    lever: Lever? = nil, workable: Workable? = nil, workday: Workday? = nil,
    zohorecruit: ZohoRecruit? = nil, bullhorn: Bullhorn? = nil, smartrecruiters: SmartRecruiters? = nil,
    talentadore: TalentAdore? = nil, guidecom: GuideCom? = nil, dvinci: DVinci? = nil,
    hrworks: HRworks? = nil, jobylon: Jobylon? = nil, avature: Avature? = nil, recruitee: Recruitee? = nil,
    rexx: Rexx? = nil, umantis: Umantis? = nil, piloga: PILoga? = nil, pinpoint: Pinpoint? = nil,
    covetorest: Covetorest? = nil, afas: AFAS? = nil, recruitcrm: RecruitCRM? = nil
  ) {
    self.successfactors = successfactors
    self.personio = personio
    self.talentsoft = talentsoft
    self.teamtailor = teamtailor
    self.greenhouse = greenhouse
    self.greenhousev3 = greenhousev3
    self.lever = lever
    self.workable = workable
    self.workday = workday
    self.zohorecruit = zohorecruit
    self.bullhorn = bullhorn
    self.smartrecruiters = smartrecruiters
    self.talentadore = talentadore
    self.guidecom = guidecom
    self.dvinci = dvinci
    self.hrworks = hrworks
    self.jobylon = jobylon
    self.avature = avature
    self.recruitee = recruitee
    self.rexx = rexx
    self.umantis = umantis
    self.piloga = piloga
    self.pinpoint = pinpoint
    self.covetorest = covetorest
    self.afas = afas
    self.recruitcrm = recruitcrm
  }

  /// Whether no ATS has fields set.
  public var isEmpty: Bool { self == RemoteFields() }

  /// The ATS keys `remote_fields` accepts and, for each, the keys its object accepts (wire names).
  ///
  /// Keyed by tool slug. A sandbox can warn about other keys; a form can offer these. Nested
  /// typed objects (`post_headers`, `Candidate_Data`, `consent_decisions`, …) are described by the
  /// corresponding structs.
  public static let acceptedKeys: [String: [String]] = [
    "successfactors": [
      "Candidate", "JobApplication", "copyJobApplicationAttachments", "update_existing_candidate",
    ],
    "personio": ["application"],
    "talentsoft": ["applicant", "application"],
    "teamtailor": ["candidate", "application"],
    "greenhouse": ["post_headers"],
    "greenhousev3": ["candidate", "application"],
    "lever": ["candidate"],
    "workable": ["on_behalf_of_user_remote_id"],
    "workday": ["Candidate_Data", "Override_Source_Reference_WID"],
    "zohorecruit": ["candidate"],
    "bullhorn": ["candidate", "job_submission", "existing_candidate_remote_id"],
    "smartrecruiters": [
      "candidate", "candidate_with_questions", "candidate_without_questions", "consent_decisions",
    ],
    "talentadore": ["applications"],
    "guidecom": ["candidate"],
    "dvinci": ["application", "candidate"],
    "hrworks": ["jobApplication"],
    "jobylon": ["application"],
    "avature": ["candidate", "workflow"],
    "recruitee": ["candidate"],
    "rexx": ["candidate"],
    "umantis": ["person"],
    "piloga": ["candidate"],
    "pinpoint": ["candidate"],
    "covetorest": ["candidate"],
    "afas": ["Fields"],
    "recruitcrm": ["custom_fields"],
  ]
}
