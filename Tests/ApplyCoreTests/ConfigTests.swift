import Foundation
import KomboAPI
import Testing

@testable import ApplyCore

/// Configuration: precedence (flags > environment > config file), the credentials file's permission
/// rule, the plain-http rule for the key, and the key's redaction.
@Suite struct ConfigTests {
  private let integrationA = "greenhouse:8d1hpPsbjxUkoCoa1veLZGe5"
  private let integrationB = "personio:HWUTaaaaaaaaaaaaaaaaaaaa"
  private let integrationC = "lever:Abcdefghijkmnopqrstuvwxy"

  /// A fresh home directory with optional config.json and credentials files.
  private func home(config: String? = nil, credentials: String? = nil, mode: mode_t = 0o600) throws -> String
  {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("config-\(UUID().uuidString)")
      .path
    let directory = root + "/.config/kombo-apply"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    if let config { try config.write(toFile: directory + "/config.json", atomically: false, encoding: .utf8) }
    if let credentials {
      try credentials.write(toFile: directory + "/credentials", atomically: false, encoding: .utf8)
      chmod(directory + "/credentials", mode)
    }
    return root
  }

  @Test func flagsWinOverEnvironmentWhichWinsOverTheConfigFile() throws {
    let root = try home(config: #"{"integration": "\#(integrationC)", "region": "ca"}"#)
    let environment = ["HOME": root, "KOMBO_INTEGRATION_ID": integrationB, "KOMBO_REGION": "us"]

    let fromFlags = try Configuration.resolve(
      overrides: .init(integration: integrationA, region: "eu"), environment: environment)
    #expect(fromFlags.integration?.description == integrationA)
    #expect(fromFlags.server == KomboServer(region: .eu))

    let fromEnvironment = try Configuration.resolve(overrides: .init(), environment: environment)
    #expect(fromEnvironment.integration?.description == integrationB)
    #expect(fromEnvironment.server == KomboServer(region: .us))

    let fromFile = try Configuration.resolve(overrides: .init(), environment: ["HOME": root])
    #expect(fromFile.integration?.description == integrationC)
    #expect(fromFile.server == KomboServer(region: .ca))
  }

  @Test func defaultsAreEUServerFourAttemptsAndFiveMinuteCreateTimeout() throws {
    let configuration = try Configuration.resolve(overrides: .init(), environment: ["HOME": try home()])
    #expect(configuration.server.baseURL.absoluteString == "https://api.kombo.dev/v1")
    #expect(configuration.maxAttempts == 4)
    #expect(configuration.createTimeout == .seconds(300))
    #expect(configuration.apiKey == nil)
    #expect(configuration.integration == nil)
  }

  @Test func environmentKeyWinsOverTheCredentialsFile() throws {
    let root = try home(credentials: "file_key_1234567890\n")
    let fromFile = try Configuration.resolve(overrides: .init(), environment: ["HOME": root])
    #expect(fromFile.apiKey?.secret == "file_key_1234567890")
    #expect(fromFile.keySource == .file(root + "/.config/kombo-apply/credentials"))

    let fromEnvironment = try Configuration.resolve(
      overrides: .init(), environment: ["HOME": root, "KOMBO_API_KEY": "env_key_abcdefghij"])
    #expect(fromEnvironment.apiKey?.secret == "env_key_abcdefghij")
    #expect(fromEnvironment.keySource == .environment)
  }

  @Test(arguments: [0o640 as mode_t, 0o604, 0o644])
  func credentialsReadableByOthersAreRefusedWithTheFix(mode: mode_t) throws {
    let root = try home(credentials: "secret_key_1234567890", mode: mode)
    let path = root + "/.config/kombo-apply/credentials"
    let error = #expect(throws: ConfigurationError.self) {
      try Configuration.resolve(overrides: .init(), environment: ["HOME": root])
    }
    #expect(error?.description.contains("chmod 600 \(path)") == true)
    #expect(error?.description.contains("secret_key") == false)
  }

  @Test func plainHTTPIsRefusedExceptToLoopback() throws {
    #expect(throws: ConfigurationError.self) { try KomboServer(baseURL: "http://api.example.com/v1") }
    #expect(throws: ConfigurationError.self) { try KomboServer(baseURL: "http://10.0.0.5:8080/v1") }
    #expect(throws: ConfigurationError.self) { try KomboServer(baseURL: "ftp://127.0.0.1/v1") }
    for allowed in [
      "http://127.0.0.1:8080/v1", "http://localhost:9/v1", "http://[::1]:8080/v1",
      "https://proxy.example/v1/",
    ] {
      #expect(throws: Never.self) { try KomboServer(baseURL: allowed) }
    }
    #expect(
      try KomboServer(baseURL: "https://proxy.example/v1/").baseURL.absoluteString
        == "https://proxy.example/v1")
  }

  @Test func badValuesNameTheirSource() throws {
    let root = try home()
    let badIntegration = #expect(throws: ConfigurationError.self) {
      try Configuration.resolve(
        overrides: .init(), environment: ["HOME": root, "KOMBO_INTEGRATION_ID": "nope"])
    }
    #expect(badIntegration?.description.hasPrefix("KOMBO_INTEGRATION_ID:") == true)
    let badRegion = #expect(throws: ConfigurationError.self) {
      try Configuration.resolve(overrides: .init(region: "mars"), environment: ["HOME": root])
    }
    #expect(badRegion?.description.contains("--region") == true)
    #expect(badRegion?.description.contains("eu, us, ca") == true)
    let both = #expect(throws: ConfigurationError.self) {
      try Configuration.resolve(
        overrides: .init(baseURL: "https://x.example/v1", region: "us"), environment: ["HOME": root])
    }
    #expect(both?.description.contains("give only one") == true)
  }

  @Test func configFileListsIntegrationsForAPicker() throws {
    let root = try home(
      config: #"{"integrations": [{"id": "\#(integrationA)", "label": "Acme"}, {"id": "\#(integrationB)"}]}"#)
    let configuration = try Configuration.resolve(overrides: .init(), environment: ["HOME": root])
    #expect(configuration.knownIntegrations.map(\.label) == ["Acme", nil])
    #expect(configuration.integration == nil)
  }

  @Test func keyIsNeverShownInFull() throws {
    let key = try #require(APIKey("  sk_live_abcdefghijklmnop1234\n"))
    #expect(key.secret == "sk_live_abcdefghijklmnop1234")
    #expect(key.masked == "sk_live_…1234")
    for rendering in [
      "\(key)", String(reflecting: key),
      {
        var s = ""
        dump(key, to: &s)
        return s
      }(),
    ] {
      #expect(!rendering.contains("abcdefghijklmnop"))
    }
  }

  @Test func xdgDirectoriesAreUsedWhenAbsolute() {
    let paths = ConfigPaths(environment: [
      "HOME": "/home/u", "XDG_STATE_HOME": "/s", "XDG_CONFIG_HOME": "rel",
    ])
    #expect(paths.stateDatabase == "/s/kombo-apply/state.sqlite")
    #expect(paths.credentialsFile == "/home/u/.config/kombo-apply/credentials")
    #expect(
      ConfigPaths(environment: ["HOME": "/home/u"]).stateDirectory == "/home/u/.local/state/kombo-apply")
  }
}
