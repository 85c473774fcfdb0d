import Crypto
import NIOSSH
import Testing

@testable import SSHFront

@Suite struct AuthorizedKeysTests {
  private let ed25519 = NIOSSHPrivateKey(ed25519Key: Curve25519.Signing.PrivateKey()).publicKey
  private let p256 = NIOSSHPrivateKey(p256Key: P256.Signing.PrivateKey()).publicKey
  private let stranger = NIOSSHPrivateKey(ed25519Key: Curve25519.Signing.PrivateKey()).publicKey

  @Test func readsEd25519AndECDSAKeysWithTheirComments() {
    let text = """
      # the team
      \(String(openSSHPublicKey: ed25519)) ana@laptop

      \(String(openSSHPublicKey: p256))\r
      """
    let keys = AuthorizedKeys(text: text)
    #expect(keys.allows(ed25519))
    #expect(keys.allows(p256))
    #expect(!keys.allows(stranger))
    #expect(keys.warnings.isEmpty)
  }

  @Test func skipsOtherTypesOptionsAndBrokenLinesWithAWarningEach() {
    let text = """
      ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ rsa@old
      command="/bin/sh",no-pty \(String(openSSHPublicKey: stranger))
      restrict \(String(openSSHPublicKey: stranger))
      ssh-ed25519 not-base64!
      ssh-ed25519
      \u{1B}[31m-evil
      \(String(openSSHPublicKey: ed25519))
      """
    let keys = AuthorizedKeys(text: text)
    #expect(keys.keys == [ed25519])
    #expect(keys.warnings.count == 6)
    #expect(keys.warnings[0] == "line 1: key type ssh-rsa is not supported; skipped")
    #expect(keys.warnings[1] == "line 2: options before the key are not supported; the key is skipped")
    #expect(keys.warnings[3] == "line 4: unreadable ssh-ed25519 key; skipped")
    #expect(keys.warnings.allSatisfy { !$0.contains("AAAA") && !$0.contains("\u{1B}") })
  }

  @Test func emptyTextLetsNobodyIn() {
    #expect(AuthorizedKeys(text: "").keys.isEmpty)
  }
}
