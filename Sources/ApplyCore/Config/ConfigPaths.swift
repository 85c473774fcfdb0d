import Foundation

/// Where kombo-apply keeps its files, per the XDG base directory rules.
public struct ConfigPaths: Sendable, Equatable {
  /// `$XDG_CONFIG_HOME/kombo-apply` (default `~/.config/kombo-apply`): `credentials`, `config.json`.
  public let configDirectory: String
  /// `$XDG_STATE_HOME/kombo-apply` (default `~/.local/state/kombo-apply`): `state.sqlite`.
  public let stateDirectory: String

  /// Resolves the directories from `environment` (relative XDG values are ignored, as the spec says).
  public init(environment: [String: String]) {
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    func base(_ variable: String, default fallback: String) -> String {
      if let value = environment[variable], value.hasPrefix("/") { return value }
      return home + "/" + fallback
    }
    configDirectory = base("XDG_CONFIG_HOME", default: ".config") + "/kombo-apply"
    stateDirectory = base("XDG_STATE_HOME", default: ".local/state") + "/kombo-apply"
  }

  /// The API key file.
  public var credentialsFile: String { configDirectory + "/credentials" }
  /// The optional settings file.
  public var configFile: String { configDirectory + "/config.json" }
  /// The state database (ledger, history, drafts).
  public var stateDatabase: String { stateDirectory + "/state.sqlite" }
}
