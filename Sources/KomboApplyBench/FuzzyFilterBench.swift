import Foundation
import TerminalUI

/// Fuzzy filtering of 100,000 job titles, one keystroke at a time, against Debian's `fzf --filter`
/// on the same lines and the same query prefixes.
enum FuzzyFilterBench {
  /// The registered benchmark.
  static let benchmark = Benchmark(name: "fuzzy-filter") { try run() }

  static let itemCount = 100_000
  static let queries = [
    "senior backend berlin", "sales manager", "data eng", "JOB-04", "zurich", "product designer lisbon",
    "sre platform", "customer success", "jun dev ops", "head of people",
  ]

  static func run() throws {
    let jobs = JobTitles.generate(count: itemCount, seed: 42)
    let clock = ContinuousClock()
    var index: FuzzyIndex?
    let indexTime = clock.measure { index = FuzzyIndex(items: jobs) }
    guard let index else { return }
    print(String(format: "indexed %d jobs in %.1f ms, peak RSS %.0f MB", itemCount, milliseconds(indexTime),
      Measure.peakRSSMegabytes()))

    var incremental: [Double] = []
    var fromScratch: [Double] = []
    var fzfTimes: [Double] = []
    var agreeing = 0
    var keystrokes = 0
    let linesFile = FileManager.default.temporaryDirectory.appendingPathComponent("kombo-fuzzy-\(getpid()).txt")
    try jobs.map { $0.joined(separator: " · ") }.joined(separator: "\n").write(to: linesFile, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: linesFile) }
    let fzf = fzfPath()
    if fzf == nil { print("fzf not found: install it with `apt-get install -y fzf` for the comparison") }

    for query in queries {
      var search = FuzzySearch(index: index)
      var typed = ""
      for character in query {
        typed.append(character)
        keystrokes += 1
        incremental.append(milliseconds(clock.measure { search.update(query: typed) }))
        var fresh = FuzzySearch(index: index)
        fromScratch.append(milliseconds(clock.measure { fresh.update(query: typed) }))
        guard let fzf else { continue }
        var firstLine = ""
        fzfTimes.append(milliseconds(try clock.measure { firstLine = try runFzf(fzf, query: typed, input: linesFile) }))
        let ours = search.results.first.map { jobs[Int($0)].joined(separator: " · ") } ?? ""
        if ours == firstLine { agreeing += 1 }
      }
      print("  \(query): \(search.results.count) matches; best: \(search.results.first.map { jobs[Int($0)][0] } ?? "-")")
    }
    incremental.sort()
    fromScratch.sort()
    fzfTimes.sort()
    print(Measure.summary("kombo-apply incremental, per keystroke", incremental))
    print(Measure.summary("kombo-apply from scratch, per keystroke", fromScratch))
    print(String(format: "target p99 <= 8 ms: %@", Measure.percentile(incremental, 99) <= 8 ? "met" : "MISSED"))
    guard !fzfTimes.isEmpty else { return }
    print(Measure.summary("fzf --filter (process, reads the 100,000 lines)", fzfTimes))
    print(String(format: "ratio fzf / kombo-apply: p50 %.1fx (incremental), %.1fx (from scratch)",
      Measure.percentile(fzfTimes, 50) / Measure.percentile(incremental, 50),
      Measure.percentile(fzfTimes, 50) / Measure.percentile(fromScratch, 50)))
    print("same best match as fzf on \(agreeing) of \(keystrokes) keystrokes")
  }

  private static func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
  }

  private static func fzfPath() -> String? {
    ["/usr/bin/fzf", "/usr/local/bin/fzf"].first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Runs `fzf --filter query < input` and returns its first output line.
  private static func runFzf(_ path: String, query: String, input: URL) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["--filter", query]
    process.standardInput = try FileHandle(forReadingFrom: input)
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    return text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
  }
}

/// Deterministic, realistic job postings: title, job code, department, location.
enum JobTitles {
  static let seniorities = ["", "Junior ", "Senior ", "Staff ", "Principal ", "Lead ", "Head of ", "Working Student "]
  static let roles = [
    "Backend Engineer", "Frontend Engineer", "Full-Stack Developer", "Data Engineer", "Data Scientist",
    "Product Manager", "Product Designer", "UX Researcher", "Site Reliability Engineer", "DevOps Engineer",
    "Sales Manager", "Account Executive", "Customer Success Manager", "Recruiter", "People Partner",
    "Financial Analyst", "Accountant", "Marketing Manager", "Content Writer", "Support Specialist",
    "Warehouse Operative", "Delivery Driver", "Nurse", "Store Manager", "Chef de Partie", "Electrician",
  ]
  static let specialties = [
    "", " (Payments)", " (Platform)", " (Mobile)", " – Machine Learning", " (Growth)", " (EMEA)", " (DACH)",
    " – Night Shift", " (m/w/d)", " (Part-time)",
  ]
  static let departments = [
    "Engineering", "Product", "Design", "Sales", "Customer Success", "People", "Finance", "Marketing",
    "Operations", "Logistics", "Healthcare", "Retail",
  ]
  static let locations = [
    "Berlin, DE", "München, DE", "Zürich, CH", "Wien, AT", "Paris, FR", "Lisbon, PT", "London, UK",
    "Amsterdam, NL", "Kraków, PL", "Stockholm, SE", "Remote", "New York, US", "São Paulo, BR", "東京, JP",
  ]

  /// `count` postings from a fixed seed.
  static func generate(count: Int, seed: UInt64) -> [[String]] {
    var random = SplitMix64(state: seed)
    func pick(_ list: [String]) -> String { list[Int(random.next() % UInt64(list.count))] }
    return (0..<count).map { number in
      let title = pick(seniorities) + pick(roles) + pick(specialties)
      let code = "JOB-" + String(number + 1).leftPadded(to: 5)
      return [title, code, pick(departments), pick(locations)]
    }
  }

  /// A tiny seeded generator (SplitMix64) so runs compare like with like.
  struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
