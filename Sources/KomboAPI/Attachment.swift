/// A file sent with the application (`attachments[]`).
///
/// The first `CV` becomes the previewable resume where the ATS supports it. Kombo's guide advises
/// keeping all attachments together under about 10 MB.
public struct Attachment: Hashable, Sendable, Codable {
  /// The file name with extension, e.g. `Resume.pdf`.
  public var name: String
  /// What the file is.
  public var type: Kind
  /// The MIME type (`^[\w.-]+/[\w.-]+$`); required with ``FileContent/base64(_:)``; avoid
  /// `application/octet-stream`.
  public var contentType: String?
  /// The bytes or where to fetch them.
  public var content: FileContent

  /// What an attachment is (closed enum).
  public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
    /// `CV`: a résumé.
    case cv = "CV"
    /// `COVER_LETTER`.
    case coverLetter = "COVER_LETTER"
    /// `OTHER`.
    case other = "OTHER"
  }

  /// An attachment.
  public init(name: String, type: Kind, contentType: String? = nil, content: FileContent) {
    self.name = name
    self.type = type
    self.contentType = contentType
    self.content = content
  }

  private enum CodingKeys: String, CodingKey {
    case type
  }

  /// Decodes `type` and the file keys shared with ``ScreeningAnswer/FileAnswer``.
  public init(from decoder: any Decoder) throws {
    type = try decoder.container(keyedBy: CodingKeys.self).decode(Kind.self, forKey: .type)
    let file = try ScreeningAnswer.FileAnswer(from: decoder)
    (name, contentType, content) = (file.name, file.contentType, file.content)
  }

  /// Encodes the set keys; `content_type` is left out when `nil`.
  public func encode(to encoder: any Encoder) throws {
    try ScreeningAnswer.FileAnswer(name: name, contentType: contentType, content: content).encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(type, forKey: .type)
  }
}
