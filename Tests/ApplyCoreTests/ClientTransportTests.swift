import Foundation
import Testing

@testable import ApplyCore

/// `AsyncHTTPTransport` against real sockets on 127.0.0.1: what comes back, and whether a failure
/// says the request provably never left or may have been sent.
@Suite struct ClientTransportTests {
  private func post(_ url: String, timeout: Duration = .seconds(5)) -> TransportRequest {
    TransportRequest(
      method: .post, url: URL(string: url)!, headers: [("Content-Type", "application/json")],
      body: Data(#"{"candidate":{}}"#.utf8), timeout: timeout)
  }

  @Test func answeredRequestComesBackWithStatusHeadersAndBody() async throws {
    let server = try ClientLoopbackServer { _ in
      .respond(status: 502, headers: [("Content-Type", "text/html")], body: "<html>Bad gateway</html>")
    }
    defer { server.stop() }
    let transport = AsyncHTTPTransport()
    let response = try await transport.send(post(server.baseURL + "/ats/jobs/J/applications"))
    await transport.shutdown()
    #expect(response.status == 502)
    #expect(response.header("content-type") == "text/html")
    #expect(String(decoding: response.body, as: UTF8.self) == "<html>Bad gateway</html>")
    #expect(server.requests.first?.body == Data(#"{"candidate":{}}"#.utf8))
  }

  @Test func refusedConnectionIsProvablyNotSentAndFailsFast() async throws {
    let port = try ClientLoopbackServer.closedPort()
    let transport = AsyncHTTPTransport()
    let started = ContinuousClock.now
    let failure = await #expect(throws: TransportFailure.self) {
      try await transport.send(post("http://127.0.0.1:\(port)/v1/ats/jobs/J/applications", timeout: .seconds(60)))
    }
    await transport.shutdown()
    #expect(failure?.provablyNotSent == true)
    #expect(failure?.reason.contains("refused") == true)
    #expect(ContinuousClock.now - started < .seconds(5))
  }

  @Test func unresolvableHostIsProvablyNotSent() async throws {
    let transport = AsyncHTTPTransport()
    let failure = await #expect(throws: TransportFailure.self) {
      try await transport.send(post("http://no-such-host.invalid/v1/ats/jobs/J/applications"))
    }
    await transport.shutdown()
    #expect(failure?.provablyNotSent == true)
  }

  @Test func serverThatNeverAnswersMayHaveReceivedTheBody() async throws {
    let server = try ClientLoopbackServer { _ in .hang }
    defer { server.stop() }
    let transport = AsyncHTTPTransport()
    let failure = await #expect(throws: TransportFailure.self) {
      try await transport.send(post(server.baseURL + "/ats/jobs/J/applications", timeout: .milliseconds(300)))
    }
    await transport.shutdown()
    #expect(failure?.provablyNotSent == false)
    #expect(failure?.reason.contains("no complete response") == true)
    #expect(server.requests.count == 1)
  }

  @Test func connectionClosedAfterTheRequestMayHaveReceivedTheBody() async throws {
    let server = try ClientLoopbackServer { _ in .closeAfterRequest }
    defer { server.stop() }
    let transport = AsyncHTTPTransport()
    let failure = await #expect(throws: TransportFailure.self) {
      try await transport.send(post(server.baseURL + "/ats/jobs/J/applications"))
    }
    await transport.shutdown()
    #expect(failure?.provablyNotSent == false)
    #expect(server.requests.count == 1)
  }
}
