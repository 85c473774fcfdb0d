import Foundation
import Testing

/// A server whose TLS certificate cannot be trusted is named as such, not as a generic network error.
@Suite struct TLSCommandTests {
  static let openssl = "/usr/bin/openssl"

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: openssl)))
  func anUntrustedCertificateIsNamed() async throws {
    let cli = try E2ECommand(server: nil)
    let generate = Process()
    generate.executableURL = URL(fileURLWithPath: Self.openssl)
    generate.arguments = [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
      "-keyout", cli.home + "/key.pem", "-out", cli.home + "/cert.pem",
    ]
    generate.standardError = FileHandle.nullDevice
    try generate.run()
    generate.waitUntilExit()
    let server = Process()
    server.executableURL = URL(fileURLWithPath: Self.openssl)
    server.arguments = [
      "s_server", "-accept", "127.0.0.1:0", "-cert", cli.home + "/cert.pem", "-key", cli.home + "/key.pem",
      "-www",
    ]
    let output = Pipe()
    server.standardOutput = output
    server.standardError = FileHandle.nullDevice
    try server.run()
    defer { server.terminate() }
    var text = ""
    // s_server prints `ACCEPT 127.0.0.1:PORT` once it listens.
    while !text.contains("ACCEPT") || !text.hasSuffix("\n") {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      text += String(decoding: chunk, as: UTF8.self)
    }
    let port = try #require(
      text.split(whereSeparator: \.isNewline).first { $0.hasPrefix("ACCEPT") }?.split(separator: ":").last)
    let result = try await cli.run(
      ["jobs"],
      extraEnvironment: [
        "KOMBO_API_KEY": "sk_test_x_1234567890", "KOMBO_BASE_URL": "https://localhost:\(port)/v1",
        "KOMBO_INTEGRATION_ID": "greenhouse:8d1hpPsbjxUkoCoa1veLZGe5",
      ])
    #expect(result.status == 69, "\(result.stderr)")
    #expect(result.stderr.contains("the TLS certificate of localhost is not trusted"), "\(result.stderr)")
  }
}
