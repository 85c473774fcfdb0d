/// A benchmark's set-up went wrong (a URL, a key or a time zone that should always exist did not).
struct BenchSetupError: Error, CustomStringConvertible {
  /// What was missing.
  let description: String

  /// `value`, or this error naming `what` when it is nil.
  static func required<Value>(_ value: Value?, _ what: String) throws(BenchSetupError) -> Value {
    guard let value else { throw BenchSetupError(description: "the benchmark could not make \(what)") }
    return value
  }
}
