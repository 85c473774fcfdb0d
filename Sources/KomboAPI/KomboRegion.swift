public import Foundation

/// The regions Kombo's API is served from; an API key belongs to one of them.
public enum KomboRegion: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
  /// Europe (the default): `https://api.kombo.dev/v1`.
  case eu
  /// United States: `https://api.us.kombo.dev/v1`.
  case us
  /// Canada: `https://api.ca.kombo.dev/v1`.
  case ca

  /// The base URL as text: every endpoint path is appended to it (it ends in `/v1`, no slash).
  public var baseURLString: String {
    switch self {
    case .eu: "https://api.kombo.dev/v1"
    case .us: "https://api.us.kombo.dev/v1"
    case .ca: "https://api.ca.kombo.dev/v1"
    }
  }

  /// ``baseURLString`` as a URL.
  public var baseURL: URL {
    // swift-format-ignore: NeverForceUnwrap
    // The three strings above are constant, valid absolute URLs.
    URL(string: baseURLString)!
  }

  /// The region whose base URL has this host, e.g. `api.us.kombo.dev` → `.us`.
  public init?(host: String) {
    guard let region = Self.allCases.first(where: { $0.baseURL.host == host.lowercased() }) else {
      return nil
    }
    self = region
  }

  /// A label for people, e.g. "EU (https://api.kombo.dev/v1)".
  public var description: String {
    "\(rawValue.uppercased()) (\(baseURLString))"
  }
}
