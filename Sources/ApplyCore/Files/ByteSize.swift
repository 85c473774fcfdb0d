/// File sizes for messages.
public enum ByteSize {
  /// `512 bytes`, `12.3 KB`, `10.0 MB` (1 KB = 1024 bytes); a value that would round to 1024.0 of a
  /// unit is written in the next one (`1.0 MB`, not `1024.0 KB`).
  public static func text(_ bytes: Int) -> String {
    if bytes < 1024 { return bytes == 1 ? "1 byte" : "\(bytes) bytes" }
    let units = ["KB", "MB", "GB", "TB"]
    var value = Double(bytes) / 1024
    var unit = 0
    while value >= 1023.95, unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    let tenths = (value * 10).rounded() / 10
    return "\(Int(tenths)).\(Int((tenths * 10).rounded()) % 10) \(units[unit])"
  }
}
