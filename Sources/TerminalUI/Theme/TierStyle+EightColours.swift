extension TierStyle {
  /// This 16-colour style for a terminal with only 8 colours (`TERM=xterm`, the Linux console). A
  /// bright colour becomes its base colour; bright text gets bold, which such terminals show
  /// brighter. Bright black (a theme's faint text: hints, placeholders, separators) is the one that
  /// cannot work that way: as bold black it vanishes on a dark background, so it becomes the
  /// terminal's own text colour, dimmed.
  public func fittedToEightColours() -> TierStyle {
    var fitted = self
    switch foreground {
    case .indexed(8)?:
      fitted.foreground = nil
      fitted.attributes.insert(.dim)
    case .indexed(let index)? where (9..<16).contains(index):
      fitted.foreground = .indexed(index - 8)
      fitted.attributes.insert(.bold)
    default:
      break
    }
    if case .indexed(let index)? = background, (8..<16).contains(index) {
      fitted.background = .indexed(index - 8)
    }
    return fitted
  }
}
