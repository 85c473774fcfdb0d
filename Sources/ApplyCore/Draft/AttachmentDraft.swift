public import KomboAPI

/// A file the user attached: a local file or a URL, what it is (CV, cover letter, other) and the name
/// to send it under.
public struct AttachmentDraft: Hashable, Sendable, Codable {
  /// The file and the name it is sent under.
  public var file: FileReference
  /// CV, cover letter or other.
  public var type: Attachment.Kind

  /// An attachment of `file`.
  public init(file: FileReference, type: Attachment.Kind) {
    self.file = file
    self.type = type
  }

  /// A local file at `path` of `type`, sent under `name` (empty: the file's own name).
  public init(path: String, type: Attachment.Kind, name: String = "") {
    self.init(file: FileReference(path: path, name: name), type: type)
  }

  /// A file Kombo downloads from `url`, of `type`, sent under `name` (empty: from the URL).
  public init(url: String, type: Attachment.Kind, name: String = "") {
    self.init(file: FileReference(url: url, name: name), type: type)
  }
}
