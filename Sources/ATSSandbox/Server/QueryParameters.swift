import Foundation

/// A request's query string, decoded the way browsers and both Kombo SDKs encode it.
///
/// `+` is a space, `%XX` escapes are decoded, and list filters are one comma-separated value.
/// Values that are present but malformed raise ``SandboxError`` naming the parameter; so does an
/// empty value (`updated_after=`) where the spec gives the parameter a pattern, an enum, a format or a
/// number type. An empty list or free-text filter matches everything, as the spec says.
struct QueryParameters {
  private var values: [String: String] = [:]

  /// Parses a raw query string (without the `?`).
  init(_ query: String?) {
    for pair in (query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let key = Self.decode(parts[0])
      let value = parts.count > 1 ? Self.decode(parts[1]) : ""
      values[key] = value
    }
  }

  /// The raw value of `name`, or `nil` when absent or empty.
  subscript(_ name: String) -> String? {
    guard let value = values[name], !value.isEmpty else { return nil }
    return value
  }

  /// A comma-separated list; `nil` when absent, empty entries dropped.
  func list(_ name: String) -> [String]? {
    guard let value = self[name] else { return nil }
    let items = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
    return items.isEmpty ? nil : items
  }

  /// A comma-separated list whose items must be among `allowed`.
  func list(_ name: String, allowed: [String]) throws(SandboxError) -> [String]? {
    guard let items = list(name) else { return nil }
    for item in items where !allowed.contains(item) {
      throw .invalidInput("\(name): '\(item)' is not one of \(allowed.joined(separator: ", "))")
    }
    return items
  }

  /// `true`/`false`, defaulting when absent.
  func bool(_ name: String, default fallback: Bool) throws(SandboxError) -> Bool {
    switch values[name]?.lowercased() {
    case nil: return fallback
    case "true": return true
    case "false": return false
    case let other?: throw .invalidInput("\(name): '\(other)' is not true or false")
    }
  }

  /// One value that must be among `allowed` (a parameter with an enum), `nil` when absent.
  func value(_ name: String, allowed: [String]) throws(SandboxError) -> String? {
    guard let value = values[name] else { return nil }
    guard allowed.contains(value) else {
      throw .invalidInput("\(name): '\(value)' is not one of \(allowed.joined(separator: ", "))")
    }
    return value
  }

  /// An email address (a parameter with format `email`), `nil` when absent.
  func email(_ name: String) throws(SandboxError) -> String? {
    guard let value = values[name] else { return nil }
    guard let address = InputFormats.email(value) else {
      throw .invalidInput("\(name): not an email address; use \(InputFormats.emailRule)")
    }
    return address
  }

  /// A whole number in `range`, defaulting when absent.
  func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(SandboxError) -> Int
  {
    guard let text = values[name] else { return fallback }
    guard let value = Int(text), range.contains(value) else {
      throw .invalidInput(
        "\(name): '\(text)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return value
  }

  /// A date or date-time in Kombo's input pattern, as a `Date`.
  func date(_ name: String) throws(SandboxError) -> Date? {
    guard let text = values[name] else { return nil }
    guard let date = SandboxDate.parse(text) else {
      throw .invalidInput(
        "\(name): '\(text)' is not a date or date-time like 2026-01-31 or 2026-01-31T09:30:00Z")
    }
    return date
  }

  /// Every parameter name and value, sorted, for cursor fingerprints.
  func canonical(excluding excluded: Set<String>) -> String {
    values.filter { !excluded.contains($0.key) }.sorted { $0.key < $1.key }
      .map { "\($0.key)=\($0.value)" }.joined(separator: "&")
  }

  private static func decode(_ text: Substring) -> String {
    let spaced = text.replacingOccurrences(of: "+", with: " ")
    return spaced.removingPercentEncoding ?? spaced
  }
}
