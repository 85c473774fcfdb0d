// The `RemoteFields` types with typed keys (Workday's are in RemoteFields+Workday.swift).

extension RemoteFields {
  /// Fields for SAP SuccessFactors.
  public struct SuccessFactors: Hashable, Sendable, Codable {
    /// Fields passed through to SuccessFactors' `Candidate` object.
    public var candidate: JSONObject?
    /// Fields passed through to SuccessFactors' `JobApplication` object.
    public var jobApplication: JSONObject?
    /// Whether to copy custom attachments from the JobApplication to the Candidate.
    public var copyJobApplicationAttachments: Bool?
    /// Whether to update an existing Candidate with the fields under ``candidate``.
    public var updateExistingCandidate: Bool?

    /// A value; every field is optional.
    public init(
      candidate: JSONObject? = nil, jobApplication: JSONObject? = nil,
      copyJobApplicationAttachments: Bool? = nil, updateExistingCandidate: Bool? = nil
    ) {
      self.candidate = candidate
      self.jobApplication = jobApplication
      self.copyJobApplicationAttachments = copyJobApplicationAttachments
      self.updateExistingCandidate = updateExistingCandidate
    }

    private enum CodingKeys: String, CodingKey {
      case copyJobApplicationAttachments
      case candidate = "Candidate"
      case jobApplication = "JobApplication"
      case updateExistingCandidate = "update_existing_candidate"
    }
  }

  /// Fields for Teamtailor.
  public struct Teamtailor: Hashable, Sendable, Codable {
    /// Fields passed through to Teamtailor's Candidate object.
    public var candidate: JSONObject?
    /// Fields for Teamtailor's job application.
    public var application: Application?

    /// Teamtailor's job application.
    public struct Application: Hashable, Sendable, Codable {
      /// Attributes passed through to the job application.
      public var attributes: JSONObject?

      /// A value; every field is optional.
      public init(attributes: JSONObject? = nil) {
        self.attributes = attributes
      }
    }

    /// A value; every field is optional.
    public init(candidate: JSONObject? = nil, application: Application? = nil) {
      self.candidate = candidate
      self.application = application
    }
  }

  /// Fields for Greenhouse.
  public struct Greenhouse: Hashable, Sendable, Codable {
    /// Headers sent with Kombo's POST requests to Greenhouse.
    public var postHeaders: PostHeaders?

    /// Headers for Greenhouse.
    public struct PostHeaders: Hashable, Sendable, Codable {
      /// The Greenhouse user shown as performing the action (overrides Kombo's default).
      public var onBehalfOf: String?

      /// A value; every field is optional.
      public init(onBehalfOf: String? = nil) {
        self.onBehalfOf = onBehalfOf
      }

      private enum CodingKeys: String, CodingKey {
        case onBehalfOf = "On-Behalf-Of"
      }
    }

    /// A value; every field is optional.
    public init(postHeaders: PostHeaders? = nil) {
      self.postHeaders = postHeaders
    }

    private enum CodingKeys: String, CodingKey {
      case postHeaders = "post_headers"
    }
  }

  /// Fields for Workable.
  public struct Workable: Hashable, Sendable, Codable {
    /// The Workable user the candidate is created on behalf of.
    public var onBehalfOfUserRemoteID: String?

    /// A value; every field is optional.
    public init(onBehalfOfUserRemoteID: String? = nil) {
      self.onBehalfOfUserRemoteID = onBehalfOfUserRemoteID
    }

    private enum CodingKeys: String, CodingKey {
      case onBehalfOfUserRemoteID = "on_behalf_of_user_remote_id"
    }
  }

  /// Fields for Bullhorn.
  public struct Bullhorn: Hashable, Sendable, Codable {
    /// Fields passed through to Bullhorn's Candidate object.
    public var candidate: JSONObject?
    /// Fields passed through to Bullhorn's JobSubmission object.
    public var jobSubmission: JSONObject?
    /// The Bullhorn id of an existing candidate to apply with.
    public var existingCandidateRemoteID: String?

    /// A value; every field is optional.
    public init(
      candidate: JSONObject? = nil, jobSubmission: JSONObject? = nil,
      existingCandidateRemoteID: String? = nil
    ) {
      self.candidate = candidate
      self.jobSubmission = jobSubmission
      self.existingCandidateRemoteID = existingCandidateRemoteID
    }

    private enum CodingKeys: String, CodingKey {
      case candidate
      case jobSubmission = "job_submission"
      case existingCandidateRemoteID = "existing_candidate_remote_id"
    }
  }

  /// Fields for SmartRecruiters.
  public struct SmartRecruiters: Hashable, Sendable, Codable {
    /// Fields passed through to SmartRecruiters' Candidate object.
    public var candidate: JSONObject?
    /// Deprecated: the Candidate object when created with screening question answers.
    public var candidateWithQuestions: JSONObject?
    /// Deprecated: the Candidate object when created without screening question answers.
    public var candidateWithoutQuestions: JSONObject?
    /// The candidate's consent decisions.
    public var consentDecisions: ConsentDecisions?

    /// SmartRecruiters consent decisions: `SINGLE`, or the per-purpose keys.
    public struct ConsentDecisions: Hashable, Sendable, Codable {
      /// One consent for everything.
      public var single: Bool?
      /// Consent for SmartRecruit.
      public var smartRecruit: Bool?
      /// Consent for SmartCRM.
      public var smartCRM: Bool?
      /// Consent for text messages.
      public var smartMessageSMS: Bool?
      /// Consent for WhatsApp messages.
      public var smartMessageWhatsApp: Bool?

      /// A value; every field is optional.
      public init(
        single: Bool? = nil, smartRecruit: Bool? = nil, smartCRM: Bool? = nil, smartMessageSMS: Bool? = nil,
        smartMessageWhatsApp: Bool? = nil
      ) {
        self.single = single
        self.smartRecruit = smartRecruit
        self.smartCRM = smartCRM
        self.smartMessageSMS = smartMessageSMS
        self.smartMessageWhatsApp = smartMessageWhatsApp
      }

      private enum CodingKeys: String, CodingKey {
        case single = "SINGLE"
        case smartRecruit = "SMART_RECRUIT"
        case smartCRM = "SMART_CRM"
        case smartMessageSMS = "SMART_MESSAGE_SMS"
        case smartMessageWhatsApp = "SMART_MESSAGE_WHATSAPP"
      }
    }

    /// A value; every field is optional.
    public init(
      candidate: JSONObject? = nil, candidateWithQuestions: JSONObject? = nil,
      candidateWithoutQuestions: JSONObject? = nil, consentDecisions: ConsentDecisions? = nil
    ) {
      self.candidate = candidate
      self.candidateWithQuestions = candidateWithQuestions
      self.candidateWithoutQuestions = candidateWithoutQuestions
      self.consentDecisions = consentDecisions
    }

    private enum CodingKeys: String, CodingKey {
      case candidate
      case candidateWithQuestions = "candidate_with_questions"
      case candidateWithoutQuestions = "candidate_without_questions"
      case consentDecisions = "consent_decisions"
    }
  }

  /// Fields for Jobylon.
  public struct Jobylon: Hashable, Sendable, Codable {
    /// Fields for Jobylon's application.
    public var application: Application?

    /// Jobylon's application.
    public struct Application: Hashable, Sendable, Codable {
      /// The candidate's message.
      public var message: String?

      /// A value; every field is optional.
      public init(message: String? = nil) {
        self.message = message
      }
    }

    /// A value; every field is optional.
    public init(application: Application? = nil) {
      self.application = application
    }
  }

  /// Fields for Avature.
  public struct Avature: Hashable, Sendable, Codable {
    /// Fields passed through to Avature's candidate object.
    public var candidate: JSONObject?
    /// Where the application enters Avature's workflow.
    public var workflow: Workflow?

    /// Avature's workflow position.
    public struct Workflow: Hashable, Sendable, Codable {
      /// The workflow step.
      public var step: Step?

      /// An Avature workflow step.
      public struct Step: Hashable, Sendable, Codable {
        /// The step's Avature id.
        public var id: Int

        /// A value; only `id` required.
        public init(id: Int) {
          self.id = id
        }
      }

      /// A value; every field is optional.
      public init(step: Step? = nil) {
        self.step = step
      }
    }

    /// A value; every field is optional.
    public init(candidate: JSONObject? = nil, workflow: Workflow? = nil) {
      self.candidate = candidate
      self.workflow = workflow
    }
  }

  /// Fields for Recruitee.
  public struct Recruitee: Hashable, Sendable, Codable {
    /// Fields for Recruitee's candidate.
    public var candidate: Candidate?

    /// Recruitee's candidate.
    public struct Candidate: Hashable, Sendable, Codable {
      /// A cover letter as text.
      public var coverLetterText: String?

      /// A value; every field is optional.
      public init(coverLetterText: String? = nil) {
        self.coverLetterText = coverLetterText
      }

      private enum CodingKeys: String, CodingKey {
        case coverLetterText = "cover_letter_text"
      }
    }

    /// A value; every field is optional.
    public init(candidate: Candidate? = nil) {
      self.candidate = candidate
    }
  }

  /// Fields for P&I Loga.
  public struct PILoga: Hashable, Sendable, Codable {
    /// Fields for P&I Loga's candidate.
    public var candidate: Candidate?

    /// P&I Loga's candidate.
    public struct Candidate: Hashable, Sendable, Codable {
      /// The street.
      public var street: String?
      /// The date of birth (`geburtsdatum`).
      public var dateOfBirth: KomboDateTime?

      /// A value; every field is optional.
      public init(street: String? = nil, dateOfBirth: KomboDateTime? = nil) {
        self.street = street
        self.dateOfBirth = dateOfBirth
      }

      private enum CodingKeys: String, CodingKey {
        case street
        case dateOfBirth = "geburtsdatum"
      }
    }

    /// A value; every field is optional.
    public init(candidate: Candidate? = nil) {
      self.candidate = candidate
    }
  }

  /// Fields for Coveto (REST).
  public struct Covetorest: Hashable, Sendable, Codable {
    /// Fields for Coveto's candidate.
    public var candidate: Candidate?

    /// Coveto's candidate.
    public struct Candidate: Hashable, Sendable, Codable {
      /// The client (Mandant) number.
      public var mandant: Double?
      /// The status number.
      public var status: Int?
      /// Whether the candidate is active.
      public var aktiv: Aktiv?

      /// Coveto's yes/no (closed enum).
      public enum Aktiv: String, CaseIterable, Hashable, Sendable, Codable {
        /// `Ja`.
        case ja = "Ja"
        /// `Nein`.
        case nein = "Nein"
      }

      /// A value; every field is optional.
      public init(mandant: Double? = nil, status: Int? = nil, aktiv: Aktiv? = nil) {
        self.mandant = mandant
        self.status = status
        self.aktiv = aktiv
      }
    }

    /// A value; every field is optional.
    public init(candidate: Candidate? = nil) {
      self.candidate = candidate
    }
  }

  /// Fields for Recruit CRM.
  public struct RecruitCRM: Hashable, Sendable, Codable {
    /// Custom field values.
    public var customFields: [CustomField]?

    /// A Recruit CRM custom field value.
    public struct CustomField: Hashable, Sendable, Codable {
      /// The field's id.
      public var fieldID: Int
      /// The value.
      public var value: String
      /// The entity the field belongs to.
      public var entityType: String?
      /// The field's name.
      public var fieldName: String?
      /// The field's type.
      public var fieldType: String?

      /// A value; only `fieldID`, `value` required.
      public init(
        fieldID: Int, value: String, entityType: String? = nil, fieldName: String? = nil,
        fieldType: String? = nil
      ) {
        self.fieldID = fieldID
        self.value = value
        self.entityType = entityType
        self.fieldName = fieldName
        self.fieldType = fieldType
      }

      private enum CodingKeys: String, CodingKey {
        case value
        case fieldID = "field_id"
        case entityType = "entity_type"
        case fieldName = "field_name"
        case fieldType = "field_type"
      }
    }

    /// A value; every field is optional.
    public init(customFields: [CustomField]? = nil) {
      self.customFields = customFields
    }

    private enum CodingKeys: String, CodingKey {
      case customFields = "custom_fields"
    }
  }
}
