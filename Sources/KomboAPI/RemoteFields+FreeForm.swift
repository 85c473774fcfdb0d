// The `RemoteFields` types of ATSs that take only free-form objects.

extension RemoteFields {
  /// Fields with only a free-form candidate object (Lever, Zoho Recruit, GuideCom). Lever expects
  /// form-data style keys and values.
  public struct CandidatePassThrough: Hashable, Sendable, Codable {
    /// Fields passed through to the ATS's candidate object.
    public var candidate: JSONObject?

    /// A value; every field is optional.
    public init(candidate: JSONObject? = nil) {
      self.candidate = candidate
    }
  }

  /// Fields for d.vinci.
  public struct DVinci: Hashable, Sendable, Codable {
    /// Fields passed through to d.vinci's application object.
    public var application: JSONObject?

    /// A value; every field is optional.
    public init(application: JSONObject? = nil) {
      self.application = application
    }
  }

  /// Fields for Personio.
  public struct Personio: Hashable, Sendable, Codable {
    /// Fields passed through to Personio's application object.
    public var application: JSONObject?

    /// A value; every field is optional.
    public init(application: JSONObject? = nil) {
      self.application = application
    }
  }

  /// Fields for CEGID TalentSoft.
  public struct TalentSoft: Hashable, Sendable, Codable {
    /// Fields passed through to TalentSoft's applicant object.
    public var applicant: JSONObject?
    /// Fields passed through to TalentSoft's application object.
    public var application: JSONObject?

    /// A value; every field is optional.
    public init(applicant: JSONObject? = nil, application: JSONObject? = nil) {
      self.applicant = applicant
      self.application = application
    }
  }

  /// Fields for Lever.
  public typealias Lever = CandidatePassThrough

  /// Fields for Zoho Recruit.
  public typealias ZohoRecruit = CandidatePassThrough

  /// Fields for TalentAdore.
  public struct TalentAdore: Hashable, Sendable, Codable {
    /// Fields passed through when TalentAdore creates the application.
    public var applications: JSONObject?

    /// A value; every field is optional.
    public init(applications: JSONObject? = nil) {
      self.applications = applications
    }
  }

  /// Fields for GuideCom.
  public typealias GuideCom = CandidatePassThrough

  /// Fields for HRworks.
  public struct HRworks: Hashable, Sendable, Codable {
    /// Fields passed through to HRworks' job application object.
    public var jobApplication: JSONObject?

    /// A value; every field is optional.
    public init(jobApplication: JSONObject? = nil) {
      self.jobApplication = jobApplication
    }
  }

  /// Fields for Haufe Umantis.
  public struct Umantis: Hashable, Sendable, Codable {
    /// Fields passed through to Umantis' person object.
    public var person: JSONObject?

    /// A value; every field is optional.
    public init(person: JSONObject? = nil) {
      self.person = person
    }
  }
}
