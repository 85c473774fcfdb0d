/// Human-readable byte counts in decimal units, as file managers show them: `812 B`, `12.4 kB`,
/// `3.0 MB`, `1.2 GB`. Locale-independent (always `.` as the decimal mark).
public enum ByteCount {
  /// `bytes` in the largest unit that keeps the number at least 1.
  public static func format(_ bytes: Int64) -> String {
    let value = max(0, bytes)
    guard value >= 1000 else { return "\(value) B" }
    let units = ["kB", "MB", "GB", "TB", "PB", "EB"]
    var scaled = Double(value) / 1000
    var unit = 0
    while scaled >= 999.95 && unit < units.count - 1 {
      scaled /= 1000
      unit += 1
    }
    let tenths = Int((scaled * 10).rounded())
    return "\(tenths / 10).\(tenths % 10) \(units[unit])"
  }
}
