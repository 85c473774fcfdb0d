/// Where a file to send comes from: a path on this machine (read and base64-encoded when the body is
/// built) or a URL Kombo downloads itself (`data_url`).
public enum FileSource: Hashable, Sendable {
  /// A local file path, as typed.
  case path(String)
  /// A web address, as typed.
  case url(String)
}

/// A file to send (an attachment's file or a FILE answer): its source and the name to send it under.
public struct FileReference: Hashable, Sendable, Codable {
  /// Where the bytes come from.
  public var source: FileSource
  /// The file name to send, with extension (`Resume.pdf`); empty means "the file's own name" (the last
  /// component of the path or URL).
  public var name: String

  /// A local file sent under `name` (empty: its own name).
  public init(path: String, name: String = "") {
    self.source = .path(path)
    self.name = name
  }

  /// A file Kombo downloads from `url`, sent under `name` (empty: the URL's last path component).
  public init(url: String, name: String = "") {
    self.source = .url(url)
    self.name = name
  }

  private enum CodingKeys: String, CodingKey {
    case path, url, name
  }

  /// Decodes `{"path": …}` or `{"url": …}` with an optional `name`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
    if let path = try container.decodeIfPresent(String.self, forKey: .path) {
      source = .path(path)
    } else if let url = try container.decodeIfPresent(String.self, forKey: .url) {
      source = .url(url)
    } else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "a file needs a `path` or a `url`"))
    }
  }

  /// Encodes `path` or `url`, and `name`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch source {
    case .path(let path): try container.encode(path, forKey: .path)
    case .url(let url): try container.encode(url, forKey: .url)
    }
    try container.encode(name, forKey: .name)
  }
}
