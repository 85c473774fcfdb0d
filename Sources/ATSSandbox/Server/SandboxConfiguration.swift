public import Foundation

/// How a sandbox server runs: where it listens, where it keeps data, and what it simulates.
public struct SandboxConfiguration: Sendable {
  /// The address to bind; loopback unless ``allowRemote`` is set.
  public var host: String
  /// The port; 0 picks a free one.
  public var port: Int
  /// Where the SQLite database lives (created 0700).
  public var dataDirectory: URL
  /// Faults to inject, from `--faults` or `KOMBO_SANDBOX_FAULTS`.
  public var faults: FaultSpec
  /// Generated jobs to add to the seed jobs (`--jobs N`).
  public var extraJobs: Int
  /// The only API key accepted; `nil` accepts any non-empty key.
  public var apiKey: String?
  /// Whether to delete stored candidates, applications and attachments first.
  public var reset: Bool
  /// Whether a non-loopback ``host`` is allowed.
  public var allowRemote: Bool
  /// In-flight creates per integration before `429 PLATFORM.CONCURRENCY_LIMIT_EXCEEDED`.
  public var concurrencyLimit: Int
  /// Whether every integration accepts a second application of the same email to the same job (as
  /// many ATSs do) instead of answering `ATS.APPLICATION_ALREADY_EXISTS`: a duplicate shows as two
  /// applications, each with its own candidate record.
  public var acceptsDuplicates: Bool

  /// A configuration; everything but the data directory has the `serve` command's defaults.
  public init(
    host: String = "127.0.0.1", port: Int = 0, dataDirectory: URL, faults: FaultSpec = FaultSpec(),
    extraJobs: Int = 0, apiKey: String? = nil, reset: Bool = false, allowRemote: Bool = false,
    concurrencyLimit: Int = 30, acceptsDuplicates: Bool = false
  ) {
    self.host = host
    self.port = port
    self.dataDirectory = dataDirectory
    self.faults = faults
    self.extraJobs = extraJobs
    self.apiKey = apiKey
    self.reset = reset
    self.allowRemote = allowRemote
    self.concurrencyLimit = concurrencyLimit
    self.acceptsDuplicates = acceptsDuplicates
  }

  /// The environment variable a fault spec can also come from.
  public static let faultsEnvironmentVariable = "KOMBO_SANDBOX_FAULTS"

  /// `$XDG_DATA_HOME/kombo-apply/sandbox`, or `~/.local/share/kombo-apply/sandbox`.
  public static func defaultDataDirectory(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> URL
  {
    let base: URL
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      base = URL(fileURLWithPath: xdg, isDirectory: true)
    } else {
      let home = environment["HOME"] ?? NSHomeDirectory()
      base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(
        ".local/share", isDirectory: true)
    }
    return base.appendingPathComponent("kombo-apply/sandbox", isDirectory: true)
  }

  /// Whether `host` names a loopback address.
  public static func isLoopback(_ host: String) -> Bool {
    host == "localhost" || host == "::1" || host.hasPrefix("127.")
  }

  /// A problem with the configuration, in words for the command line.
  public struct Invalid: Error, CustomStringConvertible, Equatable {
    /// What is wrong and what is allowed.
    public let description: String
  }

  /// Checks the values a user can get wrong.
  public func validate() throws(Invalid) {
    if !allowRemote && !Self.isLoopback(host) {
      throw Invalid(
        description: "--host \(host) is not a loopback address; add --allow-remote to listen on it")
    }
    if !(0...65_535).contains(port) { throw Invalid(description: "--port must be from 0 to 65535") }
    if extraJobs < 0 || extraJobs > 1_000_000 {
      throw Invalid(description: "--jobs must be from 0 to 1000000")
    }
    if concurrencyLimit < 1 { throw Invalid(description: "--concurrency-limit must be at least 1") }
    if let apiKey, apiKey.isEmpty { throw Invalid(description: "--api-key must not be empty") }
  }
}
