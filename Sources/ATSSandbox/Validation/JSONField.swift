import Foundation
import KomboAPI

/// A value inside a request body together with its field path (`candidate.location.country`,
/// `attachments[0].data`), so every validation failure names the field it is about.
struct JSONField {
  /// The dotted path, `body` for the root.
  let path: String
  /// The value, `nil` when the key is absent.
  let value: JSONValue?

  /// The root of a body.
  init(root: JSONValue) {
    path = "body"
    value = root
  }

  private init(path: String, value: JSONValue?) {
    self.path = path
    self.value = value
  }

  /// Whether the key is absent (JSON `null` counts as absent for optional fields).
  var isMissing: Bool { value == nil || value == .null }

  /// The member `key` of this object (absent if this is not an object).
  subscript(_ key: String) -> JSONField {
    JSONField(path: path == "body" ? key : "\(path).\(key)", value: value?.objectValue?[key])
  }

  /// A 400 `PLATFORM.INPUT_INVALID` naming this field.
  func invalid(_ problem: String) -> SandboxError {
    .invalidInput("\(path): \(problem)")
  }

  /// The object's members; throws unless this is an object (or absent when not `required`).
  func object(required: Bool = false) throws(SandboxError) -> JSONObject? {
    if isMissing {
      if required { throw invalid("is required") }
      return nil
    }
    guard let object = value?.objectValue else { throw invalid("must be an object") }
    return object
  }

  /// The elements as fields `path[i]`; throws unless this is an array (absent gives `[]`).
  func elements() throws(SandboxError) -> [JSONField] {
    if isMissing { return [] }
    guard let array = value?.arrayValue else { throw invalid("must be an array") }
    return array.enumerated().map { JSONField(path: "\(path)[\($0.offset)]", value: $0.element) }
  }

  /// The string; throws unless this is a string (or absent when not `required`). Required strings
  /// must not be blank.
  func string(required: Bool = false) throws(SandboxError) -> String? {
    if isMissing {
      if required { throw invalid("is required") }
      return nil
    }
    guard let text = value?.stringValue else { throw invalid("must be a string") }
    if required && text.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) {
      throw invalid("must not be empty")
    }
    return text
  }

  /// A string that must be one of `allowed`.
  func oneOf(_ allowed: [String], required: Bool = false) throws(SandboxError) -> String? {
    guard let text = try string(required: required) else { return nil }
    guard allowed.contains(text) else {
      throw invalid("'\(text)' is not one of \(allowed.joined(separator: ", "))")
    }
    return text
  }

  /// A number; throws unless this is a number (or absent when not `required`).
  func number(required: Bool = false) throws(SandboxError) -> Double? {
    if isMissing {
      if required { throw invalid("is required") }
      return nil
    }
    guard let number = value?.numberValue else { throw invalid("must be a number") }
    return number
  }

  /// A Boolean; throws unless this is `true` or `false` (or absent).
  func bool() throws(SandboxError) -> Bool? {
    if isMissing { return nil }
    guard let flag = value?.boolValue else { throw invalid("must be true or false") }
    return flag
  }

  /// An email address by Kombo's pattern (``InputFormats/email(_:)``), with its domain lowercased.
  /// The message does not repeat the address.
  func email(required: Bool = false) throws(SandboxError) -> String? {
    guard let text = try string(required: required) else { return nil }
    guard let address = InputFormats.email(text) else {
      throw invalid("not an email address Kombo accepts; use \(InputFormats.emailRule)")
    }
    return address
  }

  /// A URL (format `uri`): an `http`/`https` URL with a host.
  func url(required: Bool = false) throws(SandboxError) -> String? {
    guard let text = try string(required: required) else { return nil }
    guard InputFormats.isURL(text) else { throw invalid("'\(text)' is not a valid http(s) URL") }
    return text
  }

  /// A date or date-time in Kombo's input pattern.
  func date(required: Bool = false) throws(SandboxError) -> String? {
    guard let text = try string(required: required) else { return nil }
    guard SandboxDate.parse(text) != nil else {
      throw invalid("'\(text)' is not a date or date-time like 2026-01-31 or 2026-01-31T09:30:00Z")
    }
    return text
  }

  /// Warnings for members of this object that are not in `known`.
  func unknownKeys(known: Set<String>) -> [String] {
    guard let object = value?.objectValue else { return [] }
    return object.keys.filter { !known.contains($0) }.map { key in
      let field = self[key].path
      return "\(field): not a field of this endpoint; ignored"
    }
  }
}
