/// Line editing by grapheme cluster, with the readline kill ring of one entry.
///
/// Kept apart from drawing so every key's effect can be tested as a table.
public struct LineEditor: Hashable, Sendable {
  /// The text, as grapheme clusters.
  public private(set) var characters: [Character]
  /// The caret, 0…`characters.count` (before the character at that index).
  public private(set) var cursor: Int
  /// The last killed text, for `yank`.
  public private(set) var killed = ""
  /// The most characters the line may hold, or nil for no limit.
  public var maxLength: Int?

  /// An editor holding `text` with the caret at its end.
  public init(_ text: String = "", maxLength: Int? = nil) {
    let characters = Array(maxLength.map { text.prefix($0) } ?? Substring(text))
    self.characters = characters
    self.cursor = characters.count
    self.maxLength = maxLength
  }

  /// The text.
  public var text: String { String(characters) }

  /// Inserts `text` at the caret as one edit, cut to what `maxLength` leaves room for.
  /// - Returns: whether anything was inserted.
  @discardableResult
  public mutating func insert(_ text: some StringProtocol) -> Bool {
    var new = Array(text)
    if let maxLength { new = Array(new.prefix(max(0, maxLength - characters.count))) }
    guard !new.isEmpty else { return false }
    let merged = Array(String(characters[..<cursor]) + String(new))
    let tail = characters[cursor...]
    cursor = merged.count
    characters = merged + tail
    if characters.count != merged.count + tail.count {
      characters = Array(String(characters))
      cursor = min(cursor, characters.count)
    }
    return true
  }

  /// Moves the caret to `index` (clamped).
  public mutating func move(to index: Int) {
    cursor = min(max(0, index), characters.count)
  }

  /// The start of the word before the caret (skipping separators first), as readline's Alt-B.
  public var previousWordStart: Int {
    var index = cursor
    while index > 0 && !LineEditor.isWord(characters[index - 1]) { index -= 1 }
    while index > 0 && LineEditor.isWord(characters[index - 1]) { index -= 1 }
    return index
  }

  /// The end of the word after the caret, as readline's Alt-F.
  public var nextWordEnd: Int {
    var index = cursor
    while index < characters.count && !LineEditor.isWord(characters[index]) { index += 1 }
    while index < characters.count && LineEditor.isWord(characters[index]) { index += 1 }
    return index
  }

  /// Deletes between the caret and `index`; when `kill`, the deleted text can be yanked back.
  /// - Returns: whether anything was deleted.
  @discardableResult
  public mutating func delete(to index: Int, kill: Bool = false) -> Bool {
    let target = min(max(0, index), characters.count)
    let range = min(cursor, target)..<max(cursor, target)
    guard !range.isEmpty else { return false }
    if kill { killed = String(characters[range]) }
    characters.removeSubrange(range)
    cursor = range.lowerBound
    return true
  }

  /// Inserts the last killed text at the caret.
  @discardableResult
  public mutating func yank() -> Bool {
    insert(killed)
  }

  /// Replaces the whole text, caret at the end.
  public mutating func replace(with text: String) {
    let kill = killed
    self = LineEditor(text, maxLength: maxLength)
    killed = kill
  }

  private static func isWord(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_"
  }
}
