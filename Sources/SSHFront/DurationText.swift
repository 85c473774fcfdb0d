import Foundation

/// Durations as flags take them: `90s`, `30m`, `2h`, or a bare number of minutes.
public enum DurationText {
  /// The duration `text` names, or nil when it is not one (or is not positive).
  public static func parse(_ text: String) -> Duration? {
    let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600]
    var number = Substring(text.trimmingCharacters(in: .whitespaces))
    var scale = 60.0
    if let last = number.last, let unit = units[last] {
      scale = unit
      number = number.dropLast()
    }
    guard let value = Double(number), value.isFinite, value > 0, value * scale <= 7 * 86_400 else {
      return nil
    }
    return .milliseconds(Int64((value * scale * 1000).rounded()))
  }

  /// `duration` as a person reads it: `2 s`, `30 min`, `2 h` (whole units where they fit).
  public static func describe(_ duration: Duration) -> String {
    let seconds = Int(duration.components.seconds)
    if seconds >= 3600 && seconds % 3600 == 0 { return "\(seconds / 3600) h" }
    if seconds >= 60 && seconds % 60 == 0 { return "\(seconds / 60) min" }
    return "\(max(seconds, 1)) s"
  }
}
