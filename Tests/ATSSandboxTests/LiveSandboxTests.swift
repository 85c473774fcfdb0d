import Foundation
import Hummingbird
import HummingbirdTesting
import KomboAPI
import Testing

@testable import ATSSandbox

/// The sandbox over a real loopback socket: connection drops seen by a real HTTP client, and data
/// that survives a restart on disk.
@Suite struct LiveSandboxTests {
  let designer = Support.seedJob(titled: "Product Designer")

  func headers(_ sandbox: EmbeddedSandbox) -> HTTPFields {
    Support.headers(key: sandbox.apiKey, integration: sandbox.integrationID)
  }

  func create(_ sandbox: EmbeddedSandbox, email: String, attachment: Data? = nil) async throws
    -> TestClient.Response
  {
    let other: JSONObject =
      attachment.map {
        [
          "attachments": [
            [
              "name": "cv.pdf", "type": "CV", "content_type": "application/pdf",
              "data": .string($0.base64EncodedString()),
            ]
          ]
        ]
      } ?? [:]
    return try await TestClient.withClient(host: "127.0.0.1", port: sandbox.port) { client in
      try await client.post(
        "/v1/ats/jobs/\(designer.id)/applications", headers: headers(sandbox),
        body: Support.buffer(Support.body(for: designer, email: email, other: other)))
    }
  }

  func applications(_ sandbox: EmbeddedSandbox) async throws -> [ListedApplication] {
    let response = try await TestClient.withClient(host: "127.0.0.1", port: sandbox.port) { client in
      try await client.get("/v1/ats/applications", headers: headers(sandbox))
    }
    return try KomboJSON.decoder().decode(
      KomboPage<ListedApplication>.self, from: Data(buffer: response.body ?? ByteBuffer())
    ).results
  }

  @Test func dropAfterCommitClosesTheConnectionButStoresTheApplication() async throws {
    let sandbox = try await EmbeddedSandbox.start(
      dataDirectory: Support.temporaryDirectory(),
      faults: try FaultSpec(parsing: "create:drop-after-commit*1"))
    do {
      await #expect(throws: (any Error).self) {
        _ = try await create(sandbox, email: "dropped@example.com")
      }
      let stored = try await applications(sandbox).filter { $0.jobID == designer.id }
      #expect(stored.map { $0.candidate?.emailAddresses?.first?.emailAddress } == ["dropped@example.com"])
      let retry = try await create(sandbox, email: "dropped@example.com")
      #expect(retry.status == .conflict)
    }
    await sandbox.stop()
  }

  @Test func dataSurvivesARestartAndResetClearsIt() async throws {
    let directory = Support.temporaryDirectory()
    let pdf = Data((0..<50_000).map { UInt8($0 % 251) })
    let first = try await EmbeddedSandbox.start(dataDirectory: directory)
    let created = try await create(first, email: "kept@example.com", attachment: pdf)
    #expect(created.status == .ok)
    let applicationID = try KomboJSON.decoder().decode(
      CreateApplicationResponse.self, from: Data(buffer: created.body ?? ByteBuffer())
    ).data.id
    await first.stop()

    let stray = directory.appendingPathComponent("attachments/\(SandboxID.random())")
    #expect(FileManager.default.createFile(atPath: stray.path, contents: Data("left by a crash".utf8)))
    let second = try await EmbeddedSandbox.start(dataDirectory: directory)
    #expect(!FileManager.default.fileExists(atPath: stray.path))
    let seeded = try SeedApplications.rows().map(\.application.id)
    #expect(try await applications(second).map(\.id) == seeded + [applicationID])
    #expect(try await second.server.store.attachments(applicationID: applicationID).first?.data == pdf)
    #expect(second.integrationID == first.integrationID)
    await second.stop()

    let attributes = try FileManager.default.attributesOfItem(atPath: directory.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o700)
    for suffix in ["", "-wal", "-shm"] {
      let path = directory.appendingPathComponent(SandboxStore.fileName).path + suffix
      guard FileManager.default.fileExists(atPath: path) else { continue }
      #expect(
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600,
        "\(path)")
    }

    let attachmentDirectory = directory.appendingPathComponent("attachments")
    #expect(
      (try FileManager.default.attributesOfItem(atPath: attachmentDirectory.path)[.posixPermissions] as? Int)
        == 0o700)
    for name in try FileManager.default.contentsOfDirectory(atPath: attachmentDirectory.path) {
      let path = attachmentDirectory.appendingPathComponent(name).path
      #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
    }

    let fresh = try await EmbeddedSandbox.start(dataDirectory: directory, reset: true)
    #expect(try await applications(fresh).map(\.id) == seeded)
    #expect(try FileManager.default.contentsOfDirectory(atPath: attachmentDirectory.path).isEmpty)
    await fresh.stop()
  }

  @Test func liveRoutesServeTheSameAsInProcess() async throws {
    let server = try Support.server(faults: "jobs:503*1")
    try await server.makeApplication().test(.live) { client in
      let bare = try await client.execute(uri: "/v1/ats/jobs", method: .get, headers: Support.headers())
      #expect(bare.status == .serviceUnavailable)
      let jobs = try await client.execute(
        uri: "/v1/ats/jobs?page_size=3", method: .get, headers: Support.headers())
      #expect(try Support.decode(KomboPage<Job>.self, jobs).results.count == 3)
    }
  }
}
