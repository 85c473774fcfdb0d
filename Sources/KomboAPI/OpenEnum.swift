/// A string enumeration that Kombo may extend: values this code does not know are kept verbatim.
///
/// Conforming types are structs with a `rawValue` and static members for the documented values,
/// so an unknown value such as `"ON_HOLD"` decodes, compares and encodes back unchanged:
///
/// ```swift
/// switch job.status {
/// case .open?: …
/// case let status? where !status.isKnown: print("new status", status.rawValue)
/// default: …
/// }
/// ```
///
/// Encoding and decoding come from `RawRepresentable`: the value is a JSON string.
public protocol OpenEnum: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible
where RawValue == String {
  /// Creates a value from any string; never fails.
  init(rawValue: String)
  /// The values Kombo documents, in documentation order.
  static var knownValues: [Self] { get }
}

extension OpenEnum {
  /// Whether Kombo documents this value (as opposed to one passed through from the ATS).
  public var isKnown: Bool { Self.knownValues.contains(self) }

  /// The raw value.
  public var description: String { rawValue }
}
