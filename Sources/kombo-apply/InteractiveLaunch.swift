import ApplyCore
import Foundation
import KomboAPI
import RecruiterApp
import Synchronization

/// What the terminal UI and the line mode start from: the configuration, the state database, and the
/// backend sessions the start-up connects (the embedded sandbox is started before the terminal is
/// taken over, since it reports on stderr). `services` is what `LaunchProgram` and `AccessibleApp` use;
/// `shutdown()` closes every session.
final class InteractiveLaunch: Sendable {
  private let context: AppContext
  private let database: StateDatabase
  private let sandbox: BackendSession?
  private let probe: BackendSession?
  private let connected = Mutex<[BackendSession]>([])

  private init(context: AppContext, database: StateDatabase, sandbox: BackendSession?, probe: BackendSession?)
  {
    self.context = context
    self.database = database
    self.sandbox = sandbox
    self.probe = probe
  }

  /// Resolves the configuration, opens the state database, and starts the sandbox when no key is set.
  static func prepare(connection: ConnectionOptions) async throws(CommandFailure) -> InteractiveLaunch {
    let context = try AppContext(connection: connection)
    let database = try context.database(announcesRecovered: false)
    let configuration = context.configuration
    guard let apiKey = configuration.apiKey else {
      let sandbox = try await Backend.make(configuration, substitutes: true)
      return InteractiveLaunch(context: context, database: database, sandbox: sandbox, probe: nil)
    }
    let probe = Backend.remote(
      server: configuration.server, apiKey: apiKey, integration: nil,
      createTimeout: configuration.createTimeout,
      isSandbox: false, shutdownExtra: {})
    return InteractiveLaunch(context: context, database: database, sandbox: nil, probe: probe)
  }

  /// The launcher's services over this configuration.
  var services: LaunchServices {
    let configuration = context.configuration
    let keySource: String =
      switch configuration.keySource {
      case .environment?: "KOMBO_API_KEY"
      case .file(let path)?: path
      case nil: "nowhere"
      }
    let stateDirectory = configuration.paths.stateDirectory
    let facts = LaunchFacts(
      isSandbox: sandbox != nil, integration: configuration.integration?.description,
      known: configuration.knownIntegrations, lastUsed: LastIntegration.read(in: stateDirectory),
      context: StartupCheck.Context(
        maskedKey: configuration.apiKey?.masked ?? "", keySource: keySource,
        server: configuration.server.description, configFile: configuration.paths.configFile))
    return LaunchServices(
      facts: facts, probe: probe?.client, remember: { LastIntegration.write($0, in: stateDirectory) },
      connect: { [self] integration in self.connect(integration) })
  }

  /// The app's services over the sandbox, or over a new session for `integration`.
  private func connect(_ integration: String?) -> Result<RecruiterServices, SetupProblem> {
    let configuration = context.configuration
    let session: BackendSession
    if let sandbox {
      session = sandbox
    } else if let apiKey = configuration.apiKey {
      session = Backend.remote(
        server: configuration.server, apiKey: apiKey, integration: integration.flatMap(IntegrationID.init),
        createTimeout: configuration.createTimeout, isSandbox: false, shutdownExtra: {})
      connected.withLock { $0.append(session) }
    } else {
      return .failure(.other(code: nil, message: "no API key and no sandbox", logURL: nil))
    }
    let environment = ProcessInfo.processInfo.environment
    return .success(
      RecruiterServices(
        client: session.client, database: database, submitter: context.submitter(session, database: database),
        homeDirectory: environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path,
        workingDirectory: FileManager.default.currentDirectoryPath,
        pickerFolder: PickerFolderMemory(stateDirectory: configuration.paths.stateDirectory),
        backend: BackendInfo(
          label: session.label, isSandbox: session.isSandbox, integrationID: session.integrationID,
          notice: session.notice),
        sessionSeed: UUID().uuidString.lowercased()))
  }

  /// Closes every session (and stops the sandbox).
  func shutdown() async {
    let sessions = connected.withLock { $0 } + [sandbox, probe].compactMap { $0 }
    for session in sessions { await session.shutdown() }
  }
}
