public import Foundation

/// Finds keys that appear twice in one JSON object, which JSON parsers resolve differently (the app's
/// decoder might check the first value while a server uses the last).
///
/// Iterative, so deep nesting cannot exhaust the stack; meant for text that parses as JSON (on other
/// text it reports what it saw up to the first surprise).
public enum DuplicateJSONKeys {
  private struct Container {
    let isObject: Bool
    var keys: Set<String> = []
    var index = 0
    var key = ""
    var expectsKey = false

    /// This container's part of a child's path: `.key` or `[index]`.
    var segment: String { isObject ? ".\(key)" : "[\(index)]" }
  }

  /// The paths of every repeated key, in the order found: `candidate.email_address`,
  /// `attachments[1].name`.
  public static func find(in json: Data) -> [String] {
    let bytes = [UInt8](json)
    var stack: [Container] = []
    var found: [String] = []
    var position = 0
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let isObject = byte == UInt8(ascii: "{")
        stack.append(Container(isObject: isObject, expectsKey: isObject))
        position += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        _ = stack.popLast()
        position += 1
      case UInt8(ascii: ","):
        if stack.last?.isObject == true {
          stack[stack.count - 1].expectsKey = true
        } else if !stack.isEmpty {
          stack[stack.count - 1].index += 1
        }
        position += 1
      case UInt8(ascii: "\""):
        guard let end = stringEnd(bytes, from: position) else { return found }
        if let top = stack.last, top.isObject, top.expectsKey {
          let key = decodeString(bytes[position...end])
          stack[stack.count - 1].expectsKey = false
          stack[stack.count - 1].key = key
          if !stack[stack.count - 1].keys.insert(key).inserted { found.append(path(of: stack)) }
        }
        position = end + 1
      default:
        position += 1
      }
    }
    return found
  }

  /// The path of the innermost container's current key, e.g. `attachments[1].name`.
  private static func path(of stack: [Container]) -> String {
    let joined = stack.map(\.segment).joined()
    return joined.hasPrefix(".") ? String(joined.dropFirst()) : joined
  }

  /// The index of the closing quote of the string opening at `start`.
  private static func stringEnd(_ bytes: [UInt8], from start: Int) -> Int? {
    var index = start + 1
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\\"): index += 2
      case UInt8(ascii: "\""): return index
      default: index += 1
      }
    }
    return nil
  }

  /// A quoted JSON string's value (escapes resolved, so `"a"` and `"\u0061"` are the same key).
  private static func decodeString(_ quoted: ArraySlice<UInt8>) -> String {
    guard quoted.contains(UInt8(ascii: "\\")) else {
      return String(decoding: quoted.dropFirst().dropLast(), as: UTF8.self)
    }
    let value = try? JSONSerialization.jsonObject(with: Data(quoted), options: .fragmentsAllowed)
    return value as? String ?? String(decoding: quoted, as: UTF8.self)
  }
}
