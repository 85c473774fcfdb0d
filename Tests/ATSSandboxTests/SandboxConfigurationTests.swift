import Foundation
import Testing

@testable import ATSSandbox

@Suite struct SandboxConfigurationTests {
  let directory = URL(fileURLWithPath: "/tmp/unused")

  @Test func dataDirectoryFollowsXDGThenHome() {
    #expect(
      SandboxConfiguration.defaultDataDirectory(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/u"])
        .path
        == "/data/kombo-apply/sandbox")
    #expect(
      SandboxConfiguration.defaultDataDirectory(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/u"])
        .path
        == "/home/u/.local/share/kombo-apply/sandbox")
  }

  @Test(arguments: ["127.0.0.1", "127.0.0.2", "localhost", "::1"])
  func loopbackHostsNeedNoFlag(_ host: String) throws {
    try SandboxConfiguration(host: host, dataDirectory: directory).validate()
  }

  @Test func otherHostsNeedAllowRemote() throws {
    #expect(throws: SandboxConfiguration.Invalid.self) {
      try SandboxConfiguration(host: "0.0.0.0", dataDirectory: directory).validate()
    }
    try SandboxConfiguration(host: "0.0.0.0", dataDirectory: directory, allowRemote: true).validate()
  }

  @Test(arguments: [
    SandboxConfiguration(port: 70_000, dataDirectory: URL(fileURLWithPath: "/tmp")),
    SandboxConfiguration(dataDirectory: URL(fileURLWithPath: "/tmp"), extraJobs: -1),
    SandboxConfiguration(dataDirectory: URL(fileURLWithPath: "/tmp"), apiKey: ""),
    SandboxConfiguration(dataDirectory: URL(fileURLWithPath: "/tmp"), concurrencyLimit: 0),
  ])
  func outOfRangeValuesAreRefusedWithTheirFlag(_ configuration: SandboxConfiguration) {
    #expect {
      try configuration.validate()
    } throws: { error in
      "\(error)".hasPrefix("--")
    }
  }
}
