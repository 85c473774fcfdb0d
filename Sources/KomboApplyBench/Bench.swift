/// Release-build benchmarks. Each prints its own figures.
///
/// Run one with `swift run -c release kombo-apply-bench NAME`, all with no argument.
/// A benchmark is a `Benchmark` value added to `Bench.all` (one line per benchmark file).
@main
enum Bench {
  /// Every benchmark, in the order they run when no name is given.
  static let all: [Benchmark] = [
    FormKeystrokeBench.benchmark,
    FuzzyFilterBench.benchmark,
    RequestBuildBench.benchmark,
    LedgerBench.benchmark,
    SandboxBench.benchmark,
    AppStartBench.benchmark,
  ]

  static func main() async throws {
    let names = Array(CommandLine.arguments.dropFirst())
    let chosen = names.isEmpty ? all : all.filter { names.contains($0.name) }
    if chosen.isEmpty {
      print("unknown benchmark; available: \(all.map(\.name).joined(separator: ", "))")
      return
    }
    for benchmark in chosen {
      print("== \(benchmark.name)")
      try await benchmark.run()
    }
  }
}

/// One named benchmark: a closure that measures and prints its figures.
struct Benchmark: Sendable {
  /// The name given on the command line.
  let name: String
  /// Measures and prints.
  let run: @Sendable () async throws -> Void
}
