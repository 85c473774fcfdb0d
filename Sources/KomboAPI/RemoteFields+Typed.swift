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
    /// Fields passed through to Greenhouse's Candidate object.
    public var candidate: JSONObject?
    /// Fields passed through to Greenhouse's Application object.
    public var application: JSONObject?
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
    public init(candidate: JSONObject? = nil, application: JSONObject? = nil, postHeaders: PostHeaders? = nil)
    {
      self.candidate = candidate
      self.application = application
      self.postHeaders = postHeaders
    }

    private enum CodingKeys: String, CodingKey {
      case candidate, application
      case postHeaders = "post_headers"
    }
  }

  /// Fields for Workable.
  public struct Workable: Hashable, Sendable, Codable {
    /// Fields passed through to Workable's Candidate object.
    public var candidate: JSONObject?
    /// The Workable user the candidate is created on behalf of.
    public var onBehalfOfUserRemoteID: String?

    /// A value; every field is optional.
    public init(candidate: JSONObject? = nil, onBehalfOfUserRemoteID: String? = nil) {
      self.candidate = candidate
      self.onBehalfOfUserRemoteID = onBehalfOfUserRemoteID
    }

    private enum CodingKeys: String, CodingKey {
      case candidate
      case onBehalfOfUserRemoteID = "on_behalf_of_user_remote_id"
    }
  }

  /// Fields for Bullhorn.
  public struct Bullhorn: Hashable, Sendable, Codable {
    /// Fields passed through to Bullhorn's Candidate object.
    public var candidate: JSONObject?
    /// Fields passed through to Bullhorn's JobSubmission object.
    public var jobSubmission: JSONObject?

    /// A value; every field is optional.
    public init(candidate: JSONObject? = nil, jobSubmission: JSONObject? = nil) {
      self.candidate = candidate
      self.jobSubmission = jobSubmission
    }

    private enum CodingKeys: String, CodingKey {
      case candidate
      case jobSubmission = "job_submission"
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

    /// A value; every field is optional.
    public init(
      candidate: JSONObject? = nil, candidateWithQuestions: JSONObject? = nil,
      candidateWithoutQuestions: JSONObject? = nil
    ) {
      self.candidate = candidate
      self.candidateWithQuestions = candidateWithQuestions
      self.candidateWithoutQuestions = candidateWithoutQuestions
    }

    private enum CodingKeys: String, CodingKey {
      case candidate
      case candidateWithQuestions = "candidate_with_questions"
      case candidateWithoutQuestions = "candidate_without_questions"
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
    public init(workflow: Workflow? = nil) {
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
}
