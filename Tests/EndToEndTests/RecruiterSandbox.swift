import Foundation
import TestHarness
import Testing

@testable import ATSSandbox

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `kombo-apply sandbox serve` as a child process on a free loopback port with its own data directory,
/// and reads of its state through its API, as the app's users' ATS would show it.
final class RecruiterSandbox: @unchecked Sendable {
  /// The only key the sandbox accepts (`--api-key`).
  static let apiKey = "sk_test_e2e_recruiter"

  /// The running server.
  let process: Process
  /// `http://127.0.0.1:PORT/v1`.
  let baseURL: String
  /// The default integration it prints.
  let integrationID: String
  /// Its `--data` directory.
  let dataDirectory: URL

  private init(process: Process, baseURL: String, integrationID: String, dataDirectory: URL) {
    self.process = process
    self.baseURL = baseURL
    self.integrationID = integrationID
    self.dataDirectory = dataDirectory
  }

  deinit {
    if process.isRunning { process.terminate() }
  }

  /// Starts the sandbox (with `--faults` when given, `--accept-duplicates` when asked) and waits for its
  /// first two lines.
  static func start(
    faults: String? = nil, acceptsDuplicates: Bool = false, extraArguments: [String] = []
  ) async throws -> RecruiterSandbox {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "e2e-sandbox-\(UUID().uuidString)")
    let data = scratch.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    let output = scratch.appendingPathComponent("stdout")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try TmuxSession.binary())
    process.arguments =
      ["sandbox", "serve", "--port", "0", "--data", data.path, "--api-key", apiKey]
      + (faults.map { ["--faults", $0] } ?? []) + (acceptsDuplicates ? ["--accept-duplicates"] : [])
      + extraArguments
    process.environment = ["HOME": scratch.path, "PATH": "/usr/bin:/bin"]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardError = FileHandle.nullDevice
    try process.run()
    var url: String?
    var integration: String?
    let deadline = ContinuousClock.now + .seconds(120)
    while (url == nil || integration == nil) && process.isRunning && ContinuousClock.now < deadline {
      try await Task.sleep(for: .milliseconds(50))
      let lines = ((try? String(contentsOf: output, encoding: .utf8)) ?? "").components(separatedBy: "\n")
      url = lines.first { $0.hasPrefix("Sandbox listening on ") }?.replacingOccurrences(
        of: "Sandbox listening on ", with: "")
      integration = lines.first { $0.hasPrefix("Default integration: ") }?
        .replacingOccurrences(of: "Default integration: ", with: "")
    }
    guard let url, let integration else {
      if process.isRunning { process.terminate() }
      throw SessionError(
        "the sandbox did not start: \((try? String(contentsOf: output, encoding: .utf8)) ?? "")")
    }
    return RecruiterSandbox(process: process, baseURL: url, integrationID: integration, dataDirectory: data)
  }

  /// The environment that points the app at this sandbox.
  var clientEnvironment: [String: String] {
    ["KOMBO_API_KEY": Self.apiKey, "KOMBO_BASE_URL": baseURL, "KOMBO_INTEGRATION_ID": integrationID]
  }

  /// Stops the server (SIGTERM) and waits until it has ended.
  func stop() async {
    if process.isRunning { process.terminate() }
    let deadline = ContinuousClock.now + .seconds(120)
    while process.isRunning && ContinuousClock.now < deadline {
      try? await Task.sleep(for: .milliseconds(20))
    }
  }

  /// Sends a request to `url` with the key and integration; the envelope's `data`.
  private func data(_ url: String, method: String = "GET", body: String? = nil) async throws -> [String: Any]
  {
    var request = URLRequest(url: try #require(URL(string: url)))
    request.httpMethod = method
    request.httpBody = body.map { Data($0.utf8) }
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    request.setValue("Bearer \(Self.apiKey)", forHTTPHeaderField: "Authorization")
    request.setValue(integrationID, forHTTPHeaderField: "X-Integration-Id")
    let (answer, response) = try await URLSession.shared.data(for: request)
    #expect((response as? HTTPURLResponse)?.statusCode == 200, "\(method) \(url)")
    let envelope = try #require(try JSONSerialization.jsonObject(with: answer) as? [String: Any])
    return try #require(envelope["data"] as? [String: Any])
  }

  /// `GET /v1<path>`; the envelope's `data.results`.
  func results(_ path: String) async throws -> [[String: Any]] {
    try #require(try await data(baseURL + path)["results"] as? [[String: Any]])
  }

  /// The faults still to come (`GET /_sandbox/faults`): a fault a request used up is gone.
  func remainingFaults() async throws -> String {
    try #require(try await data(faultsURL)["faults"] as? String)
  }

  /// Replaces the faults (`PUT /_sandbox/faults`).
  func setFaults(_ spec: String) async throws {
    _ = try await data(faultsURL, method: "PUT", body: spec)
  }

  private var faultsURL: String {
    String(baseURL.dropLast("/v1".count)) + "/_sandbox/faults"
  }

  /// Every application to `jobID`, following the pages' `next` cursors.
  func allApplications(jobID: String) async throws -> [[String: Any]] {
    var all: [[String: Any]] = []
    var cursor: String?
    repeat {
      let query = "job_ids=\(jobID)&page_size=250" + (cursor.map { "&cursor=\($0)" } ?? "")
      let page = try await data(baseURL + "/ats/applications?" + query)
      all += try #require(page["results"] as? [[String: Any]])
      cursor = page["next"] as? String
    } while cursor != nil
    return all
  }

  /// The applications for `jobID` whose candidate has `email`.
  func applications(jobID: String, email: String) async throws -> [[String: Any]] {
    try await results("/ats/applications?job_ids=\(jobID)").filter { application in
      let candidate = application["candidate"] as? [String: Any]
      let emails = (candidate?["email_addresses"] as? [[String: Any]]) ?? []
      return emails.contains { ($0["email_address"] as? String)?.lowercased() == email.lowercased() }
    }
  }

  /// The candidates with `email`.
  func candidates(email: String) async throws -> [[String: Any]] {
    let query = email.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? email
    return try await results("/ats/candidates?email=\(query)")
  }

  /// The attachments and file answers stored with `applicationID`, read from the data directory after
  /// `stop()` (the API has no endpoint listing them).
  func storedFiles(applicationID: String) async throws -> [StoredFile] {
    try await SandboxStore(directory: dataDirectory, reset: false).attachments(applicationID: applicationID)
      .map {
        StoredFile(
          name: $0.name, type: $0.type, contentType: $0.contentType, data: $0.data,
          isAnswer: $0.questionID != nil)
      }
  }
}

/// An attachment or file answer as the sandbox stored it.
struct StoredFile: Equatable {
  var name: String
  var type: String
  var contentType: String?
  var data: Data?
  /// Whether it answers a file question (rather than being an attachment).
  var isAnswer: Bool
}

/// One application as the sandbox lists it.
struct SandboxApplication {
  /// The wire object.
  let object: [String: Any]

  /// Its id.
  var id: String { object["id"] as? String ?? "" }

  /// The current stage's name.
  var stageName: String? { (object["current_stage"] as? [String: Any])?["name"] as? String }

  /// The candidate's wire object.
  var candidate: [String: Any] { object["candidate"] as? [String: Any] ?? [:] }

  /// Each answered question's title with its answer object (`content`, `number`, `choice`, …).
  var answers: [String: [String: Any]] {
    var answers: [String: [String: Any]] = [:]
    for entry in object["screening_question_answers"] as? [[String: Any]] ?? [] {
      guard let title = (entry["question"] as? [String: Any])?["title"] as? String else { continue }
      answers[title] = entry["answer"] as? [String: Any] ?? [:]
    }
    return answers
  }
}
