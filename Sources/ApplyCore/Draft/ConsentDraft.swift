/// The candidate's consent to the processing of their data (GDPR), as entered.
public struct ConsentDraft: Hashable, Sendable, Codable {
  /// Whether the candidate gave consent.
  public var given: Bool
  /// Until when, as typed (`2027-01-31`); empty for no end date.
  public var expiresAt: String

  /// A consent record.
  public init(given: Bool, expiresAt: String = "") {
    self.given = given
    self.expiresAt = expiresAt
  }

  private enum CodingKeys: String, CodingKey {
    case given, expiresAt
  }

  /// Decodes a saved consent; a missing end date is empty.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      given: try container.value(.given, or: false), expiresAt: try container.value(.expiresAt, or: ""))
  }
}
