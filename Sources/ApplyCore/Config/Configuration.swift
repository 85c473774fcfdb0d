import Foundation
public import KomboAPI

/// Everything the commands and the terminal UI need to talk to Kombo, resolved from
/// command-line flags, then the environment, then the config directory (`flags > env > file`).
public struct Configuration: Sendable {
  /// Values given on the command line; `nil` means not given.
  public struct Overrides: Sendable, Equatable {
    /// `--integration`.
    public var integration: String?
    /// `--base-url`.
    public var baseURL: String?
    /// `--region`.
    public var region: String?

    /// Creates overrides.
    public init(integration: String? = nil, baseURL: String? = nil, region: String? = nil) {
      self.integration = integration
      self.baseURL = baseURL
      self.region = region
    }
  }

  /// Where the API key came from, for status displays (never the key itself).
  public enum KeySource: Sendable, Equatable {
    /// The `KOMBO_API_KEY` environment variable.
    case environment
    /// The credentials file at this path.
    case file(String)
  }

  /// The API key; `nil` means none is configured (the embedded sandbox is used).
  public var apiKey: APIKey?
  /// Where `apiKey` came from.
  public var keySource: KeySource?
  /// The integration sent as `X-Integration-Id`, if chosen.
  public var integration: IntegrationID?
  /// Integrations listed in the config file, for a picker.
  public var knownIntegrations: [ConfigFile.Integration]
  /// The API server.
  public var server: KomboServer
  /// How long a create-application request may take.
  public var createTimeout: Duration
  /// Attempts per submission, first one included.
  public var maxAttempts: Int
  /// Days to keep submission history.
  public var historyRetentionDays: Int
  /// The config and state directories.
  public var paths: ConfigPaths
  /// How long after its create timeout an unanswered attempt is still taken to be running at Kombo.
  public var inFlightMargin: Duration = .seconds(60)

  /// Resolves the configuration. Throws a `ConfigurationError` naming the source of any bad value.
  public static func resolve(
    overrides: Overrides, environment: [String: String]
  ) throws(ConfigurationError) -> Configuration {
    let paths = ConfigPaths(environment: environment)
    let file = try ConfigFile.load(path: paths.configFile)
    func nonEmpty(_ value: String?) -> String? {
      guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
      return value
    }

    var apiKey: APIKey?
    var keySource: KeySource?
    if let key = nonEmpty(environment["KOMBO_API_KEY"]).flatMap(APIKey.init) {
      apiKey = key
      keySource = .environment
    } else if let key = try CredentialsFile.load(path: paths.credentialsFile) {
      apiKey = key
      keySource = .file(paths.credentialsFile)
    }

    let integration = try resolveIntegration(overrides: overrides, environment: environment, file: file)
    let server = try resolveServer(
      [
        ("--base-url", nonEmpty(overrides.baseURL), nil),
        ("--region", nil, nonEmpty(overrides.region)),
        ("KOMBO_BASE_URL", nonEmpty(environment["KOMBO_BASE_URL"]), nil),
        ("KOMBO_REGION", nil, nonEmpty(environment["KOMBO_REGION"])),
        ("base_url in \(paths.configFile)", nonEmpty(file.baseURL), nil),
        ("region in \(paths.configFile)", nil, nonEmpty(file.region)),
      ], conflict: overrides.baseURL != nil && overrides.region != nil)

    let timeout = file.createTimeoutSeconds ?? 300
    guard (1...3600).contains(timeout) else {
      throw ConfigurationError("create_timeout_seconds in \(paths.configFile) must be from 1 to 3600 seconds")
    }
    let attempts = file.maxAttempts ?? 4
    guard (1...20).contains(attempts) else {
      throw ConfigurationError("max_attempts in \(paths.configFile) must be between 1 and 20")
    }
    let retention = file.historyRetentionDays ?? 90
    guard retention >= 0 else {
      throw ConfigurationError("history_retention_days in \(paths.configFile) must be 0 or more")
    }
    let margin = file.inFlightMarginSeconds ?? 60
    guard (0...3600).contains(margin) else {
      throw ConfigurationError(
        "in_flight_margin_seconds in \(paths.configFile) must be from 0 to 3600 seconds")
    }
    return Configuration(
      apiKey: apiKey, keySource: keySource, integration: integration,
      knownIntegrations: file.integrations ?? [], server: server,
      createTimeout: .milliseconds(Int64(timeout * 1000)), maxAttempts: attempts,
      historyRetentionDays: retention, paths: paths, inFlightMargin: .milliseconds(Int64(margin * 1000)))
  }

  private static func resolveIntegration(
    overrides: Overrides, environment: [String: String], file: ConfigFile
  ) throws(ConfigurationError) -> IntegrationID? {
    let candidates: [(String, String?)] = [
      ("--integration", overrides.integration),
      ("KOMBO_INTEGRATION_ID", environment["KOMBO_INTEGRATION_ID"]),
      ("integration in config.json", file.integration),
      (
        "the only entry of integrations in config.json",
        file.integrations?.count == 1 ? file.integrations?[0].id : nil
      ),
    ]
    for (source, value) in candidates {
      guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { continue }
      guard let id = IntegrationID(value) else {
        throw ConfigurationError(
          "\(source): \(value.debugDescription) is not an integration id; expected <tool>:<24-character id>, "
            + "e.g. greenhouse:8d1hpPsbjxUkoCoa1veLZGe5")
      }
      return id
    }
    return nil
  }

  private static func resolveServer(
    _ candidates: [(source: String, baseURL: String?, region: String?)], conflict: Bool
  ) throws(ConfigurationError) -> KomboServer {
    if conflict {
      throw ConfigurationError("--base-url and --region both choose the server: give only one")
    }
    for candidate in candidates {
      if let text = candidate.baseURL {
        let server: KomboServer
        do {
          server = try KomboServer(baseURL: text)
        } catch {
          throw ConfigurationError("\(candidate.source): \(error.description)")
        }
        if let port = URLComponents(url: server.baseURL, resolvingAgainstBaseURL: false)?.port,
          !(1...65535).contains(port)
        {
          throw ConfigurationError(
            "\(candidate.source): port \(port) in \(text.debugDescription) is not a port; use 1 to 65535, "
              + "or leave it out for the scheme's default")
        }
        return server
      }
      if let text = candidate.region {
        guard let region = KomboRegion(rawValue: text.lowercased()) else {
          let allowed = KomboRegion.allCases.map(\.rawValue).joined(separator: ", ")
          throw ConfigurationError(
            "\(candidate.source): unknown region \(text.debugDescription); use one of \(allowed)")
        }
        return KomboServer(region: region)
      }
    }
    return KomboServer(region: .eu)
  }
}
