import Foundation
import KomboAPI

/// The optional settings file `config.json` in the config directory. Every key is optional.
///
/// ```json
/// {
///   "region": "eu",
///   "integration": "greenhouse:8d1hpPsbjxUkoCoa1veLZGe5",
///   "integrations": [{"id": "greenhouse:8d1hpPsbjxUkoCoa1veLZGe5", "label": "Acme (Greenhouse)"}],
///   "create_timeout_seconds": 300,
///   "max_attempts": 4,
///   "history_retention_days": 90
/// }
/// ```
public struct ConfigFile: Codable, Sendable, Equatable {
  /// One integration the user works with, and a label for pickers.
  public struct Integration: Codable, Sendable, Equatable {
    /// The integration id, `<tool>:<id>`.
    public var id: String
    /// A label for people, e.g. the customer's name.
    public var label: String?

    /// Creates an entry.
    public init(id: String, label: String? = nil) {
      self.id = id
      self.label = label
    }
  }

  /// `eu`, `us` or `ca`.
  public var region: String?
  /// A custom base URL; wins over `region`.
  public var baseURL: String?
  /// The integration used when none is given on the command line or in the environment.
  public var integration: String?
  /// Integrations to offer in a picker.
  public var integrations: [Integration]?
  /// The create-application timeout in seconds (default 300).
  public var createTimeoutSeconds: Double?
  /// Attempts per submission, first one included (default 4).
  public var maxAttempts: Int?
  /// Days to keep submission history (default 90; 0 keeps it until purged by hand).
  public var historyRetentionDays: Int?
  /// Seconds after its create timeout that an unanswered attempt still counts as in flight (default 60).
  public var inFlightMarginSeconds: Double?

  enum CodingKeys: String, CodingKey {
    case region
    case baseURL = "base_url"
    case integration, integrations
    case createTimeoutSeconds = "create_timeout_seconds"
    case maxAttempts = "max_attempts"
    case historyRetentionDays = "history_retention_days"
    case inFlightMarginSeconds = "in_flight_margin_seconds"
  }

  /// Creates settings (all unset by default).
  public init(
    region: String? = nil, baseURL: String? = nil, integration: String? = nil,
    integrations: [Integration]? = nil, createTimeoutSeconds: Double? = nil, maxAttempts: Int? = nil,
    historyRetentionDays: Int? = nil
  ) {
    self.region = region
    self.baseURL = baseURL
    self.integration = integration
    self.integrations = integrations
    self.createTimeoutSeconds = createTimeoutSeconds
    self.maxAttempts = maxAttempts
    self.historyRetentionDays = historyRetentionDays
  }

  /// Reads `path`; a missing file is empty settings, a malformed one an error naming the file.
  public static func load(path: String) throws(ConfigurationError) -> ConfigFile {
    guard FileManager.default.fileExists(atPath: path) else { return ConfigFile() }
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      return try JSONDecoder().decode(ConfigFile.self, from: data)
    } catch let error as DecodingError {
      throw ConfigurationError("\(path) is not valid settings JSON: \(error.summary)")
    } catch {
      throw ConfigurationError("cannot read \(path): \(error.localizedDescription)")
    }
  }
}
