import Foundation

/// A parsed fault specification: which requests misbehave, how, and how many times.
///
/// The text form is a comma-separated list of `OPERATION:FAULT[*COUNT]`, for example
/// `create:429/2*1,jobs:latency=300,create:drop-after-commit*1`. Without `*COUNT` a fault applies to
/// every matching request. See ``FaultSpec/Fault`` for the faults and ``FaultSpec/Operation`` for the
/// operations.
public struct FaultSpec: Sendable, Equatable, CustomStringConvertible {
  /// The endpoint group a rule applies to.
  public enum Operation: String, Sendable, CaseIterable {
    /// `GET /ats/jobs`.
    case jobs
    /// `POST /ats/jobs/{job_id}/applications`.
    case create
    /// `GET /ats/candidates`.
    case candidates
    /// `GET /ats/applications`.
    case applications
    /// Every endpoint under `/v1`.
    case any
  }

  /// What happens to a matching request.
  public enum Fault: Sendable, Equatable, CustomStringConvertible {
    /// 429 `PLATFORM.RATE_LIMIT_EXCEEDED`, with `Retry-After` when seconds are given.
    case rateLimited(retryAfterSeconds: Int?)
    /// A bare load-balancer 503 with an HTML body (not Kombo's JSON envelope).
    case serviceUnavailable
    /// 500 `PLATFORM.UNKNOWN_ERROR` in the JSON envelope.
    case internalError
    /// A 502 with an HTML body, as a proxy in front of Kombo would send.
    case badGatewayHTML
    /// 409 `INTEGRATION.SETUP_SYNC_PENDING`.
    case syncPending
    /// Waits this many milliseconds before handling the request; stacks with other faults.
    case latency(milliseconds: Int)
    /// Handles the request (a create is stored), then closes the connection without answering.
    case dropAfterCommit
    /// Handles the request (a create is stored), then waits this long before answering.
    case delayAfterCommit(milliseconds: Int)
    /// Keeps the request in progress this long, then handles it (a create is stored) whether or not
    /// the client is still connected: a create that is still running at Kombo after its client is gone.
    case inFlight(milliseconds: Int)

    /// The spec text of this fault.
    public var description: String {
      switch self {
      case .rateLimited(let seconds): seconds.map { "429/\($0)" } ?? "429"
      case .serviceUnavailable: "503"
      case .internalError: "500"
      case .badGatewayHTML: "502-html"
      case .syncPending: "409-sync-pending"
      case .latency(let ms): "latency=\(ms)"
      case .dropAfterCommit: "drop-after-commit"
      case .delayAfterCommit(let ms): "delay-after-commit=\(ms)"
      case .inFlight(let ms): "in-flight=\(ms)"
      }
    }
  }

  /// One `OPERATION:FAULT[*COUNT]` entry.
  public struct Rule: Sendable, Equatable, CustomStringConvertible {
    /// Which requests the rule matches.
    public var operation: Operation
    /// What it does to them.
    public var fault: Fault
    /// How many matching requests it affects; `nil` means all of them.
    public var count: Int?

    /// Creates a rule.
    public init(operation: Operation, fault: Fault, count: Int? = nil) {
      self.operation = operation
      self.fault = fault
      self.count = count
    }

    /// The spec text of this rule.
    public var description: String {
      "\(operation.rawValue):\(fault)" + (count.map { "*\($0)" } ?? "")
    }
  }

  /// A spec that could not be parsed, with a message naming the entry and what is allowed.
  public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong and what is allowed.
    public let description: String
  }

  /// The rules, in the order given.
  public var rules: [Rule]

  /// Creates a spec from rules.
  public init(rules: [Rule] = []) {
    self.rules = rules
  }

  /// Parses the text form; an empty or blank string is an empty spec.
  public init(parsing text: String) throws(ParseError) {
    var rules: [Rule] = []
    for entry in text.split(separator: ",") {
      let trimmed = entry.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty { continue }
      rules.append(try Self.parseRule(trimmed))
    }
    self.rules = rules
  }

  /// The spec text, parseable by ``init(parsing:)``.
  public var description: String {
    rules.map(\.description).joined(separator: ",")
  }

  static let grammar =
    "expected OPERATION:FAULT[*COUNT] with OPERATION one of "
    + Operation.allCases.map(\.rawValue).joined(separator: ", ")
    + " and FAULT one of 429[/RETRY_AFTER_SECONDS], 503, 500, 502-html, 409-sync-pending, latency=MS, "
    + "drop-after-commit, delay-after-commit=MS, in-flight=MS"

  private static func parseRule(_ entry: String) throws(ParseError) -> Rule {
    let parts = entry.split(separator: ":", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { throw ParseError(description: "fault '\(entry)': \(grammar)") }
    guard let operation = Operation(rawValue: parts[0].lowercased()) else {
      throw ParseError(description: "fault '\(entry)': unknown operation '\(parts[0])'; \(grammar)")
    }
    var faultText = parts[1]
    var count: Int?
    if let star = faultText.lastIndex(of: "*") {
      let countText = faultText[faultText.index(after: star)...]
      guard let parsed = Int(countText), parsed > 0 else {
        throw ParseError(description: "fault '\(entry)': COUNT must be a positive whole number")
      }
      count = parsed
      faultText = String(faultText[..<star])
    }
    guard let fault = parseFault(faultText.lowercased()) else {
      throw ParseError(description: "fault '\(entry)': unknown fault '\(faultText)'; \(grammar)")
    }
    return Rule(operation: operation, fault: fault, count: count)
  }

  private static func parseFault(_ text: String) -> Fault? {
    switch text {
    case "429": return .rateLimited(retryAfterSeconds: nil)
    case "503": return .serviceUnavailable
    case "500": return .internalError
    case "502-html": return .badGatewayHTML
    case "409-sync-pending": return .syncPending
    case "drop-after-commit": return .dropAfterCommit
    default: break
    }
    if text.hasPrefix("429/"), let seconds = Int(text.dropFirst(4)), seconds >= 0 {
      return .rateLimited(retryAfterSeconds: seconds)
    }
    if text.hasPrefix("latency="), let ms = Int(text.dropFirst(8)), ms >= 0 {
      return .latency(milliseconds: ms)
    }
    if text.hasPrefix("delay-after-commit="), let ms = Int(text.dropFirst(19)), ms >= 0 {
      return .delayAfterCommit(milliseconds: ms)
    }
    if text.hasPrefix("in-flight="), let ms = Int(text.dropFirst(10)), ms >= 0 {
      return .inFlight(milliseconds: ms)
    }
    return nil
  }
}
