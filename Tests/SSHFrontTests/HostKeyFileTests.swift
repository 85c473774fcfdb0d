import Foundation
import TestHarness
import Testing

@testable import SSHFront

/// The host key file against OpenSSH's own tools: `ssh-keygen` reads what the server writes (and
/// prints the same fingerprint), and the server reads what `ssh-keygen` makes.
@Suite struct HostKeyFileTests {
  private let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "hostkey-\(UUID().uuidString)")

  private func keygen(_ arguments: [String]) async throws -> ChildProcess.Result {
    try await ChildProcess.run(URL(fileURLWithPath: "/usr/bin/ssh-keygen"), arguments)
  }

  @Test func aGeneratedKeyIsPrivateReusedAndReadBySSHKeygen() async throws {
    let path = directory.appendingPathComponent("state/ssh_host_ed25519_key").path
    let first = try HostKeyFile.load(path: path, creates: true)
    let again = try HostKeyFile.load(path: path, creates: true)
    #expect(first.fingerprint == again.fingerprint)
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let folder = try FileManager.default.attributesOfItem(
      atPath: directory.appendingPathComponent("state").path)
    #expect(folder[.posixPermissions] as? Int == 0o700)
    let listed = try await keygen(["-l", "-f", path])
    #expect(listed.status == 0, "\(listed.stderr)")
    #expect(listed.output.contains(first.fingerprint.description + " "), "\(listed.output)")
    #expect(listed.output.contains("(ED25519)"))
  }

  @Test func readsAKeyMadeBySSHKeygen() async throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent("mine").path
    #expect(try await keygen(["-q", "-t", "ed25519", "-N", "", "-f", path]).status == 0)
    let key = try HostKeyFile.load(path: path, creates: false)
    let listed = try await keygen(["-l", "-f", path + ".pub"])
    #expect(listed.output.contains(key.fingerprint.description + " "))
  }

  @Test func refusesEncryptedOtherTypesAndMissingFiles() async throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let locked = directory.appendingPathComponent("locked").path
    #expect(try await keygen(["-q", "-t", "ed25519", "-N", "secret-passphrase", "-f", locked]).status == 0)
    #expect(throws: HostKeyError.encrypted) { try HostKeyFile.load(path: locked, creates: false) }
    let ecdsa = directory.appendingPathComponent("ecdsa").path
    #expect(try await keygen(["-q", "-t", "ecdsa", "-N", "", "-f", ecdsa]).status == 0)
    #expect(throws: HostKeyError.unsupportedType("ecdsa-sha2-nistp256")) {
      try HostKeyFile.load(path: ecdsa, creates: false)
    }
    #expect(throws: HostKeyError.self) { try HostKeyFile.load(path: locked + ".none", creates: false) }
    #expect(throws: HostKeyError.self) { try HostKeyFile.parse("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA") }
  }
}
