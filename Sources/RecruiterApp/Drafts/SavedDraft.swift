public import ApplyCore
public import Foundation

/// What an autosave writes to the `DraftStore`: the draft itself and what resuming needs besides it
/// (the job's name for lists, the step and field the user was on, the integration it was made for).
///
/// The JSON is the `ApplicationDraft`'s own, with one more key, `resume`, holding the rest; so the
/// payload still decodes as a plain `ApplicationDraft`, as the store documents.
///
/// Holds candidate data: it goes only to the private state database, never to logs or messages.
public struct SavedDraft: Hashable, Sendable, Codable {
  /// The application being prepared.
  public var draft: ApplicationDraft
  /// The job's name when it was chosen, for the resume prompt and the drafts list.
  public var jobName: String?
  /// The step the user was on (a screen name of the app), to resume there.
  public var step: String?
  /// The field that had focus (its `FieldPath` key), to resume there.
  public var focus: String?
  /// The integration the draft was made for (job ids belong to one integration).
  public var integrationID: String?

  /// A saved draft.
  public init(
    draft: ApplicationDraft, jobName: String? = nil, step: String? = nil, focus: String? = nil,
    integrationID: String? = nil
  ) {
    self.draft = draft
    self.jobName = jobName
    self.step = step
    self.focus = focus
    self.integrationID = integrationID
  }

  private enum CodingKeys: String, CodingKey {
    case resume
  }

  private struct Resume: Codable {
    var jobName: String?
    var step: String?
    var focus: String?
    var integrationID: String?
  }

  /// Decodes the draft and its `resume` facts (missing in a plain draft).
  public init(from decoder: any Decoder) throws {
    let resume = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(Resume.self, forKey: .resume)
    self.init(
      draft: try ApplicationDraft(from: decoder), jobName: resume?.jobName, step: resume?.step,
      focus: resume?.focus,
      integrationID: resume?.integrationID)
  }

  /// Encodes the draft's keys and `resume`.
  public func encode(to encoder: any Encoder) throws {
    try draft.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(
      Resume(jobName: jobName, step: step, focus: focus, integrationID: integrationID), forKey: .resume)
  }

  /// The candidate's name as typed, for lists; nil while neither part is typed.
  public var candidateName: String? {
    let name = [draft.candidate.firstName, draft.candidate.lastName]
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
      .joined(separator: " ")
    return name.isEmpty ? nil : name
  }

  /// The job as typed, nil while none is chosen.
  public var jobReference: String? {
    let job = draft.job.trimmed
    return job.isEmpty ? nil : job
  }

  /// The row the store lists, for a save at `date`.
  public func summary(id: String, at date: Date) -> DraftSummary {
    DraftSummary(id: id, jobReference: jobReference, candidateName: candidateName, updatedAt: date)
  }

  /// The JSON written to the store.
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(self)
  }

  /// Reads a stored payload.
  public static func decode(_ data: Data) throws -> SavedDraft {
    try JSONDecoder().decode(SavedDraft.self, from: data)
  }
}
