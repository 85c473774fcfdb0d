import Foundation
import TestHarness
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// How `ssh serve` sessions end: the server stopping, the idle timeout, and open demos, whose
/// sessions leave nothing behind.
@Suite(.serialized) struct SSHServeLifecycleTests {
  @Test func stoppingTheServerSavesEveryDraftForTheNextStart() async throws {
    let server = try await SSHServe.start()
    let alice = try await server.connect(key: "alice")
    try await alice.typeDraft(email: "zoe.stop@example.com")
    #expect(await server.stop() == 0)
    #expect(await alice.waitForExit(seconds: 20) == 129, "the app was hung up")
    #expect(server.log.contains("status=129"))
    let restarted = try await SSHServe.start(home: server.home)
    #expect(restarted.fingerprint == server.fingerprint, "the host key is reused")
    let again = try await restarted.connect(key: "alice", firstScreen: "Resume draft from")
    try await again.expect("(Zoë Łukasiewicz, \(DemoJob.name))?")
    #expect(await restarted.stop() == 0)
  }

  @Test func anIdleSessionIsSavedAndClosed() async throws {
    let server = try await SSHServe.start(["--idle-timeout", "2s"])
    let alice = try await server.connect(key: "alice")
    try await alice.typeDraft(email: "zoe.idle@example.com")
    #expect(await alice.waitForExit(seconds: 20) == 129)
    try await alice.expect("closed after 2 s without input; the draft is saved")
    let again = try await server.connect(key: "alice", firstScreen: "Resume draft from")
    try await again.expect("(Zoë Łukasiewicz, \(DemoJob.name))?")
    #expect(await server.stop() == 0)
  }

  @Test func anOpenDemoLetsAnyoneInWithAFreshSessionEachTime() async throws {
    let server = try await SSHServe.start(["--open-demo"])
    let visitor = try await server.connect(key: "mallory")
    try await visitor.typeDraft(email: "zoe.demo@example.com")
    kill(try await visitor.sshClientPID(), SIGKILL)
    #expect(await visitor.waitForExit(seconds: 20) != nil)
    let next = try await server.connect(key: "mallory")
    #expect(try await !next.lines().joined().contains("Resume draft"))
    let sessions = server.home.appendingPathComponent("state/kombo-apply/ssh-sessions")
    let left = try FileManager.default.contentsOfDirectory(atPath: sessions.path)
    #expect(left.count == 1, "only the session still open has a directory: \(left)")
    #expect(await server.stop() == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: sessions.path).isEmpty)
  }

  @Test func anOpenDemoIsRefusedWhenAnAPIKeyIsConfigured() async throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-ssh-\(UUID().uuidString)")
    let result = try await ChildProcess.run(
      URL(fileURLWithPath: try TmuxSession.binary()), ["ssh", "serve", "--port", "0", "--open-demo"],
      environment: ["HOME": home.path, "PATH": "/usr/bin:/bin", "KOMBO_API_KEY": "sk_live_customer"])
    #expect(result.status == 78)
    #expect(result.stderr.contains("--open-demo lets anyone in"), "\(result.stderr)")
    #expect(!result.stderr.contains("sk_live_customer"))
    #expect(result.output.isEmpty, "nothing listened")
  }
}
