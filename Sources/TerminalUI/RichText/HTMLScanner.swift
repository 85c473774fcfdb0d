import TextSafety

/// A forgiving HTML tokenizer for `RichText`: text (entities decoded, sanitised), start tags (with
/// their `href`, the only attribute used) and end tags. Comments, doctypes and processing
/// instructions vanish; elements whose content must never show (`<script>`, `<style>`, …) are
/// skipped up to their end tag, or to the end of the input when it never comes.
enum HTMLScanner {
  /// One piece of markup.
  enum Token: Equatable {
    /// Text, with entities decoded and control characters removed (whitespace not yet collapsed).
    case text(String)
    /// A start tag, name in lower case.
    case open(String, href: String?)
    /// An end tag, name in lower case.
    case close(String)
  }

  /// Elements dropped together with everything inside them.
  static let droppedElements: Set<String> = [
    "script", "style", "template", "head", "title", "iframe", "object", "embed", "svg", "math", "noscript",
    "textarea", "select", "canvas", "video", "audio",
  ]

  /// Calls `emit` with each token of `html`. Text without any tag is split into paragraphs at blank
  /// lines, with single newlines kept as line breaks.
  static func scan(_ html: String, _ emit: (Token) -> Void) {
    let scalars = Array(html.unicodeScalars)
    guard containsMarkup(scalars) else {
      scanPlain(html, emit)
      return
    }
    var index = 0
    var text = String.UnicodeScalarView()
    func flushText() {
      if !text.isEmpty { emit(.text(decode(String(text)))) }
      text = String.UnicodeScalarView()
    }
    while index < scalars.count {
      let scalar = scalars[index]
      guard scalar == "<", index + 1 < scalars.count else {
        text.append(scalar)
        index += 1
        continue
      }
      let next = scalars[index + 1]
      if next == "!" || next == "?" {
        flushText()
        index = skipDeclaration(scalars, from: index)
      } else if next == "/" || isASCIILetter(next) {
        guard let tag = parseTag(scalars, from: index) else {
          // A tag that never closes: drop the rest rather than show half-parsed markup.
          index = scalars.count
          continue
        }
        flushText()
        index = tag.end
        if tag.isClose {
          emit(.close(tag.name))
        } else if droppedElements.contains(tag.name) {
          index = skipElement(tag.name, scalars, from: index)
        } else {
          emit(.open(tag.name, href: tag.href))
        }
      } else {
        text.append(scalar)
        index += 1
      }
    }
    flushText()
  }

  /// Whether there is anything tag-like (`<` followed by a letter, `/`, `!` or `?`).
  private static func containsMarkup(_ scalars: [Unicode.Scalar]) -> Bool {
    for index in scalars.indices.dropLast() where scalars[index] == "<" {
      let next = scalars[index + 1]
      if isASCIILetter(next) || next == "/" || next == "!" || next == "?" { return true }
    }
    return false
  }

  /// Plain text: paragraphs at blank lines, line breaks at single newlines.
  private static func scanPlain(_ text: String, _ emit: (Token) -> Void) {
    let lines = Sanitizer.clean(text, keepNewlines: true).split(
      separator: "\n", omittingEmptySubsequences: false)
    var inParagraph = false
    for line in lines {
      if line.allSatisfy(\.isWhitespace) {
        if inParagraph { emit(.close("p")) }
        inParagraph = false
        continue
      }
      if inParagraph {
        emit(.open("br", href: nil))
      } else {
        emit(.open("p", href: nil))
        inParagraph = true
      }
      emit(.text(decode(String(line))))
    }
    if inParagraph { emit(.close("p")) }
  }

  private struct Tag {
    var name: String
    var isClose: Bool
    var href: String?
    var end: Int
  }

  /// Parses the tag starting at `start` (`<`); nil when no `>` ends it.
  private static func parseTag(_ scalars: [Unicode.Scalar], from start: Int) -> Tag? {
    var index = start + 1
    let isClose = scalars[index] == "/"
    if isClose { index += 1 }
    var name = ""
    while index < scalars.count, isASCIILetter(scalars[index]) || ("0"..."9").contains(scalars[index]) {
      name.unicodeScalars.append(scalars[index])
      index += 1
    }
    var href: String?
    while index < scalars.count && scalars[index] != ">" {
      let scalar = scalars[index]
      if scalar.properties.isWhitespace || scalar == "/" {
        index += 1
        continue
      }
      var attribute = ""
      while index < scalars.count, !scalars[index].properties.isWhitespace, scalars[index] != "=",
        scalars[index] != ">"
      {
        attribute.unicodeScalars.append(scalars[index])
        index += 1
      }
      while index < scalars.count && scalars[index].properties.isWhitespace { index += 1 }
      guard index < scalars.count, scalars[index] == "=" else {
        if attribute.isEmpty { index += 1 }
        continue
      }
      index += 1
      while index < scalars.count && scalars[index].properties.isWhitespace { index += 1 }
      var value = String.UnicodeScalarView()
      if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
        let quote = scalars[index]
        index += 1
        while index < scalars.count && scalars[index] != quote {
          value.append(scalars[index])
          index += 1
        }
        guard index < scalars.count else { return nil }
        index += 1
      } else {
        while index < scalars.count, !scalars[index].properties.isWhitespace, scalars[index] != ">" {
          value.append(scalars[index])
          index += 1
        }
      }
      if attribute.lowercased() == "href" { href = decode(String(value)) }
    }
    guard index < scalars.count else { return nil }
    return Tag(name: name.lowercased(), isClose: isClose, href: href, end: index + 1)
  }

  /// Skips `<!-- … -->`, `<!DOCTYPE …>` or `<? … >`; returns the index after it.
  private static func skipDeclaration(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    let isComment = start + 3 < scalars.count && scalars[start + 2] == "-" && scalars[start + 3] == "-"
    var index = start + (isComment ? 4 : 2)
    while index < scalars.count {
      if isComment {
        if scalars[index] == ">" && index >= start + 6 && scalars[index - 1] == "-"
          && scalars[index - 2] == "-"
        {
          return index + 1
        }
      } else if scalars[index] == ">" {
        return index + 1
      }
      index += 1
    }
    return scalars.count
  }

  /// Skips to just after `</name…>`, case-insensitively; the end of input when there is none.
  private static func skipElement(_ name: String, _ scalars: [Unicode.Scalar], from start: Int) -> Int {
    let closing = Array(("</" + name).unicodeScalars)
    var index = start
    while index + closing.count <= scalars.count {
      var matches = true
      for offset in closing.indices where lowered(scalars[index + offset]) != closing[offset] {
        matches = false
        break
      }
      if matches {
        var end = index + closing.count
        while end < scalars.count && scalars[end] != ">" { end += 1 }
        return min(scalars.count, end + 1)
      }
      index += 1
    }
    return scalars.count
  }

  /// Character references decoded, then sanitised (escape sequences and controls removed).
  static func decode(_ text: String) -> String {
    guard text.contains("&") else { return Sanitizer.clean(text) }
    var result = ""
    var rest = Substring(text)
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      let after = rest[rest.index(after: ampersand)...]
      if let semicolon = after.prefix(12).firstIndex(of: ";"),
        let decoded = HTMLEntities.character(for: after[..<semicolon])
      {
        result += decoded
        rest = after[after.index(after: semicolon)...]
      } else {
        result += "&"
        rest = after
      }
    }
    result += rest
    return Sanitizer.clean(result)
  }

  private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  private static func lowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
  }
}
