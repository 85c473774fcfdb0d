import Foundation
import Testing

@testable import ApplyCore

/// `AsyncHTTPTransport` against real sockets on 127.0.0.1: what comes back, and whether a failure
/// says the request provably never left or may have been sent.
@Suite struct ClientTransportTests {
  /// Runs `body` with a fresh transport and always shuts it down (AsyncHTTPClient traps otherwise).
  private func withTransport<T>(_ body: (AsyncHTTPTransport) async throws -> T) async rethrows -> T {
    let transport = AsyncHTTPTransport()
    do {
      let result = try await body(transport)
      await transport.shutdown()
      return result
    } catch {
      await transport.shutdown()
      throw error
    }
  }

  /// Sends to `url` and returns the failure, if any (the transport is always shut down).
  private func failure(_ url: String, timeout: Duration = .seconds(30)) async -> TransportFailure? {
    await withTransport { transport -> TransportFailure? in
      do {
        _ = try await transport.send(post(url, timeout: timeout))
        return nil
      } catch {
        return error as? TransportFailure
      }
    }
  }

  private func post(_ url: String, timeout: Duration = .seconds(30)) -> TransportRequest {
    TransportRequest(
      method: .post, url: URL(string: url)!, headers: [("Content-Type", "application/json")],
      body: Data(#"{"candidate":{}}"#.utf8), timeout: timeout)
  }

  @Test func answeredRequestComesBackWithStatusHeadersAndBody() async throws {
    let server = try ClientLoopbackServer { _ in
      .respond(status: 502, headers: [("Content-Type", "text/html")], body: "<html>Bad gateway</html>")
    }
    defer { server.stop() }
    let response = try await withTransport { transport in
      try await transport.send(post(server.baseURL + "/ats/jobs/J/applications"))
    }
    #expect(response.status == 502)
    #expect(response.header("content-type") == "text/html")
    #expect(String(decoding: response.body, as: UTF8.self) == "<html>Bad gateway</html>")
    #expect(server.requests.first?.body == Data(#"{"candidate":{}}"#.utf8))
  }

  @Test func refusedConnectionIsProvablyNotSentAndFailsFast() async throws {
    let port = try ClientLoopbackServer.closedPort()
    let started = ContinuousClock.now
    let failure = await failure("http://127.0.0.1:\(port)/v1/ats/jobs/J/applications", timeout: .seconds(600))
    #expect(failure?.provablyNotSent == true)
    #expect(failure?.reason.contains("refused") == true)
    #expect(ContinuousClock.now - started < .seconds(120), "refused at once, not after the 600 s deadline")
  }

  @Test func unresolvableHostIsProvablyNotSent() async throws {
    let failure = await failure("http://no-such-host.invalid/v1/ats/jobs/J/applications")
    #expect(failure?.provablyNotSent == true)
  }

  @Test func serverThatNeverAnswersMayHaveReceivedTheBody() async throws {
    let server = try ClientLoopbackServer { _ in .hang }
    defer { server.stop() }
    let failure = await failure(server.baseURL + "/ats/jobs/J/applications", timeout: .milliseconds(300))
    #expect(failure?.provablyNotSent == false)
    #expect(failure?.reason.contains("no complete response") == true)
    #expect(server.requests.count == 1)
  }

  @Test func connectionClosedAfterTheRequestMayHaveReceivedTheBody() async throws {
    let server = try ClientLoopbackServer { _ in .closeAfterRequest }
    defer { server.stop() }
    let failure = await failure(server.baseURL + "/ats/jobs/J/applications")
    #expect(failure?.provablyNotSent == false)
    #expect(server.requests.count == 1)
  }
}
