import Testing

@testable import ATSSandbox

@Suite struct FaultSpecTests {
  @Test func parsesEveryFaultAndRoundTrips() throws {
    let text =
      "create:429/2*1,jobs:503,any:500*3,candidates:502-html,create:409-sync-pending*2,jobs:latency=250,"
      + "create:drop-after-commit*1,create:delay-after-commit=1500,applications:429,create:in-flight=4000*1"
    let spec = try FaultSpec(parsing: text)
    #expect(
      spec.rules.map(\.fault) == [
        .rateLimited(retryAfterSeconds: 2), .serviceUnavailable, .internalError, .badGatewayHTML,
        .syncPending,
        .latency(milliseconds: 250), .dropAfterCommit, .delayAfterCommit(milliseconds: 1500),
        .rateLimited(retryAfterSeconds: nil), .inFlight(milliseconds: 4000),
      ])
    #expect(spec.rules.map(\.count) == [1, nil, 3, nil, 2, nil, 1, nil, nil, 1])
    #expect(spec.description == text)
    #expect(try FaultSpec(parsing: spec.description) == spec)
  }

  @Test func blankSpecIsEmpty() throws {
    #expect(try FaultSpec(parsing: " , ").rules.isEmpty)
  }

  @Test(arguments: [
    ("create", "OPERATION:FAULT"), ("post:503", "unknown operation 'post'"),
    ("jobs:404", "unknown fault '404'"),
    ("jobs:503*0", "COUNT must be a positive"), ("jobs:latency=fast", "unknown fault"),
    ("create:429/soon", "unknown fault"),
  ])
  func rejectsMalformedEntriesNamingThem(_ text: String, _ fragment: String) {
    #expect {
      try FaultSpec(parsing: text)
    } throws: { error in
      let message = "\(error)"
      return message.contains(fragment) && message.contains("'\(text)'")
    }
  }

  @Test func countsDownAndStacksLatency() throws {
    let injector = FaultInjector(
      try FaultSpec(parsing: "any:latency=10,create:503*1,create:500*1,jobs:latency=5*1"))
    #expect(injector.plan(for: .create) == .init(latencyMilliseconds: 10, fault: .serviceUnavailable))
    #expect(injector.plan(for: .create) == .init(latencyMilliseconds: 10, fault: .internalError))
    #expect(injector.plan(for: .create) == .init(latencyMilliseconds: 10, fault: nil))
    #expect(injector.plan(for: .jobs) == .init(latencyMilliseconds: 15, fault: nil))
    #expect(injector.plan(for: .jobs) == .init(latencyMilliseconds: 10, fault: nil))
    #expect(injector.remaining.description == "any:latency=10")
  }

  @Test func anyMatchesEveryOperationButSpecificOnesDoNot() throws {
    let injector = FaultInjector(try FaultSpec(parsing: "candidates:500"))
    #expect(injector.plan(for: .jobs).fault == nil)
    #expect(injector.plan(for: .candidates).fault == .internalError)
    injector.replace(with: try FaultSpec(parsing: "any:409-sync-pending*1"))
    #expect(injector.plan(for: .applications).fault == .syncPending)
    #expect(injector.plan(for: .applications).fault == nil)
  }
}
