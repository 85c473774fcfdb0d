import Foundation
import Testing

/// Configuration problems the command line must stop at (exit 78) rather than quietly use another
/// backend: a credentials file that cannot be read, an integration the sandbox does not have, a bad port.
@Suite struct ConfigurationCommandTests {
  func credentials(_ cli: E2ECommand) throws -> String {
    let directory = cli.home + "/config/kombo-apply"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return directory + "/credentials"
  }

  @Test func aDanglingCredentialsLinkIsAConfigurationErrorNotTheSandbox() async throws {
    let cli = try E2ECommand(server: nil)
    let path = try credentials(cli)
    try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: cli.home + "/gone")
    let result = try await cli.run(["jobs"])
    #expect(result.status == 78)
    #expect(result.stderr.contains("symbolic link to a file that does not exist"), "\(result.stderr)")
    #expect(!result.stderr.contains("built-in sandbox ("), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test(arguments: [(0o602 as mode_t, "written by every user"), (0o620, "written by members of its group")])
  func credentialsOthersCanWriteAreDescribedAsWritable(mode: mode_t, words: String) async throws {
    let cli = try E2ECommand(server: nil)
    let path = try credentials(cli)
    try "sk_live_from_file_123456\n".write(toFile: path, atomically: false, encoding: .utf8)
    chmod(path, mode)
    let result = try await cli.run(["jobs"])
    #expect(result.status == 78)
    #expect(result.stderr.contains("it can be \(words)"), "\(result.stderr)")
    #expect(result.stderr.contains("chmod 600 \(path)"))
  }

  @Test func anIntegrationTheSandboxLacksIsRefusedNamingTheListCommand() async throws {
    let cli = try E2ECommand(server: nil)
    for arguments in [["jobs", "--integration", "greenhouse:8d1hpPsbjxUkoCoa1veLZGe5"], ["job", "X"]] {
      let result = try await cli.run(
        arguments, extraEnvironment: ["KOMBO_INTEGRATION_ID": "greenhouse:8d1hpPsbjxUkoCoa1veLZGe5"])
      #expect(result.status == 78, "\(arguments)")
      #expect(result.stderr.contains("is not one of the built-in sandbox's"), "\(result.stderr)")
      #expect(result.stderr.contains("`kombo-apply sandbox integrations`"))
      #expect(result.stdout.isEmpty)
    }
    let known = try await cli.run(["jobs", "--integration", "greenhouse:if1T8X74WcjJarjMcsuajMjq"])
    #expect(known.status == 0, "\(known.stderr)")
  }

  @Test(arguments: ["http://127.0.0.1:99999/v1", "http://127.0.0.1:0/v1"])
  func aBaseURLWithAnImpossiblePortIsAConfigurationError(url: String) async throws {
    let cli = try E2ECommand(server: nil)
    let result = try await cli.run(
      ["jobs"],
      extraEnvironment: [
        "KOMBO_API_KEY": "sk_test_x_1234567890", "KOMBO_BASE_URL": url,
        "KOMBO_INTEGRATION_ID": "greenhouse:8d1hpPsbjxUkoCoa1veLZGe5",
      ])
    #expect(result.status == 78, "\(result.stderr)")
    #expect(result.stderr.contains("KOMBO_BASE_URL: port"), "\(result.stderr)")
    #expect(result.stderr.contains("use 1 to 65535"))
  }
}
