public import ApplyCore
public import Foundation
public import KomboAPI

/// What the executable knows before the app starts: where the key and integration come from.
public struct LaunchFacts: Sendable, Equatable {
  /// Whether there is no API key (the built-in sandbox is used; nothing to check).
  public var isSandbox: Bool
  /// The integration chosen by flag, environment or config file, if any.
  public var integration: String?
  /// The integrations listed in the config file, for the picker.
  public var known: [ConfigFile.Integration]
  /// The integration picked last time, if remembered.
  public var lastUsed: String?
  /// What the messages need: masked key, its source, the server, the config file.
  public var context: StartupCheck.Context

  /// Launch facts.
  public init(
    isSandbox: Bool, integration: String?, known: [ConfigFile.Integration], lastUsed: String?,
    context: StartupCheck.Context
  ) {
    self.isSandbox = isSandbox
    self.integration = integration
    self.known = known
    self.lastUsed = lastUsed
    self.context = context
  }

  /// Whether the user must pick an integration first: a key, none chosen, several listed.
  public var needsPicker: Bool { !isSandbox && integration == nil && known.count > 1 }
}

/// What the start-up needs from the outside world.
public struct LaunchServices: Sendable {
  /// The facts.
  public var facts: LaunchFacts
  /// A client for the checks (`/check-api-key`, `/integrations/{id}`); nil for the sandbox.
  public var probe: (any KomboClient)?
  /// Builds the app's services for an integration (the executable's backend session).
  public var connect: @Sendable (String?) async -> Result<RecruiterServices, SetupProblem>
  /// Remembers the picked integration for next time.
  public var remember: @Sendable (String) -> Void
  /// The time source.
  public var clock: any WallClock

  /// Launch services.
  public init(
    facts: LaunchFacts, probe: (any KomboClient)?, clock: any WallClock = SystemClock(),
    remember: @escaping @Sendable (String) -> Void,
    connect: @escaping @Sendable (String?) async -> Result<RecruiterServices, SetupProblem>
  ) {
    self.facts = facts
    self.probe = probe
    self.clock = clock
    self.remember = remember
    self.connect = connect
  }
}

/// Everything the app starts with once connected.
public struct LaunchReady: Sendable {
  /// The app's services.
  public var services: RecruiterServices
  /// The integration's details, when checked.
  public var details: IntegrationDetails?
  /// Saved drafts, newest first.
  public var drafts: [DraftListing]
  /// Submissions waiting in the outbox (interrupted ones recovered as unknown first).
  public var outboxCount: Int
  /// The in-flight window that closes last among them, when an attempt may still be running at Kombo.
  public var inFlight: InFlightWindow?
  /// When the app started.
  public var now: Date
  /// What of the saved state could not be read (the outbox, interrupted submissions, drafts), in
  /// words: the start says so instead of showing an empty outbox.
  public var unreadable: [String] = []
}
