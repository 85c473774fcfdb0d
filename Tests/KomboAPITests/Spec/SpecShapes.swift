import KomboAPI

/// Schema-valid variations of a spec example, one change each, as a client must be ready to read:
/// each optional key removed, each nullable value set to `null`, each enumerated or constant string
/// (or `null` one) replaced by an undocumented one, and an unknown key added to each object. The
/// envelope's own `status` stays: it is what tells a success from an error body.
struct SpecShapes {
  /// One variation: what was changed, and the whole body after the change.
  struct Shape {
    let change: String
    let body: JSONValue
  }

  let spec: SpecDocument

  /// A string no enumeration in the spec contains.
  static let undocumented: JSONValue = "UNDOCUMENTED_BY_KOMBO"

  /// Every single-change variation of `value` (described by `schema`) found at `path`.
  func shapes(of value: JSONValue, schema: JSONValue?, path: String = "") -> [Shape] {
    let schema = branch(of: spec.resolve(schema), matching: value)
    if let object = value.objectValue {
      return objectShapes(object, schema: schema, path: path)
    }
    guard let array = value.arrayValue else { return [] }
    let items = spec.resolve(schema["items"])
    return array.indices.flatMap { index in
      var nested = shapes(of: array[index], schema: schema["items"], path: "\(path)[\(index)]")
      if array[index].stringValue != nil, hasEnumeration(items) {
        nested.append(Shape(change: "\(path)[\(index)]: an undocumented value", body: Self.undocumented))
      }
      return nested.map { shape in
        var copy = array
        copy[index] = shape.body
        return Shape(change: shape.change, body: .array(copy))
      }
    }
  }

  private func objectShapes(_ object: JSONObject, schema: JSONObject, path: String) -> [Shape] {
    let properties = schema["properties"]?.objectValue ?? JSONObject()
    let required = Set((schema["required"]?.arrayValue ?? []).compactMap(\.stringValue))
    var extra = object
    extra["x_unknown_key"] = ["nested": [1, "two", nil]]
    var result = [
      Shape(change: "\(path.isEmpty ? "the body" : path): an unknown key added", body: .object(extra))
    ]
    for (key, value) in object.members {
      let place = path.isEmpty ? key : "\(path).\(key)"
      let property = spec.resolve(properties[key])
      func with(_ replacement: JSONValue?, _ change: String) -> Shape {
        var copy = object
        copy[key] = replacement
        return Shape(change: change, body: .object(copy))
      }
      if !required.contains(key) { result.append(with(nil, "\(place): left out")) }
      if !value.isNull, allowsNull(property) { result.append(with(.null, "\(place): null")) }
      if value.stringValue != nil || value.isNull, hasEnumeration(property), place != "status" {
        result.append(with(Self.undocumented, "\(place): an undocumented value"))
      }
      result += shapes(of: value, schema: properties[key], path: place).map { with($0.body, $0.change) }
    }
    return result
  }

  /// Whether `schema` admits `null`.
  func allowsNull(_ schema: JSONObject) -> Bool {
    if schema["nullable"]?.boolValue == true || schema["type"]?.stringValue == "null" { return true }
    if schema["type"]?.arrayValue?.contains("null") == true { return true }
    return choices(schema).contains(where: allowsNull)
  }

  /// Whether `schema` (or a branch of it) restricts a string to listed values.
  func hasEnumeration(_ schema: JSONObject) -> Bool {
    if schema["const"]?.stringValue != nil { return true }
    if schema["enum"]?.arrayValue?.contains(where: { $0.stringValue != nil }) == true { return true }
    return choices(schema).contains(where: hasEnumeration)
  }

  private func choices(_ schema: JSONObject) -> [JSONObject] {
    ((schema["anyOf"]?.arrayValue ?? []) + (schema["oneOf"]?.arrayValue ?? [])).map(spec.resolve)
  }

  /// The `anyOf`/`oneOf` branch that describes `value` (the schema itself when it has none).
  func branch(of schema: JSONObject, matching value: JSONValue) -> JSONObject {
    let options = choices(schema)
    guard !options.isEmpty else { return schema }
    let fitting = options.first { fits(value, $0) } ?? options.first { $0["type"]?.stringValue != "null" }
    return fitting.map { branch(of: $0, matching: value) } ?? schema
  }

  /// A shallow check: JSON type, `const`, and (for objects) required keys and constant members.
  private func fits(_ value: JSONValue, _ schema: JSONObject) -> Bool {
    let types = (schema["type"]?.arrayValue ?? schema["type"].map { [$0] } ?? []).compactMap(\.stringValue)
    let kind = Self.kind(value)
    if !types.isEmpty, !types.contains(kind), !(kind == "integer" && types.contains("number")) {
      return false
    }
    if let constant = schema["const"], constant != value { return false }
    guard let object = value.objectValue else { return true }
    let required = (schema["required"]?.arrayValue ?? []).compactMap(\.stringValue)
    guard required.allSatisfy({ object[$0] != nil }) else { return false }
    return (schema["properties"]?.objectValue?.members ?? []).allSatisfy { key, property in
      guard let constant = spec.resolve(property)["const"], let actual = object[key] else { return true }
      return actual == constant
    }
  }

  /// The JSON Schema type name of `value`.
  static func kind(_ value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool: "boolean"
    case .number(let number): number.rounded() == number ? "integer" : "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }
}
