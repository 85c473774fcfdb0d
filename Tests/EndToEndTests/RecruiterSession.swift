import Foundation
import TestHarness
import Testing

/// The recruiter's terminal UI — the real binary in tmux — against a `RecruiterSandbox`, with a private
/// home and XDG directories (so its state database, drafts and outbox belong to this test alone).
final class RecruiterSession {
  /// The sandbox the app talks to.
  let sandbox: RecruiterSandbox
  /// The private home; `XDG_*` directories live inside it.
  let home: URL
  /// The app's working directory, where the file picker opens and test files are written.
  let files: URL
  /// The running program's pane; replaced by `launch()`.
  private(set) var tui: TmuxSession?

  /// A session against `sandbox`; nothing runs until `launch()`.
  init(sandbox: RecruiterSandbox) throws {
    self.sandbox = sandbox
    home = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-tui-\(UUID().uuidString)")
    files = home.appendingPathComponent("files")
    try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
  }

  /// Starts the program (ending one still running), with `extra` added to its environment, and waits
  /// for the job list or `firstScreen`.
  func launch(
    _ arguments: String = "", width: Int = 100, height: Int = 30, firstScreen: String = "jobs loaded",
    environment extra: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation
  ) async throws {
    tui = nil
    var environment = sandbox.clientEnvironment.merging(extra) { $1 }
    for (name, folder) in [
      "HOME": "", "XDG_CONFIG_HOME": "/config", "XDG_STATE_HOME": "/state",
      "XDG_DATA_HOME": "/data", "XDG_CACHE_HOME": "/cache",
    ] {
      environment[name] = home.path + folder
    }
    tui = try await TmuxSession(
      arguments, width: width, height: height, environment: environment, directory: files.path)
    try await see(firstScreen, sourceLocation: sourceLocation)
  }

  /// The running program's pane.
  var pane: TmuxSession {
    get throws {
      guard let tui else { throw SessionError("the app was not launched") }
      return tui
    }
  }

  /// Writes `data` as `name` in the working directory; returns its path.
  @discardableResult
  func write(_ name: String, _ data: Data) throws -> String {
    let url = files.appendingPathComponent(name)
    try data.write(to: url)
    return url.path
  }

  /// Types `text` literally.
  func type(_ text: String) async throws { try await pane.type(text) }

  /// Presses keys by tmux name.
  func press(_ keys: String...) async throws {
    try await pane.tmux(["send-keys"] + keys)
  }

  /// Waits (up to `seconds`, returning as soon as it shows) for `text` on the screen; records an issue
  /// with the screen and throws when it never shows, so the test stops at the first wrong step.
  func see(_ text: String, seconds: Double = 30, sourceLocation: SourceLocation = #_sourceLocation)
    async throws
  {
    let pane = try pane
    if try await pane.waitFor(text, seconds: seconds) { return }
    Issue.record(
      "\"\(text)\" never showed; the screen:\n\(await pane.screen())", sourceLocation: sourceLocation)
    throw SessionError("\"\(text)\" never showed")
  }

  /// Waits until `text` is gone from the screen; records an issue and throws when it stays.
  func dontSee(_ text: String, seconds: Double = 10, sourceLocation: SourceLocation = #_sourceLocation)
    async throws
  {
    let pane = try pane
    if try await pane.wait(seconds: seconds, { try await !pane.lines().contains { $0.contains(text) } }) {
      return
    }
    Issue.record("\"\(text)\" stayed; the screen:\n\(await pane.screen())", sourceLocation: sourceLocation)
    throw SessionError("\"\(text)\" stayed")
  }

  /// Waits until the program has ended; its exit status.
  func exitStatus(seconds: Double = 20) async throws -> Int? {
    try await pane.waitForExit(seconds: seconds)
  }
}
