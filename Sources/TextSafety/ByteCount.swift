/// Human-readable byte counts, the one formatter of kombo-apply (the core's messages, the engine's
/// widgets, the app's screens and the command line): `812 bytes`, `12.4 KB`, `3.0 MB`, `1.2 GB`, with
/// 1 KB = 1024 bytes; a value that would round to 1024.0 of a unit is written in the next one.
/// Locale-independent (always `.` as the decimal mark).
public enum ByteCount {
  /// `bytes` in the largest unit that keeps the number at least 1.
  public static func format(_ bytes: Int64) -> String {
    let value = max(0, bytes)
    guard value >= 1024 else { return value == 1 ? "1 byte" : "\(value) bytes" }
    let units = ["KB", "MB", "GB", "TB", "PB", "EB"]
    var scaled = Double(value) / 1024
    var unit = 0
    while scaled >= 1023.95 && unit < units.count - 1 {
      scaled /= 1024
      unit += 1
    }
    let tenths = Int((scaled * 10).rounded())
    return "\(tenths / 10).\(tenths % 10) \(units[unit])"
  }

  /// ``format(_:)-(Int64)`` for an `Int`.
  public static func format(_ bytes: Int) -> String { format(Int64(bytes)) }

  /// A limit as people write one: a whole number of units without its `.0` (`5 MB`, `10 MB`), else
  /// as ``format(_:)-(Int64)`` (`1.5 MB`).
  public static func limit(_ bytes: Int) -> String {
    let text = format(bytes)
    guard let space = text.firstIndex(of: " ") else { return text }
    let number = text[..<space]
    return number.hasSuffix(".0") ? String(number.dropLast(2) + text[space...]) : text
  }
}
