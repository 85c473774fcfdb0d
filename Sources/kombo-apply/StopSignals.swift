import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// SIGINT, SIGTERM and SIGHUP taken over from their default action (ending the process), to be
/// awaited: a server stops cleanly on them instead.
final class StopSignals: @unchecked Sendable {
  private static let numbers = [SIGINT, SIGTERM, SIGHUP]
  private var sources: [any DispatchSourceSignal] = []
  private let stream: AsyncStream<Int32>
  private let continuation: AsyncStream<Int32>.Continuation

  /// Starts listening.
  init() {
    (stream, continuation) = AsyncStream.makeStream(of: Int32.self)
    for number in Self.numbers {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [continuation] in continuation.yield(number) }
      source.resume()
      sources.append(source)
    }
  }

  /// The next signal that arrives, or nil once listening was cancelled.
  func next() async -> Int32? {
    var iterator = stream.makeAsyncIterator()
    return await iterator.next()
  }

  /// Stops listening and restores the default actions.
  func cancel() {
    for source in sources { source.cancel() }
    for number in Self.numbers { signal(number, SIG_DFL) }
    continuation.finish()
  }
}
