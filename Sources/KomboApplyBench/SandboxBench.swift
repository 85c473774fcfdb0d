import ATSSandbox
import Foundation
import KomboAPI

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The sandbox server over loopback: start-up with 100,000 generated jobs, a 250-job page with
/// questions, and a create with a 10 MB attachment. Server-side times come from the sandbox's
/// `Server-Timing` header; end-to-end times include the HTTP client.
enum SandboxBench {
  static let benchmark = Benchmark(name: "sandbox") {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kombo-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let clock = ContinuousClock()
    var startedSandbox: EmbeddedSandbox?
    let startup = try await clock.measure {
      startedSandbox = try await EmbeddedSandbox.start(dataDirectory: directory, extraJobs: 100_000)
    }
    guard let sandbox = startedSandbox else { return }
    print(String(format: "start with 100,000 generated jobs: %.0f ms", milliseconds(startup)))
    let session = URLSession(configuration: .ephemeral)

    var pageServer: [Double] = []
    var pageTotal: [Double] = []
    var pageBytes = 0
    for index in 0..<60 {
      var request = URLRequest(
        url: try BenchSetupError.required(
          URL(string: sandbox.baseURL.absoluteString + "/ats/jobs?page_size=250"), "the jobs URL"))
      authorize(&request, sandbox)
      let started = clock.now
      let (data, response) = try await session.data(for: request)
      let total = milliseconds(clock.now - started)
      guard index >= 10 else { continue }
      pageTotal.append(total)
      pageServer.append(serverTiming(response))
      pageBytes = data.count
    }
    var coldServer: [Double] = []
    var cursor: String?
    for _ in 0..<20 {
      var request = URLRequest(
        url: try BenchSetupError.required(
          URL(
            string: sandbox.baseURL.absoluteString + "/ats/jobs?page_size=250"
              + (cursor.map { "&cursor=\($0)" } ?? "")), "the next page's URL"))
      authorize(&request, sandbox)
      let (data, response) = try await session.data(for: request)
      cursor = try KomboJSON.decoder().decode(KomboPage<Job>.self, from: data).next
      if coldServer.count < 19 && cursor != nil { coldServer.append(serverTiming(response)) }
    }
    print(
      Measure.summary(
        "GET /ats/jobs?page_size=250 server-side, first time (jobs encoded)", coldServer.dropFirst().sorted())
    )
    print(Measure.summary("GET /ats/jobs?page_size=250 server-side, cached jobs", pageServer.sorted()))
    print(Measure.summary("GET /ats/jobs?page_size=250 end-to-end", pageTotal.sorted()))
    print("  page size: \(pageBytes / 1024) KiB; target ≤ 20 ms server-side")

    let job = try await firstJob(named: "Seasonal Warehouse Associate", sandbox, session)
    let file = Data((0..<(10 * 1024 * 1024)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    let encoded = file.base64EncodedString()
    var createServer: [Double] = []
    var createTotal: [Double] = []
    for index in 0..<12 {
      let body: JSONValue = [
        "candidate": [
          "first_name": "Bench", "last_name": "Mark", "email_address": .string("bench\(index)@example.com"),
        ],
        "attachments": [
          ["name": "cv.pdf", "type": "CV", "content_type": "application/pdf", "data": .string(encoded)]
        ],
      ]
      var request = URLRequest(url: sandbox.baseURL.appendingPathComponent("ats/jobs/\(job)/applications"))
      request.httpMethod = "POST"
      request.httpBody = try KomboJSON.encoder().encode(body)
      request.setValue("application/json", forHTTPHeaderField: "Content-Type")
      authorize(&request, sandbox)
      let started = clock.now
      let (_, response) = try await session.data(for: request)
      let total = milliseconds(clock.now - started)
      guard (response as? HTTPURLResponse)?.statusCode == 200 else {
        print("create failed: \((response as? HTTPURLResponse)?.statusCode ?? 0)")
        return
      }
      guard index >= 2 else { continue }
      createServer.append(serverTiming(response))
      createTotal.append(total)
    }
    print(Measure.summary("POST applications, 10 MB attachment, server-side", createServer.sorted()))
    print(Measure.summary("POST applications, 10 MB attachment, end-to-end", createTotal.sorted()))
    print("  target ≤ 60 ms server-side; peak RSS \(Int(Measure.peakRSSMegabytes())) MB")
    await sandbox.stop()
  }

  private static func authorize(_ request: inout URLRequest, _ sandbox: EmbeddedSandbox) {
    request.setValue("Bearer \(sandbox.apiKey)", forHTTPHeaderField: "Authorization")
    request.setValue(sandbox.integrationID, forHTTPHeaderField: "X-Integration-Id")
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
  }

  private static func firstJob(named name: String, _ sandbox: EmbeddedSandbox, _ session: URLSession)
    async throws
    -> String
  {
    var request = URLRequest(
      url: try BenchSetupError.required(
        URL(
          string: sandbox.baseURL.absoluteString
            + "/ats/jobs?name_contains=\(name.replacingOccurrences(of: " ", with: "%20"))"), "the search URL")
    )
    authorize(&request, sandbox)
    let (data, _) = try await session.data(for: request)
    return try KomboJSON.decoder().decode(KomboPage<Job>.self, from: data).results.first?.id ?? ""
  }

  private static func serverTiming(_ response: URLResponse) -> Double {
    let header = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Server-Timing") ?? ""
    return Double(header.components(separatedBy: "dur=").last ?? "") ?? .nan
  }

  private static func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
  }
}
