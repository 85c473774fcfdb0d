import ATSSandbox
import ArgumentParser
import Foundation
import KomboAPI

/// `kombo-apply sandbox`: run the built-in Kombo-compatible server, or list its integrations.
struct SandboxCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sandbox",
    abstract: "Run the built-in Kombo-compatible sandbox server.",
    subcommands: [Serve.self, Integrations.self]
  )

  /// `kombo-apply sandbox serve`.
  struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Serve Kombo's API on this machine with seeded jobs and 66 integrations.",
      discussion: """
        Prints "Sandbox listening on http://HOST:PORT/v1" and "Default integration: ID" first; stops on \
        SIGINT or SIGTERM. Candidates, applications and attachments persist in the data directory.

        Fault spec: a comma list of OPERATION:FAULT[*COUNT]; OPERATION is jobs, create, candidates, \
        applications or any; FAULT is 429[/RETRY_AFTER_SECONDS], 503, 500, 502-html, 409-sync-pending, \
        latency=MS, drop-after-commit, delay-after-commit=MS or in-flight=MS (the create is stored after MS \
        even if the client has gone). Without *COUNT a fault hits every matching \
        request. Also read from $KOMBO_SANDBOX_FAULTS, and replaceable at run time with \
        PUT /_sandbox/faults.
        """
    )

    @Option(help: "Address to listen on (loopback unless --allow-remote).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one.")
    var port = 0

    @Option(help: "Data directory (default: $XDG_DATA_HOME/kombo-apply/sandbox).")
    var data: String?

    @Option(help: "Faults to inject, e.g. 'create:429/2*1,jobs:latency=300'.")
    var faults: String?

    @Option(help: "Generated jobs to add to the seed jobs, for scale work.")
    var jobs = 0

    @Option(name: .customLong("api-key"), help: "Accept only this API key (default: any non-empty key).")
    var apiKey: String?

    @Option(name: .customLong("concurrency-limit"), help: "In-flight creates per integration before a 429.")
    var concurrencyLimit = 30

    @Flag(help: "Delete stored candidates, applications and attachments first.")
    var reset = false

    @Flag(name: .customLong("allow-remote"), help: "Allow listening on a non-loopback address.")
    var allowRemote = false

    @Flag(
      name: .customLong("accept-duplicates"),
      help: "Accept a second application of the same email to the same job, as many ATSs do.")
    var acceptDuplicates = false

    func validate() throws {
      _ = try serverConfiguration()
    }

    /// The server configuration from the flags and `$KOMBO_SANDBOX_FAULTS`; throws naming the bad flag.
    private func serverConfiguration() throws -> SandboxConfiguration {
      let environment = ProcessInfo.processInfo.environment
      let spec: FaultSpec
      do {
        spec = try FaultSpec(
          parsing: faults ?? environment[SandboxConfiguration.faultsEnvironmentVariable] ?? "")
      } catch {
        throw ValidationError("--faults: \(error)")
      }
      let configuration = SandboxConfiguration(
        host: host, port: port,
        dataDirectory: data.map { URL(fileURLWithPath: $0, isDirectory: true) }
          ?? SandboxConfiguration.defaultDataDirectory(environment: environment),
        faults: spec, extraJobs: jobs, apiKey: apiKey, reset: reset, allowRemote: allowRemote,
        concurrencyLimit: concurrencyLimit, acceptsDuplicates: acceptDuplicates)
      do {
        try configuration.validate()
      } catch {
        throw ValidationError(error.description)
      }
      return configuration
    }

    func run() async throws {
      let configuration = try serverConfiguration()
      let server = try SandboxServer(configuration: configuration)
      try await server.run(gracefulShutdownSignals: true) { port in
        print("Sandbox listening on \(server.baseURL(port: port).absoluteString)")
        print("Default integration: \(SandboxIntegrations.default.id)")
        print("Data: \(configuration.dataDirectory.path)")
        if !configuration.faults.rules.isEmpty { print("Faults: \(configuration.faults)") }
        print(
          configuration.apiKey == nil ? "API key: any non-empty key" : "API key: the one given with --api-key"
        )
        fflush(nil)
      }
    }
  }

  /// `kombo-apply sandbox integrations`.
  struct Integrations: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the sandbox's integrations: id, tool, label.")

    func run() {
      let width = SandboxIntegrations.all.map(\.id.count).max() ?? 0
      let toolWidth = SandboxIntegrations.all.map(\.tool.slug.count).max() ?? 0
      for integration in SandboxIntegrations.all {
        let id = integration.id.padding(toLength: width, withPad: " ", startingAt: 0)
        let tool = integration.tool.slug.padding(toLength: toolWidth, withPad: " ", startingAt: 0)
        print("\(id)  \(tool)  \(integration.tool.label)")
      }
    }
  }
}
