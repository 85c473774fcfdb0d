public import Foundation
public import KomboAPI

/// Where the API lives: a region's base URL or a custom one (a proxy, the embedded sandbox).
///
/// Construction enforces the one transport rule for secrets: the API key travels only over
/// `https://`, or over plain `http://` to a loopback address (`localhost`, `127.0.0.0/8`, `::1`).
public struct KomboServer: Sendable, Equatable, CustomStringConvertible {
  /// The base URL without a trailing slash, e.g. `https://api.kombo.dev/v1`.
  public let baseURL: URL

  /// The server of a Kombo region.
  public init(region: KomboRegion) {
    baseURL = region.baseURL
  }

  /// A custom base URL; throws if it is not an absolute http(s) URL or sends the key over plain http
  /// to a non-loopback host.
  public init(baseURL text: String) throws(ConfigurationError) {
    var trimmed = text.trimmingCharacters(in: .whitespaces)
    while trimmed.hasSuffix("/") { trimmed.removeLast() }
    guard let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), let host = url.host,
      !host.isEmpty
    else {
      throw ConfigurationError(
        "base URL \(text.debugDescription) is not an absolute URL such as https://api.kombo.dev/v1")
    }
    switch scheme {
    case "https":
      break
    case "http":
      guard Self.isLoopback(host) else {
        throw ConfigurationError(
          "refusing to send the API key over plain http to \(host): use https://, "
            + "or http:// only to a loopback address (localhost, 127.0.0.1, [::1])")
      }
    default:
      throw ConfigurationError("base URL scheme \(scheme) is not supported: use https://")
    }
    baseURL = url
  }

  /// Whether `host` names this machine: `localhost`, an address in `127.0.0.0/8`, or `::1`.
  public static func isLoopback(_ host: String) -> Bool {
    let bare = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
    if bare == "localhost" || bare == "::1" || bare == "0:0:0:0:0:0:0:1" { return true }
    let octets = bare.split(separator: ".", omittingEmptySubsequences: false)
    return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
  }

  /// The URL of `path` (which starts with `/`, already percent-encoded) with a query.
  func url(path: String, query: [(String, String)] = []) -> URL? {
    var components = URLComponents()
    components.percentEncodedQueryItems =
      query.isEmpty
      ? nil
      : query.map {
        URLQueryItem(name: $0.0, value: Self.encodeQueryValue($0.1))
      }
    let queryText = components.percentEncodedQuery.map { "?\($0)" } ?? ""
    return URL(string: baseURL.absoluteString + path + queryText)
  }

  /// The base URL as text.
  public var description: String { baseURL.absoluteString }

  /// Characters left unescaped in path segments and query values (RFC 3986 unreserved).
  static let unreserved = CharacterSet(
    charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

  /// Percent-encodes a query value: everything but unreserved characters, so `,` becomes `%2C`
  /// (as Kombo's SDKs send comma lists) and `+`, `&`, `=` cannot be misread.
  static func encodeQueryValue(_ value: String) -> String {
    value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value
  }

  /// Percent-encodes one path segment fully, so `remote:a/b` becomes `remote%3Aa%2Fb`.
  static func encodePathSegment(_ segment: String) -> String {
    segment.addingPercentEncoding(withAllowedCharacters: unreserved) ?? segment
  }
}
