import ApplyCore

/// What the attachments screen knows about a local file, found by `ContentDetector` in an effect:
/// its size, what its bytes are, and why it cannot be sent as named, if it cannot.
public struct FileFacts: Hashable, Sendable {
  /// The size in bytes, when the file could be read.
  public let size: Int?
  /// What the content is, e.g. "PDF document" or "plain text".
  public let content: String
  /// Why the file cannot be sent (unreadable, empty, named unlike its content), else nil.
  public let problem: String?
  /// The MIME type it is sent as, when it can be sent.
  public var mimeType: String? = nil

  /// The facts of the file at `path`, judged by the extension of `name` (the path's own when it has
  /// one, as the core judges it).
  static func detect(path: String, name: String, fileSystem: any FileSystem) -> FileFacts {
    let detection: ContentDetection
    do {
      detection = try ContentDetector.detect(path: path, name: name, fileSystem: fileSystem)
    } catch {
      return FileFacts(size: nil, content: "unreadable", problem: error.description)
    }
    let content = detection.content?.label ?? detection.contentDescription
    switch detection.verdict {
    case .success(let type):
      return FileFacts(size: detection.size, content: content, problem: nil, mimeType: type.mimeType)
    case .failure(let problem):
      let shown = path.split(separator: "/").last.map(String.init) ?? path
      return FileFacts(size: detection.size, content: content, problem: problem.message(fileName: shown))
    }
  }

  /// The name whose extension the core judges a local file by: the path's, or the name it is sent
  /// under when the path has none.
  static func typeName(path: String, sendName: String) -> String {
    ContentType.fileExtension(of: path) == nil && !sendName.isEmpty ? sendName : path
  }
}
