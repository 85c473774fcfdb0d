import Foundation
import Hummingbird
import KomboAPI
import TestHarness

@testable import ATSSandbox

/// A Kombo on 127.0.0.1 whose every string is hostile: `HostileFixture.job` (beside a plain job), and a
/// create endpoint that answers with hostile ids and warnings, or rejects with a hostile code, message
/// and log URL.
final class HostileKombo: @unchecked Sendable {
  static let apiKey = "sk_test_hostile_KEY1234"

  /// The hostile fixture job.
  static var job: [String: Any] { HostileFixture.job }

  /// The hostile job's id (as `job ID` takes it).
  static var jobID: String { HostileFixture.jobID }

  static func hostile(_ text: String, nul: Bool = true) -> String { HostileFixture.text(text, nul: nul) }

  private let lock = NSLock()
  private var rejecting = false
  private var task: Task<Void, any Error>?
  private(set) var port = 0

  /// Starts the server and waits until it listens.
  static func start() async throws -> HostileKombo {
    let fake = HostileKombo()
    let (portStream, portContinuation) = AsyncStream<Int>.makeStream()
    let app = Application(
      router: fake.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)),
      onServerRunning: { channel in portContinuation.yield(channel.localAddress?.port ?? 0) })
    fake.task = Task { try await app.run() }
    for await port in portStream {
      fake.port = port
      break
    }
    return fake
  }

  func stop() async {
    task?.cancel()
    _ = try? await task?.value
  }

  /// The environment that points the app at this server.
  var clientEnvironment: [String: String] {
    [
      "KOMBO_API_KEY": Self.apiKey, "KOMBO_BASE_URL": "http://127.0.0.1:\(port)/v1",
      "KOMBO_INTEGRATION_ID": SandboxIntegrations.default.id,
    ]
  }

  /// Whether the create endpoint rejects (400, hostile error) instead of creating.
  func setRejecting(_ value: Bool) { lock.withLock { rejecting = value } }

  /// A second, plain job beside the hostile one (to move the selection between them).
  static var plainJob: [String: Any] {
    let job = Job(
      id: "JobPLAINAAAAAAAAAAAAAAA2", remoteID: "4712", name: "Plain Designer",
      changedAt: E2EFakeKombo.changedAt)
    let data = (try? KomboJSON.encoder().encode(job)) ?? Data()
    return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
  }

  private func router() -> Router<BasicRequestContext> {
    let router = Router()
    router.get("/v1/check-api-key") { _, _ -> Response in
      Self.json(["status": "success", "data": ["environment_id": "env1"]])
    }
    router.get("/v1/integrations/:id") { _, _ -> Response in
      let details = KomboResponse(data: SandboxIntegrations.default.details)
      return Self.response((try? KomboJSON.encoder().encode(details)) ?? Data())
    }
    router.get("/v1/ats/jobs") { request, _ -> Response in
      let ids = request.uri.queryParameters["ids"].map(String.init)
      let jobs = [Self.job, Self.plainJob].filter { ids == nil || $0["id"] as? String == ids }
      return Self.json(["status": "success", "data": ["next": NSNull(), "results": jobs]])
    }
    router.get("/v1/ats/candidates") { _, _ -> Response in
      Self.json(["status": "success", "data": ["next": NSNull(), "results": [Any]()]])
    }
    router.get("/v1/ats/applications") { _, _ -> Response in
      Self.json(["status": "success", "data": ["next": NSNull(), "results": [Any]()]])
    }
    router.post("/v1/ats/jobs/:job/applications") { [self] request, _ -> Response in
      _ = try await request.body.collect(upTo: 50 << 20)
      if lock.withLock({ rejecting }) {
        var response = Self.json([
          "status": "error",
          "error": [
            "code": Self.hostile("ATS.WEIRD", nul: false), "title": Self.hostile("Odd"),
            "message": Self.hostile("Rejected by a hostile ATS"), "log_url": Self.hostile("https://log"),
          ],
        ])
        response.status = .badRequest
        return response
      }
      return Self.json([
        "status": "success",
        "data": [
          "id": Self.hostile("AppHOSTILE", nul: false), "remote_id": Self.hostile("r1"),
          "candidate_id": Self.hostile("CanHOSTILE", nul: false), "job_id": Self.jobID,
          "current_stage_id": Self.hostile("StgAAAAAAAAAAAAAAAAAAAA1", nul: false),
          "changed_at": "2026-01-05T10:00:01.196Z", "remote_url": Self.hostile("https://ats"),
        ],
        "warnings": [["message": Self.hostile("A hostile warning")]],
      ])
    }
    return router
  }

  static func json(_ object: Any) -> Response {
    response((try? JSONSerialization.data(withJSONObject: object)) ?? Data())
  }

  static func response(_ data: Data) -> Response {
    Response(
      status: .ok, headers: [.contentType: "application/json"],
      body: .init(byteBuffer: ByteBuffer(bytes: data)))
  }
}
