import Synchronization

/// The live state of a ``FaultSpec``: counts down each rule as requests consume it.
///
/// Safe to share between concurrent requests; the spec can be replaced while the server runs.
public final class FaultInjector: Sendable {
  /// What to do to one request, decided when it arrives.
  struct Plan: Equatable {
    /// Milliseconds to wait before handling the request (the sum of matching `latency` rules).
    var latencyMilliseconds = 0
    /// The fault that replaces or follows the normal answer, if any.
    var fault: FaultSpec.Fault?
  }

  private struct Entry {
    var rule: FaultSpec.Rule
    var remaining: Int?
  }

  private let entries: Mutex<[Entry]>

  /// Starts with `spec`'s rules at their full counts.
  public init(_ spec: FaultSpec = FaultSpec()) {
    entries = Mutex(Self.entries(for: spec))
  }

  /// Replaces the rules; counts start again.
  public func replace(with spec: FaultSpec) {
    entries.withLock { $0 = Self.entries(for: spec) }
  }

  /// The rules still in force, with their remaining counts, as spec text.
  public var remaining: FaultSpec {
    entries.withLock { entries in
      FaultSpec(
        rules: entries.compactMap { entry in
          if entry.remaining == 0 { return nil }
          var rule = entry.rule
          rule.count = entry.remaining
          return rule
        })
    }
  }

  /// Decides the plan for one request of `operation`, consuming the counts it uses.
  ///
  /// Every matching `latency` rule adds its delay; the first other matching rule supplies the fault.
  func plan(for operation: FaultSpec.Operation) -> Plan {
    entries.withLock { entries in
      var plan = Plan()
      for index in entries.indices {
        let rule = entries[index].rule
        guard rule.operation == operation || rule.operation == .any, entries[index].remaining != 0 else {
          continue
        }
        if case .latency(let ms) = rule.fault {
          plan.latencyMilliseconds += ms
        } else if plan.fault == nil {
          plan.fault = rule.fault
        } else {
          continue
        }
        if let remaining = entries[index].remaining { entries[index].remaining = remaining - 1 }
      }
      return plan
    }
  }

  private static func entries(for spec: FaultSpec) -> [Entry] {
    spec.rules.map { Entry(rule: $0, remaining: $0.count) }
  }
}
