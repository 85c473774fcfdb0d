/// Text dumps of a screen, for snapshots and assertions.
extension Screen {
  /// The screen as plain text: one line per row, trailing blanks removed.
  public var text: String {
    (0..<size.height).map { line($0) }.joined(separator: "\n")
  }

  /// Row `y` as plain text, trailing blanks removed.
  public func line(_ y: Int) -> String {
    var result = ""
    for x in 0..<size.width where !self[x, y].isContinuation {
      result.append(self[x, y].character)
    }
    while result.last == " " { result.removeLast() }
    return result
  }

  /// The screen as text with style runs marked: a run whose `label` is not nil is written as
  /// `[label]text[/]`. With `label: { $0 == .plain ? nil : $0.description }` this shows roles; with a
  /// theme's resolved look it shows what a given colour tier or mono really draws.
  public func styledText(label: (Style) -> String?) -> String {
    (0..<size.height).map { y in
      var result = ""
      var open: String?
      var pendingBlanks = ""
      for x in 0..<size.width where !self[x, y].isContinuation {
        let cell = self[x, y]
        let name = label(cell.style)
        if cell.character == " " && name == nil {
          if open != nil { result += "[/]" }
          open = nil
          pendingBlanks.append(" ")
          continue
        }
        if name != open {
          if open != nil { result += "[/]" }
          result += pendingBlanks
          pendingBlanks = ""
          if let name { result += "[\(name)]" }
          open = name
        } else {
          result += pendingBlanks
          pendingBlanks = ""
        }
        result.append(cell.character)
      }
      return open == nil ? result : result + "[/]"
    }.joined(separator: "\n")
  }

  /// The screen with roles marked (`[focus bold]Name[/]`), plain text unmarked.
  public var roleText: String {
    styledText { $0 == .plain ? nil : $0.description }
  }
}

extension Style: CustomStringConvertible {
  /// The role name followed by any added attribute names, e.g. `focus bold`.
  public var description: String {
    attributes.isEmpty ? role.rawValue : "\(role.rawValue) \(attributes.names)"
  }
}
