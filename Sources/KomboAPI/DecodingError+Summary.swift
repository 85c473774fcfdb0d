public import Foundation

extension DecodingError {
  /// A plain message for people: the field's path (`data.results[0].hiring_team[0].id`) and what is
  /// wrong with it, without the decoder's internals (`CodingKeys(…)`, Swift type names).
  public var summary: String { summary(droppingPrefix: 0) }

  /// ``summary`` for an error decoding `data`: where the decoder names no field ("The given data was
  /// not valid JSON", also said about valid JSON it cannot hold), ``JSONSyntax`` says what is wrong.
  public func summary(reading data: Data) -> String {
    if case .dataCorrupted(let context) = self, context.codingPath.isEmpty {
      return "the JSON " + JSONSyntax.explain(data)
    }
    return summary
  }

  /// ``summary`` with the first `count` path components left out (to name a field inside one item).
  func summary(droppingPrefix count: Int) -> String {
    let trim = { (keys: [any CodingKey]) in Array(keys.dropFirst(count)) }
    switch self {
    case .keyNotFound(let key, let context):
      return "\(Self.path(trim(context.codingPath + [key]))): is missing (it is required)"
    case .valueNotFound(let type, let context):
      return "\(Self.path(trim(context.codingPath))): is null, but \(Self.expectation(type)) is required"
    case .typeMismatch(let type, let context):
      return "\(Self.path(trim(context.codingPath))): must be \(Self.expectation(type))"
    case .dataCorrupted(let context):
      let detail = Self.plainDetail(context)
      return context.codingPath.isEmpty ? detail : "\(Self.path(trim(context.codingPath))): \(detail)"
    @unknown default:
      return "the response could not be read"
    }
  }

  /// `a.b[0].c`; `the response` for the top level.
  static func path(_ keys: [any CodingKey]) -> String {
    var text = ""
    for key in keys {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : "." + key.stringValue
      }
    }
    return text.isEmpty ? "the response" : text
  }

  /// What a value of `type` looks like in JSON.
  static func expectation(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Bool.Type: "true or false"
    case is Int.Type, is Int64.Type, is Int32.Type, is UInt.Type, is UInt64.Type: "a whole number"
    case is Double.Type, is Float.Type: "a number"
    default:
      "\(type)".hasPrefix("Array") ? "a list" : "\(type)".hasPrefix("Dictionary") ? "an object" : "a value"
    }
  }

  /// The corruption detail; Foundation's parser messages are replaced by what they mean.
  static func plainDetail(_ context: Context) -> String {
    let text = context.debugDescription
    if text.contains("not valid JSON") || context.underlyingError != nil && context.codingPath.isEmpty {
      return "is not valid JSON"
    }
    if text.contains("CodingKeys") || text.contains("Swift.") {
      return "has a value that does not fit"
    }
    return text
  }
}
