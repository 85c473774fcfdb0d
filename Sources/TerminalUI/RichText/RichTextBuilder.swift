/// Turns `HTMLScanner` tokens into `RichText` blocks: collapses whitespace as browsers do, tracks
/// emphasis, lists and links, and never trusts the markup to be well formed.
struct RichTextBuilder {
  private typealias Run = RichText.Run

  /// Block-level elements: they end the current paragraph when they open and when they close.
  static let blockElements: Set<String> = [
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote", "pre",
    "address", "figure", "figcaption", "table", "thead", "tbody", "tr", "dl", "dt", "dd", "center", "form",
    "fieldset", "details", "summary", "caption",
  ]
  static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
  static let bullets = ["•", "◦", "▪"]
  /// URL schemes shown; anything else (javascript:, data:) is dropped.
  static let shownSchemes = ["http://", "https://", "mailto:", "tel:", "ftp://"]

  private var blocks: [RichText.Block] = []
  private var runs: [Run] = []
  private var pendingSpace = false
  /// The marker and depth of the list item being built, or nil for a paragraph.
  private var item: (marker: String, depth: Int)?
  private var lists: [(ordered: Bool, next: Int, inItem: Bool)] = []
  private var bold = 0
  private var italic = 0
  private var links: [(href: String?, textStart: Int)] = []

  private var emphasis: RichText.Emphasis {
    var result: RichText.Emphasis = []
    if bold > 0 { result.insert(.bold) }
    if italic > 0 { result.insert(.italic) }
    return result
  }

  mutating func take(_ token: HTMLScanner.Token) {
    switch token {
    case .text(let text): append(text)
    case .open(let name, let href): open(name, href: href)
    case .close(let name): close(name)
    }
  }

  mutating func finish() -> [RichText.Block] {
    flush()
    return blocks
  }

  private mutating func open(_ name: String, href: String?) {
    switch name {
    case "b", "strong": bold += 1
    case "i", "em", "cite", "dfn": italic += 1
    case "a": links.append((href, textLength))
    case "br": hardBreak()
    case "hr":
      flush()
      blocks.append(.rule)
    case "ul", "ol":
      flush()
      lists.append((name == "ol", 1, false))
    case "li": startItem()
    case "td", "th": pendingSpace = hasContent
    default:
      if Self.headings.contains(name) {
        flush()
        bold += 1
      } else if Self.blockElements.contains(name), !(item != nil && runs.isEmpty) {
        flush()
      }
    }
  }

  private mutating func close(_ name: String) {
    switch name {
    case "b", "strong": bold = max(0, bold - 1)
    case "i", "em", "cite", "dfn": italic = max(0, italic - 1)
    case "a": closeLink()
    case "ul", "ol":
      guard !lists.isEmpty else { return }
      flush()
      lists.removeLast()
      if let outer = lists.last, outer.inItem { item = ("", lists.count) } else { item = nil }
    case "li":
      flush()
      if !lists.isEmpty { lists[lists.count - 1].inItem = false }
      item = nil
    default:
      if Self.headings.contains(name) {
        flush()
        bold = max(0, bold - 1)
      } else if Self.blockElements.contains(name) {
        flush()
      }
    }
  }

  private mutating func startItem() {
    flush()
    if lists.isEmpty { lists.append((false, 1, false)) }
    let depth = lists.count
    let level = lists[depth - 1]
    let marker = level.ordered ? "\(level.next)." : Self.bullets[(depth - 1) % Self.bullets.count]
    lists[depth - 1].next += 1
    lists[depth - 1].inItem = true
    item = (marker, depth)
  }

  private mutating func closeLink() {
    guard let link = links.popLast() else { return }
    guard let href = link.href?.trimmingSpaces, !href.isEmpty,
      Self.shownSchemes.contains(where: { href.lowercased().hasPrefix($0) })
    else { return }
    let shown = href.lowercased().hasPrefix("mailto:") ? String(href.dropFirst(7)) : href
    let text = runs.map(\.text).joined().dropFirst(link.textStart).trimmingCharacters(in: " ")
    if text == shown || text == href || text + "/" == shown { return }
    if text.isEmpty {
      append(shown, emphasis: [.link])
    } else {
      append(" (", emphasis: [])
      append(shown, emphasis: [.link])
      append(")", emphasis: [])
    }
  }

  /// Adds text with HTML whitespace collapsing.
  private mutating func append(_ text: String, emphasis override: RichText.Emphasis? = nil) {
    let style = override ?? emphasis
    for character in text {
      if character == " " || character == "\n" || character == "\t" {
        pendingSpace = hasContent
        continue
      }
      if pendingSpace, let previous = runs.last, !previous.text.hasSuffix("\n") {
        add(" ", previous.emphasis.intersection(style))
      }
      pendingSpace = false
      add(String(character), style)
    }
  }

  private mutating func add(_ text: String, _ style: RichText.Emphasis) {
    if let last = runs.indices.last, runs[last].emphasis == style {
      runs[last].text += text
    } else {
      runs.append(Run(text, style))
    }
  }

  private mutating func hardBreak() {
    pendingSpace = false
    guard hasContent else { return }
    add("\n", [])
  }

  private var hasContent: Bool { !runs.isEmpty }

  private var textLength: Int { runs.reduce(0) { $0 + $1.text.count } }

  /// Ends the current block, dropping trailing spaces and breaks; empty blocks vanish.
  private mutating func flush() {
    while let last = runs.last, last.text.hasSuffix("\n") || last.text.hasSuffix(" ") {
      let trimmed = String(last.text.reversed().drop { $0 == "\n" || $0 == " " }.reversed())
      if trimmed.isEmpty { runs.removeLast() } else { runs[runs.count - 1].text = trimmed }
    }
    if !runs.isEmpty {
      if let item {
        blocks.append(.item(marker: item.marker, depth: item.depth, runs))
        self.item = lists.last?.inItem == true ? ("", item.depth) : nil
      } else {
        blocks.append(.paragraph(runs))
      }
    }
    runs = []
    pendingSpace = false
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
  }
}
