import TextSafety

/// An upload's progress: bytes sent of a total, as a percentage, a bar, a rate and the time left.
///
/// Time comes from outside (`elapsed` since the start, from a tick message); nothing here reads a
/// clock.
public struct ProgressModel: Equatable, Sendable {
  /// Bytes done so far.
  public private(set) var completed: Int64
  /// Bytes in all, when known.
  public let total: Int64?
  /// Time since the work started, as last reported.
  public private(set) var elapsed: Duration

  /// Progress of `completed` out of `total` bytes.
  public init(completed: Int64 = 0, total: Int64?, elapsed: Duration = .zero) {
    self.total = total.map { max(0, $0) }
    self.completed = 0
    self.elapsed = .zero
    update(completed: completed, elapsed: elapsed)
  }

  /// Records new figures; `completed` is clamped to 0...total and never goes backwards in time.
  public mutating func update(completed newCompleted: Int64, elapsed newElapsed: Duration) {
    completed = min(max(0, newCompleted), total ?? .max)
    elapsed = max(elapsed, newElapsed)
  }

  /// Done as a fraction 0...1, nil when the total is unknown. A zero total counts as done.
  public var fraction: Double? {
    guard let total else { return nil }
    return total == 0 ? 1 : Double(completed) / Double(total)
  }

  /// `42%` (rounded down, so 100% only when complete), or nil when the total is unknown.
  public var percentText: String? {
    guard let total else { return nil }
    let percent = total == 0 ? 100 : Int(completed * 100 / total)
    return "\(percent)%"
  }

  /// `1.2 MB of 3.0 MB`, or `1.2 MB` when the total is unknown.
  public var bytesText: String {
    total.map { "\(ByteCount.format(completed)) of \(ByteCount.format($0))" } ?? ByteCount.format(completed)
  }

  /// Bytes per second so far, nil before any time has passed.
  public var bytesPerSecond: Double? {
    let seconds = elapsed.secondsValue
    return seconds > 0 ? Double(completed) / seconds : nil
  }

  /// `2.1 MB/s, about 3 s left`; nil until there is a rate.
  public var rateText: String? {
    guard let rate = bytesPerSecond, rate > 0 else { return nil }
    let speed = "\(ByteCount.format(Int64(min(rate, 1e18))))/s"
    guard let total, completed < total else { return speed }
    let left = Duration.seconds(Double(total - completed) / rate)
    return "\(speed), about \(ElapsedTime.format(left)) left"
  }

  /// A bar of exactly `width` cells: full blocks, one partial eighth block, then light shade
  /// (`ascii`: `#` and `-`). Unknown totals give an empty track.
  public func bar(width: Int, ascii: Bool = false) -> String {
    guard width > 0 else { return "" }
    let eighths = Int(((fraction ?? 0) * Double(width * 8)).rounded(.down))
    let full = min(width, eighths / 8)
    if ascii {
      return String(repeating: "#", count: full) + String(repeating: "-", count: width - full)
    }
    let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    var text = String(repeating: "█", count: full)
    if full < width, eighths % 8 > 0 {
      text.append(partials[eighths % 8 - 1])
    }
    return text + String(repeating: "░", count: width - text.count)
  }
}

/// A spinner with the time since it started: the frame advances on each tick message.
public struct SpinnerModel: Equatable, Sendable {
  /// Braille dots, as Bubble Tea's default spinner.
  public static let dots = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
  /// For terminals without Unicode.
  public static let line = ["|", "/", "-", "\\"]

  /// The frames shown in turn.
  public let frames: [String]
  /// Ticks received.
  public private(set) var ticks = 0
  /// Time since the start, as last reported.
  public private(set) var elapsed: Duration = .zero

  /// A spinner showing `frames`.
  public init(frames: [String] = SpinnerModel.dots) {
    self.frames = frames.isEmpty ? SpinnerModel.line : frames
  }

  /// One tick: the next frame, and the elapsed time from the caller's clock.
  public mutating func tick(elapsed newElapsed: Duration) {
    ticks &+= 1
    elapsed = max(elapsed, newElapsed)
  }

  /// The frame to show now.
  public var frame: String { frames[ticks % frames.count] }

  /// The elapsed time, e.g. `0:07`.
  public var elapsedText: String { ElapsedTime.format(elapsed) }
}

/// Durations as clocks show them: `0:07`, `12:34`, `1:02:03`.
public enum ElapsedTime {
  /// `duration` rounded down to whole seconds; negative durations show as `0:00`.
  public static func format(_ duration: Duration) -> String {
    let total = max(0, duration.components.seconds)
    let hours = total / 3600
    let minutes = total % 3600 / 60
    let seconds = total % 60
    func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return hours > 0 ? "\(hours):\(two(minutes)):\(two(seconds))" : "\(minutes):\(two(seconds))"
  }
}

extension Duration {
  /// The duration in seconds as a floating-point number.
  var secondsValue: Double {
    Double(components.seconds) + Double(components.attoseconds) / 1e18
  }
}
