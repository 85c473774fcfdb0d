/// JSON text that is safe to print: every scalar the sanitiser would remove or replace (DEL, C1
/// controls, format characters such as bidi overrides, zero-width characters and joiners, and the
/// line separators U+2028/U+2029) is written as a `\u` escape, so the data stays whole for a program
/// while a terminal shows nothing it could act on. Encoders already escape C0 controls; DEL and the
/// rest they leave raw.
public enum SafeJSON {
  /// The UTF-8 JSON `bytes` (encoder output, whose strings escape C0 controls) as escaped text.
  public static func text(_ bytes: some Collection<UInt8>) -> String {
    escaped(String(decoding: bytes, as: UTF8.self))
  }

  /// `json` (encoder output, whose strings escape C0 controls) with those scalars escaped.
  public static func escaped(_ json: String) -> String {
    guard json.unicodeScalars.contains(where: needsEscape) else { return json }
    var output = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      guard needsEscape(scalar) else {
        output.append(scalar)
        continue
      }
      for unit in String(scalar).utf16 {
        let hex = String(unit, radix: 16, uppercase: false)
        output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
      }
    }
    return String(output)
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    guard value >= 0x7F else { return false }
    return value <= 0x9F || value == 0x200C || value == 0x200D || value == 0x2028 || value == 0x2029
      || Sanitizer.isRemoved(scalar)
  }
}
