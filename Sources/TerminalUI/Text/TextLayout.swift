/// Truncation, padding and wrapping of text by display width (grapheme clusters, never bytes).
extension StringProtocol {
  /// This text cut to at most `width` columns, ending in `ellipsis` when anything was cut.
  ///
  /// A wide character that would straddle the limit is dropped rather than split. When even the
  /// ellipsis does not fit, as many clusters as fit are kept without it.
  public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if displayWidth <= width { return String(self) }
    let ellipsisWidth = ellipsis.displayWidth
    let budget = ellipsisWidth <= width ? width - ellipsisWidth : width
    var result = ""
    var used = 0
    for character in self {
      let characterWidth = character.displayWidth
      if used + characterWidth > budget { break }
      result.append(character)
      used += characterWidth
    }
    return ellipsisWidth <= width ? result + ellipsis : result
  }

  /// This text padded with spaces (or truncated) to exactly `width` columns.
  public func padded(toWidth width: Int) -> String {
    let fitted = truncated(toWidth: width)
    return fitted + String(repeating: " ", count: Swift.max(0, width - fitted.displayWidth))
  }

  /// This text wrapped into lines of at most `width` columns.
  ///
  /// Breaks at spaces where it can, splits words longer than a line by clusters, keeps explicit
  /// newlines as paragraph breaks (an empty paragraph gives an empty line) and drops the spaces at
  /// the break points. Returns no lines when `width` is less than 1.
  public func wrapped(toWidth width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ") {
        var word = Substring(word)
        var wordWidth = word.displayWidth
        if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
          line += " " + word
          lineWidth += 1 + wordWidth
          continue
        }
        if lineWidth > 0 {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        while wordWidth > width {
          let head = word.prefix(columns: width)
          lines.append(String(head))
          word = word.dropFirst(head.count)
          wordWidth = word.displayWidth
        }
        line = String(word)
        lineWidth = wordWidth
      }
      lines.append(line)
    }
    return lines
  }
}

extension Substring {
  /// The longest prefix that fits in `columns` (at least one cluster, so wrapping always advances).
  func prefix(columns: Int) -> Substring {
    var used = 0
    var end = startIndex
    while end < endIndex {
      let characterWidth = self[end].displayWidth
      if used + characterWidth > columns && end > startIndex { break }
      used += characterWidth
      end = index(after: end)
    }
    return self[startIndex..<end]
  }
}
