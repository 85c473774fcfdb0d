/// A read-only block of rich text in a form (a screening question's HTML description, huh's Note):
/// never focused, wrapped to the form's width, bold/italic/links drawn with their roles.
public struct RichTextNote: Field {
  /// Key and title (the title may be empty).
  public var info: FieldInfo
  /// The parsed document.
  public let document: RichText

  /// A note showing `html` (the safe subset; everything else stripped).
  public init(_ info: FieldInfo, html: String) {
    self.info = info
    self.document = RichText(html: html)
  }

  /// Notes hold no value.
  public var value: FieldValue { .none }

  /// Focus skips notes.
  public var isFocusable: Bool { false }

  /// Notes take no input.
  public mutating func handle(_ event: InputEvent) -> FieldResponse { .ignored }

  /// The wrapped line count.
  public func height(width: Int, context: FieldContext) -> Int { max(1, document.lines(width: width).count) }

  /// Draws the wrapped document.
  public func render(in canvas: inout Canvas, context: FieldContext) {
    for (y, line) in document.lines(width: canvas.size.width).enumerated() {
      var x = 0
      for run in line { x = canvas.put(run.text, at: Point(x: x, y: y), style: Self.style(run.emphasis)) }
    }
  }

  /// The role and attributes for an emphasis.
  static func style(_ emphasis: RichText.Emphasis) -> Style {
    if emphasis.contains(.marker) { return Style(.muted) }
    var attributes: Attributes = []
    if emphasis.contains(.bold) { attributes.insert(.bold) }
    if emphasis.contains(.italic) { attributes.insert(.italic) }
    if emphasis.contains(.link) { return Style(.link, attributes.union(.underline)) }
    return Style(.description, attributes)
  }

  /// The document as plain lines.
  public var accessiblePrompt: [String] { document.plainText.split(separator: "\n").map(String.init) }

  /// Nothing to answer.
  public mutating func accept(line: String) -> String? { nil }
}
