/// A safe, styled rendering of the small HTML subset found in screening-question descriptions.
///
/// Understood: paragraphs (`<p>`, `<div>` and other blocks), `<br>`, `<ul>`/`<ol>`/`<li>` (nested),
/// `<b>`/`<strong>`, `<i>`/`<em>`, `<a href>` (shown as its text plus the URL), headings `<h1>`…`<h6>`
/// (bold paragraphs), `<hr>`, and character references (`&amp;`, `&nbsp;`, `&#233;`, `&#x1F600;`).
/// Every other tag is dropped with its text kept; `<script>`, `<style>` and similar are dropped with
/// their content; comments vanish; control characters and escape sequences are removed. Malformed
/// input (unclosed or misnested tags, stray `<`) never fails: it degrades to plain text.
public struct RichText: Equatable, Sendable {
  /// How a run of text looks.
  public struct Emphasis: OptionSet, Hashable, Sendable {
    /// The bit set.
    public let rawValue: UInt8
    /// An emphasis from bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Bold (`<b>`, `<strong>`, headings).
    public static let bold = Emphasis(rawValue: 1 << 0)
    /// Italic (`<i>`, `<em>`).
    public static let italic = Emphasis(rawValue: 1 << 1)
    /// A link's URL.
    public static let link = Emphasis(rawValue: 1 << 2)
    /// A list marker or rule (drawn muted).
    public static let marker = Emphasis(rawValue: 1 << 3)
  }

  /// Text with one emphasis.
  public struct Run: Equatable, Sendable {
    /// The text (sanitised; `\n` only for `<br>`).
    public var text: String
    /// How it looks.
    public var emphasis: Emphasis

    /// A run.
    public init(_ text: String, _ emphasis: Emphasis = []) {
      self.text = text
      self.emphasis = emphasis
    }
  }

  /// A block of the document.
  public enum Block: Equatable, Sendable {
    /// A paragraph (headings are paragraphs in bold).
    case paragraph([Run])
    /// A list item with its marker (`•`, `1.`) and nesting depth (1 for a top-level list).
    case item(marker: String, depth: Int, [Run])
    /// A horizontal rule.
    case rule
  }

  /// The blocks, in order.
  public let blocks: [Block]

  /// Parses `html`. Plain text (no tags) becomes paragraphs split at blank lines.
  public init(html: String) {
    var builder = RichTextBuilder()
    HTMLScanner.scan(html) { builder.take($0) }
    blocks = builder.finish()
  }

  /// The blocks as plain text, one line per paragraph or item, for the accessible line mode.
  public var plainText: String {
    blocks.map { block in
      switch block {
      case .paragraph(let runs): return runs.map(\.text).joined()
      case .item(let marker, let depth, let runs):
        return String(repeating: "  ", count: depth - 1) + marker + " " + runs.map(\.text).joined()
      case .rule: return "—"
      }
    }.joined(separator: "\n")
  }
}
