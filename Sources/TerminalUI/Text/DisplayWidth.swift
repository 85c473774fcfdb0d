/// Display width of text in terminal columns, per grapheme cluster.
///
/// The rules follow what terminals and ncursesw do: East Asian Wide and Fullwidth characters take two
/// columns; combining marks, format characters (ZWJ, variation selectors) and Hangul medial/final jamo
/// take none; characters with emoji presentation take two, and a text-default emoji followed by
/// VS16 (U+FE0F) is widened to two. A cluster is as wide as its first scalar after those adjustments,
/// so `e` + U+0301 is one column and a ZWJ family is two.
extension Character {
  /// The number of terminal columns this grapheme cluster occupies (0, 1 or 2).
  public var displayWidth: Int {
    if let ascii = asciiValue {
      return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
    }
    var scalars = unicodeScalars.makeIterator()
    guard let first = scalars.next() else { return 0 }
    var width = first.displayWidth
    while let next = scalars.next() {
      switch next.value {
      case 0xFE0F where first.properties.isEmoji:
        width = 2
      case 0xFE0E where !WideScalarTable.contains(first.value):
        width = min(width, 1)
      default:
        break
      }
    }
    return width
  }
}

extension Unicode.Scalar {
  /// The column width of this scalar on its own: 0 for controls, marks and format characters,
  /// 2 for wide, fullwidth and emoji-presentation scalars, otherwise 1.
  var displayWidth: Int {
    let value = self.value
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
    if value < 0x300 { return 1 }
    if value == 0x00AD { return 1 }
    if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control, .surrogate:
      return 0
    default:
      break
    }
    if WideScalarTable.contains(value) || properties.isEmojiPresentation { return 2 }
    return 1
  }
}

extension WideScalarTable {
  /// Whether `value` lies in one of the wide ranges (binary search).
  static func contains(_ value: UInt32) -> Bool {
    if value < 0x1100 { return false }
    var low = 0
    var high = lower.count - 1
    while low <= high {
      let middle = (low + high) / 2
      if value < lower[middle] {
        high = middle - 1
      } else if value > upper[middle] {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }
}

extension StringProtocol {
  /// The number of terminal columns this text occupies on one line (sum of its clusters' widths).
  public var displayWidth: Int {
    var total = 0
    for character in self {
      total += character.displayWidth
    }
    return total
  }
}
