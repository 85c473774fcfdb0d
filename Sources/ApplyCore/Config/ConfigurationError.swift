/// A configuration problem, with a message that says what to change.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The message for the user: what is wrong and how to fix it.
  public let description: String

  /// Creates an error with its user message.
  public init(_ description: String) {
    self.description = description
  }
}
