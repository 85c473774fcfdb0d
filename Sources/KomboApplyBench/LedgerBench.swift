import ApplyCore
import Foundation

/// The durable ledger's cost for a submission with a 10 MB attachment (a 13.4 MB base64 body):
/// recording it before sending, saving a state change between attempts, and moving it to the history.
enum LedgerBench {
  static let benchmark = Benchmark(name: "ledger") {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ledger-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let database = try StateDatabase(path: directory.appendingPathComponent("state.sqlite").path)
    let ledger = Ledger(database: database)
    let body = Data(repeating: UInt8(ascii: "A"), count: 13_981_016)
    var entries: [LedgerEntry] = []
    let inserts = try Measure.samples(iterations: 10) {
      let entry = LedgerEntry(
        id: UUID(), createdAt: Date(), jobID: "JobAAAAAAAAAAAAAAAAAAAA1", jobName: nil, integrationID: nil,
        candidateEmail: "bench@example.com", body: body, state: .sending(attempt: 0))
      try ledger.insert(entry)
      entries.append(entry)
    }
    print(Measure.summary("record a 13.4 MB body (insert, fsync)", inserts))
    var index = 0
    let updates = try Measure.samples(iterations: 30) {
      var entry = entries[index % entries.count]
      index += 1
      entry.attempt += 1
      entry.state = .sending(attempt: entry.attempt)
      try ledger.update(entry)
    }
    print(Measure.summary("save a state change of that entry", updates))
    index = 0
    let successes = try Measure.samples(iterations: entries.count) {
      try ledger.recordSuccess(
        entries[index], receipt: SubmissionReceipt(applicationID: "A", candidateID: nil), at: Date())
      index += 1
    }
    print(Measure.summary("move it to the history", successes))
    print(String(format: "peak RSS %.1f MB", Measure.peakRSSMegabytes()))
  }
}
