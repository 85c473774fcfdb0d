/// Per-ATS pass-through fields of a create-application body (`remote_fields`).
///
/// One optional property per ATS key of the `remote_fields` schema in Kombo's OpenAPI description, each
/// a typed struct with the exact wire key names (several are not snake_case: `Candidate`,
/// `JobApplication`, `On-Behalf-Of`, `Candidate_Data`, `jobApplication`). Free-form objects are
/// ``JSONObject``s. Unset properties are left out of the JSON.
///
/// The spec decides which tools and keys exist: the Python SDK 1.4.0 also models `greenhousev3`,
/// `rexx`, `pinpoint`, `covetorest`, `afas`, `recruitcrm`, `avature.candidate`, `dvinci.candidate`,
/// `bullhorn.existing_candidate_remote_id` and `smartrecruiters.consent_decisions`, which the spec does
/// not define, so they are not offered or sent; it lacks the spec's `greenhouse.candidate`,
/// `greenhouse.application` and `workable.candidate`, which are. Where the spec is silent on a value's
/// shape, the SDK's is followed.
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
  /// Haufe Umantis.
  public var umantis: Umantis?
  /// P&I Loga.
  public var piloga: PILoga?

  /// Remote fields; every ATS defaults to `nil`.
  public init(
    successfactors: SuccessFactors? = nil, personio: Personio? = nil, talentsoft: TalentSoft? = nil,
    teamtailor: Teamtailor? = nil, greenhouse: Greenhouse? = nil, lever: Lever? = nil,
    workable: Workable? = nil, workday: Workday? = nil, zohorecruit: ZohoRecruit? = nil,
    bullhorn: Bullhorn? = nil, smartrecruiters: SmartRecruiters? = nil, talentadore: TalentAdore? = nil,
    guidecom: GuideCom? = nil, dvinci: DVinci? = nil, hrworks: HRworks? = nil, jobylon: Jobylon? = nil,
    avature: Avature? = nil, recruitee: Recruitee? = nil, umantis: Umantis? = nil, piloga: PILoga? = nil
  ) {
    self.successfactors = successfactors
    self.personio = personio
    self.talentsoft = talentsoft
    self.teamtailor = teamtailor
    self.greenhouse = greenhouse
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
    self.umantis = umantis
    self.piloga = piloga
  }

  /// Whether no ATS has fields set.
  public var isEmpty: Bool { self == RemoteFields() }

  /// The ATS keys `remote_fields` accepts and, for each, the keys its object accepts (wire names).
  ///
  /// Keyed by tool slug; a form can offer these. Nested typed objects (`post_headers`,
  /// `Candidate_Data`, …) are described by the corresponding structs.
  public static let acceptedKeys: [String: [String]] = [
    "successfactors": [
      "Candidate", "JobApplication", "copyJobApplicationAttachments", "update_existing_candidate",
    ],
    "personio": ["application"],
    "talentsoft": ["applicant", "application"],
    "teamtailor": ["candidate", "application"],
    "greenhouse": ["candidate", "application", "post_headers"],
    "lever": ["candidate"],
    "workable": ["candidate", "on_behalf_of_user_remote_id"],
    "workday": ["Candidate_Data", "Override_Source_Reference_WID"],
    "zohorecruit": ["candidate"],
    "bullhorn": ["candidate", "job_submission"],
    "smartrecruiters": ["candidate", "candidate_with_questions", "candidate_without_questions"],
    "talentadore": ["applications"],
    "guidecom": ["candidate"],
    "dvinci": ["application"],
    "hrworks": ["jobApplication"],
    "jobylon": ["application"],
    "avature": ["workflow"],
    "recruitee": ["candidate"],
    "umantis": ["person"],
    "piloga": ["candidate"],
  ]
}
