/// Human-readable byte counts, written as the rest of kombo-apply writes them (the core's messages
/// and Kombo's "10 MB" attachment guidance): `812 bytes`, `12.4 KB`, `3.0 MB`, `1.2 GB`, with
/// 1 KB = 1024 bytes. Locale-independent (always `.` as the decimal mark).
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
}
