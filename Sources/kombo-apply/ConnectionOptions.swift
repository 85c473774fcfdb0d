import ApplyCore
import ArgumentParser

/// Flags that choose where to connect; they override the environment and the config file.
struct ConnectionOptions: ParsableArguments {
  @Option(help: "Integration id, <tool>:<id> (default: KOMBO_INTEGRATION_ID or the config file).")
  var integration: String?

  @Option(
    name: .customLong("base-url"),
    help: "API base URL, e.g. https://api.kombo.dev/v1 (default: KOMBO_BASE_URL).")
  var baseURL: String?

  @Option(help: "Kombo region: eu, us or ca (default: KOMBO_REGION, else eu).")
  var region: String?

  /// The flags as configuration overrides.
  var overrides: Configuration.Overrides {
    Configuration.Overrides(integration: integration, baseURL: baseURL, region: region)
  }
}
