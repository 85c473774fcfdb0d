/// Where a sent file's bytes come from: exactly one of `data` (base64) or `data_url`.
///
/// As an enum, "both" and "neither" cannot be built. It is coded as keys of the enclosing object
/// (an ``Attachment`` or a ``ScreeningAnswer/FileAnswer``), not as an object of its own.
public enum FileContent: Hashable, Sendable {
  /// `data`: the file's bytes, base64-encoded. Kombo then requires `content_type`.
  case base64(String)
  /// `data_url`: an unauthenticated (possibly short-lived) URL Kombo downloads at once.
  /// Recommended by Kombo for large files.
  case url(String)

  private enum CodingKeys: String, CodingKey {
    case data, dataURL = "data_url"
  }

  /// Reads `data` or `data_url` from the enclosing object's keys; throws if both or neither are
  /// present.
  init(fromEnclosing decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let data = try container.decodeIfPresent(String.self, forKey: .data)
    let url = try container.decodeIfPresent(String.self, forKey: .dataURL)
    switch (data, url) {
    case (let data?, nil): self = .base64(data)
    case (nil, let url?): self = .url(url)
    default:
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: decoder.codingPath, debugDescription: "send exactly one of `data` and `data_url`"))
    }
  }

  /// Writes `data` or `data_url` into the enclosing object.
  func encode(intoEnclosing encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .base64(let data): try container.encode(data, forKey: .data)
    case .url(let url): try container.encode(url, forKey: .dataURL)
    }
  }
}
