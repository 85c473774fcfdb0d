import Foundation

/// Timing helpers shared by the benchmarks.
enum Measure {
  /// Runs `body` `iterations` times and returns each duration in milliseconds, sorted ascending.
  static func samples(iterations: Int, _ body: () throws -> Void) rethrows -> [Double] {
    var result: [Double] = []
    result.reserveCapacity(iterations)
    let clock = ContinuousClock()
    for _ in 0..<iterations {
      let elapsed = try clock.measure(body)
      result.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
    }
    return result.sorted()
  }

  /// The `p`-th percentile (0...100) of sorted samples.
  static func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let index = min(sorted.count - 1, max(0, Int((p / 100 * Double(sorted.count - 1)).rounded())))
    return sorted[index]
  }

  /// A one-line summary: min, p50, p99 and max in milliseconds.
  static func summary(_ label: String, _ sorted: [Double]) -> String {
    String(
      format: "%@: min %.3f ms, p50 %.3f ms, p99 %.3f ms, max %.3f ms (n=%d)",
      label, sorted.first ?? 0, percentile(sorted, 50), percentile(sorted, 99), sorted.last ?? 0, sorted.count
    )
  }

  /// Peak resident set size of this process so far, in megabytes (from /proc/self/status VmHWM).
  static func peakRSSMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let digits = line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0
      return digits / 1024
    }
    return 0
  }
}
