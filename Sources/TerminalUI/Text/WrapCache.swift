import Foundation
import Synchronization
import TextSafety

/// Remembers the sanitised, wrapped lines of labels (titles, descriptions, messages) that a form
/// draws again on every frame, so a keystroke does not re-wrap sixty questions. Entries are keyed
/// by the text and width, so a hit is always what wrapping would give; the cache empties itself when
/// it grows large.
final class WrapCache: Sendable {
  /// The cache forms share.
  static let shared = WrapCache()

  private struct Key: Hashable, Sendable {
    let text: String
    let width: Int
    let keepNewlines: Bool
    let marker: String?
  }

  private let entries = Mutex<[Key: [String]]>([:])
  private let capacity = 4096

  /// `Sanitizer.clean(text, keepNewlines:).wrapped(toWidth: width)`, remembered. A `marker` (the
  /// required-field ` *`) is appended to the last line when it fits, else put on a line of its own.
  func lines(_ text: String, width: Int, keepNewlines: Bool = false, marker: String? = nil) -> [String] {
    let key = Key(text: text, width: width, keepNewlines: keepNewlines, marker: marker)
    if let hit = entries.withLock({ $0[key] }) { return hit }
    var lines = Sanitizer.clean(text, keepNewlines: keepNewlines).wrapped(toWidth: width)
    if let marker, let last = lines.last {
      if last.displayWidth + marker.displayWidth <= width {
        lines[lines.count - 1] = last + marker
      } else {
        lines.append(String(marker.drop { $0 == " " }))
      }
    }
    entries.withLock { [capacity] entries in
      if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
      entries[key] = lines
    }
    return lines
  }
}
