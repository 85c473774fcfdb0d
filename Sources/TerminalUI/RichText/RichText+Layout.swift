extension RichText {
  /// A wrapped line: runs of text with their emphasis; list markers carry `.marker`.
  public typealias Line = [Run]

  /// The document wrapped to `width` columns: a blank line between paragraphs (not between list
  /// items), list items indented by depth with their marker and a hanging indent, words broken only
  /// when longer than a line. Widths are display widths.
  public func lines(width: Int) -> [Line] {
    let width = max(1, width)
    var lines: [Line] = []
    var previousWasItem = false
    for block in blocks {
      switch block {
      case .paragraph(let runs):
        if !lines.isEmpty { lines.append([]) }
        lines += Self.wrap(runs, width: width)
        previousWasItem = false
      case .item(let marker, let depth, let runs):
        if !lines.isEmpty && !previousWasItem { lines.append([]) }
        let indent = String(repeating: "  ", count: depth - 1)
        let prefix = marker.isEmpty ? "  " : marker + " "
        let hanging = String(repeating: " ", count: indent.displayWidth + prefix.displayWidth)
        let wrapped = Self.wrap(runs, width: max(1, width - hanging.count))
        for (number, line) in wrapped.enumerated() {
          let lead = number == 0 ? [Run(indent), Run(prefix, .marker)] : [Run(hanging)]
          lines.append(lead.filter { !$0.text.isEmpty } + line)
        }
        previousWasItem = true
      case .rule:
        if !lines.isEmpty { lines.append([]) }
        lines.append([Run(String(repeating: "─", count: width), .marker)])
        previousWasItem = false
      }
    }
    return lines
  }

  /// Greedy word wrap of styled runs; `\n` forces a break.
  static func wrap(_ runs: [Run], width: Int) -> [Line] {
    var lines: [Line] = []
    var line: Line = []
    var used = 0
    var pendingSpace: Emphasis?
    func add(_ text: String, _ emphasis: Emphasis) {
      if let last = line.indices.last, line[last].emphasis == emphasis {
        line[last].text += text
      } else {
        line.append(Run(text, emphasis))
      }
    }
    func breakLine() {
      lines.append(line)
      line = []
      used = 0
      pendingSpace = nil
    }
    for word in words(runs) {
      switch word {
      case .newline:
        breakLine()
      case .space(let emphasis):
        if used > 0 { pendingSpace = emphasis }
      case .word(let pieces):
        let wordWidth = pieces.reduce(0) { $0 + $1.text.displayWidth }
        let spaceWidth = pendingSpace == nil ? 0 : 1
        if used > 0 && used + spaceWidth + wordWidth > width { breakLine() }
        if let space = pendingSpace {
          add(" ", space)
          used += 1
          pendingSpace = nil
        }
        for piece in pieces {
          for character in piece.text {
            let characterWidth = character.displayWidth
            if used > 0 && used + characterWidth > width { breakLine() }
            add(String(character), piece.emphasis)
            used += characterWidth
          }
        }
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  private enum Word {
    case word([Run])
    case space(Emphasis)
    case newline
  }

  /// Splits runs into words (possibly spanning emphasis changes), spaces and forced breaks.
  private static func words(_ runs: [Run]) -> [Word] {
    var result: [Word] = []
    var current: [Run] = []
    func endWord() {
      if !current.isEmpty { result.append(.word(current)) }
      current = []
    }
    for run in runs {
      for character in run.text {
        if character == " " || character == "\n" {
          endWord()
          result.append(character == " " ? .space(run.emphasis) : .newline)
        } else if let last = current.indices.last, current[last].emphasis == run.emphasis {
          current[last].text.append(character)
        } else {
          current.append(Run(String(character), run.emphasis))
        }
      }
    }
    endWord()
    return result
  }
}
