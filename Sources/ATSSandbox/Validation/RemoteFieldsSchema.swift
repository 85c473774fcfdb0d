import Foundation
import KomboAPI

/// Kombo's JSON Schema of `remote_fields` (``specJSON``, generated from its OpenAPI description) and
/// a validator for the keywords it uses: `type` (one or a list), `properties`, `required`, `items`,
/// `additionalProperties`, `enum` and `pattern`.
///
/// An object with `properties` is closed unless it says `additionalProperties: true` (a free-form
/// pass-through such as `greenhouse.candidate`): keys the spec does not document are refused, so a
/// typo never silently reaches the ATS.
struct RemoteFieldsSchema: Sendable {
  /// The schema, as JSON.
  let root: JSONValue

  /// The spec's schema.
  static let spec = RemoteFieldsSchema(
    root: (try? KomboJSON.decoder().decode(JSONValue.self, from: Data(specJSON.utf8))) ?? .null)

  /// The tools (`remote_fields` keys) the spec documents, sorted.
  var tools: [String] { (root.objectValue?["properties"]?.objectValue?.keys).map { $0.sorted() } ?? [] }

  /// The keys the spec documents under `remote_fields.<tool>`, sorted; `nil` for an undocumented tool.
  func keys(of tool: String) -> [String]? {
    root.objectValue?["properties"]?.objectValue?[tool]?.objectValue?["properties"]?.objectValue
      .map { $0.keys.sorted() }
  }

  /// Checks `value` (the `remote_fields` of a body, at `path`) against the schema; the first problem
  /// is a ``SandboxError`` whose message starts with the path of the offending value.
  func validate(_ value: JSONValue, path: String) throws(SandboxError) {
    try Self.check(value, against: root, path: path)
  }

  private static func check(_ value: JSONValue, against schema: JSONValue, path: String) throws(SandboxError)
  {
    guard let schema = schema.objectValue else { return }
    let types =
      schema["type"].map { $0.arrayValue?.compactMap(\.stringValue) ?? [$0.stringValue ?? ""] } ?? []
    if !types.isEmpty, !types.contains(where: { matches(value, type: $0) }) {
      throw .invalidInput(
        "\(path): is \(describe(value)); Kombo's schema allows \(types.joined(separator: " or ")) here")
    }
    if let allowed = schema["enum"]?.arrayValue, !allowed.contains(value), value != .null {
      let choices = allowed.compactMap(\.stringValue).joined(separator: ", ")
      throw .invalidInput("\(path): is not one of \(choices)")
    }
    if let pattern = schema["pattern"]?.stringValue, let text = value.stringValue,
      text.range(of: pattern, options: .regularExpression) == nil
    {
      throw .invalidInput("\(path): '\(text)' does not have the form \(pattern)")
    }
    if let items = schema["items"], let elements = value.arrayValue {
      for (index, element) in elements.enumerated() {
        try check(element, against: items, path: "\(path)[\(index)]")
      }
    }
    guard let object = value.objectValue else { return }
    for key in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[key] == nil {
      throw .invalidInput("\(path).\(key): required by Kombo's schema when \(path) is given")
    }
    guard let properties = schema["properties"]?.objectValue else { return }
    let open = schema["additionalProperties"] == .bool(true)
    for key in object.keys.sorted() {
      guard let member = object[key] else { continue }
      if let property = properties[key] {
        try check(member, against: property, path: "\(path).\(key)")
      } else if !open {
        throw .invalidInput(
          "\(path).\(key): not a field Kombo documents here; documented: "
            + properties.keys.sorted().joined(separator: ", "))
      }
    }
  }

  private static func matches(_ value: JSONValue, type: String) -> Bool {
    switch (type, value) {
    case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null),
      ("number", .number):
      return true
    case ("integer", .number(let number)): return number.rounded() == number
    default: return false
    }
  }

  private static func describe(_ value: JSONValue) -> String {
    switch value {
    case .object: "an object"
    case .array: "a list"
    case .string: "a string"
    case .number: "a number"
    case .bool: "true or false"
    case .null: "null"
    }
  }
}
