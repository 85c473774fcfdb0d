import Foundation
import KomboAPI
import Testing

/// Kombo's OpenAPI description (`../shared/reference/kombo-openapi.json` beside the package), read as a
/// JSON tree so tests can take its examples and schemas as the source of truth.
struct SpecDocument {
  /// The whole document.
  let root: JSONValue

  /// Where the file is: `<package root>/../shared/reference/kombo-openapi.json`.
  static let url = TestSupport.packageRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/reference/kombo-openapi.json")

  /// Reads the file.
  init() throws {
    root = try KomboJSON.decoder().decode(JSONValue.self, from: Data(contentsOf: Self.url))
  }

  /// The schema with `$ref`s followed and `allOf` merged (properties and required keys combined).
  func resolve(_ schema: JSONValue?) -> JSONObject {
    guard var object = schema?.objectValue else { return JSONObject() }
    while let reference = object["$ref"]?.stringValue {
      var target = root
      for part in reference.split(separator: "/").dropFirst() { target = target[String(part)] ?? .null }
      object = target.objectValue ?? JSONObject()
    }
    guard let parts = object["allOf"]?.arrayValue else { return object }
    var merged = object
    merged["allOf"] = nil
    var properties = merged["properties"]?.objectValue ?? JSONObject()
    var required = merged["required"]?.arrayValue ?? []
    for part in parts.map(resolve) {
      for (key, value) in part["properties"]?.objectValue?.members ?? [] where properties[key] == nil {
        properties[key] = value
      }
      required += part["required"]?.arrayValue ?? []
      for (key, value) in part.members where !["properties", "required"].contains(key) && merged[key] == nil {
        merged[key] = value
      }
    }
    merged["properties"] = .object(properties)
    merged["required"] = .array(required)
    return merged
  }

  /// The JSON schema and the example bodies of the `status` response of `method path`.
  func jsonContent(_ method: String, _ path: String, _ status: String) -> (
    schema: JSONObject, examples: [JSONValue]
  ) {
    let response = resolve(root["paths"]?[path]?[method]?["responses"]?[status])
    let content = response["content"]?["application/json"]
    var examples = content?["example"].map { [$0] } ?? []
    for (_, entry) in content?["examples"]?.objectValue?.members ?? [] {
      if let value = entry["value"] { examples.append(value) }
    }
    return (resolve(content?["schema"]), examples)
  }
}
