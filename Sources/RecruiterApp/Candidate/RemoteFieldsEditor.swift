import ApplyCore
import Foundation
import KomboAPI
import TerminalUI

/// Edits the connected ATS's part of `remote_fields`: the plain keys that ATS takes get inputs of
/// their own (Greenhouse `On-Behalf-Of`, Workable `on_behalf_of_user_remote_id`, Recruitee
/// `cover_letter_text`, Jobylon `message`); everything else
/// goes in a JSON object for that ATS, checked as typed. Other ATSs' remote fields in the draft are
/// kept as they are.
enum RemoteFieldsEditor {
  /// A plain string key with its own input.
  struct TypedKey: Sendable {
    /// The key's path inside the ATS's object (wire names).
    let path: [String]
    /// The input's title.
    let title: String
    /// Whether the input has several lines.
    let multiline: Bool

    /// The form field key: `remote_fields.<slug>.<path>`.
    func key(slug: String) -> String {
      ([FieldPath.remoteFields.rawValue, slug] + path).joined(separator: ".")
    }
  }

  /// The typed keys by tool slug.
  static let typedKeys: [String: [TypedKey]] = [
    "greenhouse": [
      TypedKey(
        path: ["post_headers", "On-Behalf-Of"], title: "On-Behalf-Of (Greenhouse user id)", multiline: false)
    ],
    "workable": [
      TypedKey(
        path: ["on_behalf_of_user_remote_id"], title: "On behalf of (Workable user remote id)",
        multiline: false)
    ],
    "recruitee": [
      TypedKey(path: ["candidate", "cover_letter_text"], title: "Cover letter text", multiline: true)
    ],
    "jobylon": [
      TypedKey(path: ["application", "message"], title: "Message to the hiring team", multiline: true)
    ],
  ]

  /// The JSON editor's field key: `remote_fields.<slug>`.
  static func jsonKey(slug: String) -> String { FieldPath.remoteFields.appending(slug).rawValue }

  /// The keys the ATS accepts, for the editor's description.
  static func acceptedKeys(slug: String) -> [String] { RemoteFields.acceptedKeys[slug] ?? [] }

  /// All remote fields as one JSON object (`{"greenhouse": {...}, ...}`), empty when there are none.
  static func object(_ fields: RemoteFields?) -> JSONObject {
    guard let fields, let data = try? JSONEncoder().encode(fields) else { return JSONObject() }
    return (try? JSONDecoder().decode(JSONObject.self, from: data)) ?? JSONObject()
  }

  /// The typed key's current text in the draft's remote fields.
  static func text(of key: TypedKey, slug: String, in fields: RemoteFields?) -> String {
    var value = object(fields)[slug]
    for part in key.path { value = value?[part] }
    return value?.stringValue ?? ""
  }

  /// The JSON editor's text for the draft: the ATS's object without the typed keys, pretty-printed;
  /// empty when nothing is left.
  static func editorText(slug: String, in fields: RemoteFields?) -> String {
    guard var own = object(fields)[slug]?.objectValue else { return "" }
    for key in typedKeys[slug] ?? [] { own = removing(key.path, from: own) }
    guard !own.isEmpty else { return "" }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(own)).map { String(decoding: $0, as: UTF8.self) } ?? ""
  }

  /// The draft's remote fields with the ATS's part replaced by the editor's object plus the typed
  /// values; or a message saying what is wrong (JSON syntax with line and column, or a value of the
  /// wrong type for a key the ATS defines).
  static func combine(
    slug: String, editorText: String, typed: [(TypedKey, String)], into fields: RemoteFields?
  ) -> Result<RemoteFields?, RemoteFieldsProblem> {
    if let problem = JSONSyntax.problem(in: editorText) {
      return .failure(RemoteFieldsProblem(message: problem))
    }
    var own = JSONObject()
    if !editorText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      guard let parsed = try? JSONDecoder().decode(JSONObject.self, from: Data(editorText.utf8)) else {
        return .failure(RemoteFieldsProblem(message: "This is not a JSON object."))
      }
      own = parsed
    }
    for (key, text) in typed where !text.isEmpty { own = setting(key.path, to: .string(text), in: own) }
    var all = object(fields)
    all[slug] = own.isEmpty ? nil : .object(own)
    do {
      let decoded = try JSONDecoder().decode(RemoteFields.self, from: JSONEncoder().encode(all))
      if let dropped = droppedKey(own, object(decoded)[slug]?.objectValue ?? JSONObject()) {
        let accepted = acceptedKeys(slug: slug).joined(separator: ", ")
        return .failure(
          RemoteFieldsProblem(
            message:
              "\(ATSTool.label(forSlug: slug)) does not take \(dropped); its remote fields are: \(accepted).")
        )
      }
      return .success(decoded.isEmpty ? nil : decoded)
    } catch let error as DecodingError {
      return .failure(
        RemoteFieldsProblem(message: "\(ATSTool.label(forSlug: slug)) does not take this: \(error.summary)."))
    } catch {
      return .failure(RemoteFieldsProblem(message: "These remote fields cannot be used: \(error)."))
    }
  }

  /// What is wrong with `editorText` as the ATS's remote fields, or nil.
  static func problem(slug: String, editorText: String) -> String? {
    if case .failure(let problem) = combine(slug: slug, editorText: editorText, typed: [], into: nil) {
      return problem.message
    }
    return nil
  }

  /// The first key of `input` (as `a.b`) that decoding dropped from `output`, or nil.
  private static func droppedKey(_ input: JSONObject, _ output: JSONObject, prefix: String = "") -> String? {
    for (key, value) in input.members {
      let path = prefix.isEmpty ? key : "\(prefix).\(key)"
      guard let kept = output[key] else { return path }
      if let inner = value.objectValue, let keptInner = kept.objectValue,
        let dropped = droppedKey(inner, keptInner, prefix: path)
      {
        return dropped
      }
    }
    return nil
  }

  private static func removing(_ path: [String], from object: JSONObject) -> JSONObject {
    guard let first = path.first else { return object }
    var copy = object
    if path.count == 1 {
      copy[first] = nil
    } else if let inner = object[first]?.objectValue {
      let rest = removing(Array(path.dropFirst()), from: inner)
      copy[first] = rest.isEmpty ? nil : .object(rest)
    }
    return copy
  }

  private static func setting(_ path: [String], to value: JSONValue, in object: JSONObject) -> JSONObject {
    guard let first = path.first else { return object }
    var copy = object
    if path.count == 1 {
      copy[first] = value
    } else {
      copy[first] = .object(
        setting(Array(path.dropFirst()), to: value, in: object[first]?.objectValue ?? JSONObject()))
    }
    return copy
  }
}

/// Why the remote fields as typed cannot be used.
struct RemoteFieldsProblem: Error, Equatable {
  /// What is wrong and where.
  let message: String
}
