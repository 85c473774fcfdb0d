/// A terminal size in character cells, clamped to what a screen can hold: a client asking for
/// 0×0 or 10 000×10 000 gets 1×1 or 500×200.
public struct WindowSize: Equatable, Sendable {
  /// Columns, 1...500.
  public let columns: Int
  /// Rows, 1...200.
  public let rows: Int

  /// The largest size passed on.
  public static let maximum = (columns: 500, rows: 200)

  /// A size from a client's request, clamped.
  public init(columns: Int, rows: Int) {
    self.columns = min(max(columns, 1), Self.maximum.columns)
    self.rows = min(max(rows, 1), Self.maximum.rows)
  }

  /// The size a session starts with when the client names none (`0×0` in a pty-req).
  public static let standard = WindowSize(columns: 80, rows: 24)
}
