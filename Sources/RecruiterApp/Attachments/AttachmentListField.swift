import ApplyCore
import KomboAPI
import TerminalUI
import TextSafety

/// The files an application sends, as a list in a form: per file its type (the first CV is marked as
/// the resume), the name it is sent under, its size and what its content really is (with a warning
/// when the name and content disagree), and the total against the size limit.
///
/// Keys: ↑/↓ move; t (or ←/→, space) cycles the type, c/l/o set CV, cover letter, other; n renames
/// (enter keeps, esc cancels); del or x removes; [ and ] (or alt+↑/↓) move the file up and down.
struct AttachmentListField: Field {
  /// Key, labels, validation and visibility.
  var info: FieldInfo
  /// The attachments, in the order they are sent.
  private(set) var items: [AttachmentDraft]
  /// What the detector found, by `factsKey`.
  var facts: [String: FileFacts] = [:]
  /// Bytes of local files given as FILE answers (they count towards the same total).
  var answerBytes = 0
  /// The total size the files may have.
  let limit: Int
  /// The row under the cursor.
  private(set) var cursor = 0
  /// The name being edited for the row under the cursor, if renaming.
  private(set) var renaming: TextInput?
  /// What the last key did, for the status bar ("Removed cv.pdf."); the screen shows it.
  private(set) var notice: String?

  /// A list of `items` limited to `limit` bytes in total.
  init(_ info: FieldInfo, items: [AttachmentDraft], limit: Int) {
    self.info = info
    self.items = items
    self.limit = limit
  }

  /// The files' sources.
  var value: FieldValue { .files(items.map(Self.source)) }

  /// The key of an attachment's facts: its path and the name its type is judged by.
  static func factsKey(_ item: AttachmentDraft) -> String? {
    guard case .path(let path) = item.file.source else { return nil }
    return path + "\u{0}" + FileFacts.typeName(path: path, sendName: item.file.name)
  }

  /// A source as text: the path or the web address.
  static func source(_ item: AttachmentDraft) -> String {
    switch item.file.source {
    case .path(let path): path
    case .url(let url): url
    }
  }

  /// The name an attachment is sent under (the given one, else the last part of its path or address,
  /// with bytes that are not UTF-8 as `%E9`), as the core sends it.
  static func sendName(_ item: AttachmentDraft) -> String {
    let given = item.file.name.trimmingCharacters(in: .whitespaces)
    if !given.isEmpty { return given }
    let source = Self.source(item)
    let path = source.split(separator: "?").first.map(String.init) ?? source
    return FileNameBytes.percentEscaped(path.split(separator: "/").last.map(String.init) ?? source)
  }

  /// The bytes of local attachments whose size is known.
  var attachmentBytes: Int { items.compactMap { Self.factsKey($0).flatMap { facts[$0]?.size } }.reduce(0, +) }

  /// Whether some local file has not been measured yet.
  var isChecking: Bool { items.contains { item in Self.factsKey(item).map { facts[$0] == nil } ?? false } }

  /// Appends attachments (the screen adds picked files and web addresses).
  mutating func append(_ added: [AttachmentDraft]) {
    items += added
    cursor = max(0, items.count - 1)
  }

  /// Moves the cursor to attachment `index`.
  mutating func select(_ index: Int) {
    cursor = min(max(0, index), max(0, items.count - 1))
  }

  /// The keys for the help line.
  var keyHelp: [KeyHelp] {
    if renaming != nil { return [KeyHelp("enter", "keep name"), KeyHelp("esc", "cancel")] }
    guard !items.isEmpty else { return [KeyHelp("enter", "next step")] }
    return [
      KeyHelp("t/c/l/o", "type"), KeyHelp("del", "remove"), KeyHelp("[/]", "move"), KeyHelp("n", "rename"),
      KeyHelp("enter", "next step"),
    ]
  }

  /// Handles a key while focused.
  mutating func handle(_ event: InputEvent) -> FieldResponse {
    if renaming != nil { return handleRenaming(event) }
    guard case .key(let key) = event else { return .ignored }
    notice = nil
    switch key {
    case KeyPress(.up): return move(to: cursor - 1)
    case KeyPress(.down): return move(to: cursor + 1)
    case KeyPress(.home): return move(to: 0)
    case KeyPress(.end): return move(to: items.count - 1)
    case .enter: return .next
    default: break
    }
    guard items.indices.contains(cursor) else { return .ignored }
    switch key {
    case .character("t"), .character(" "), KeyPress(.right):
      return setType(Self.cycle(items[cursor].type, by: 1))
    case KeyPress(.left): return setType(Self.cycle(items[cursor].type, by: -1))
    case .character("c"): return setType(.cv)
    case .character("l"): return setType(.coverLetter)
    case .character("o"): return setType(.other)
    case .character("n"), .character("r"):
      var input = TextInput(
        FieldInfo(key: info.key + ".name", title: "Name"), text: Self.sendName(items[cursor]))
      input.prompt = "name "
      renaming = input
      return .consumed
    case KeyPress(.delete), .backspace, .character("x"):
      let removed = items.remove(at: cursor)
      cursor = min(cursor, max(0, items.count - 1))
      notice = "Removed \(Self.sendName(removed))."
      return .changed
    case .character("["), KeyPress(.up, .alt): return swap(cursor, cursor - 1)
    case .character("]"), KeyPress(.down, .alt): return swap(cursor, cursor + 1)
    default: return .ignored
    }
  }

  private mutating func handleRenaming(_ event: InputEvent) -> FieldResponse {
    guard var input = renaming else { return .ignored }
    switch event {
    case .key(.escape):
      renaming = nil
      return .consumed
    case .key(.enter), .key(.tab):
      renaming = nil
      let name = input.text.trimmingCharacters(in: .whitespaces)
      let own = Self.sendName(
        AttachmentDraft(file: FileReference(path: Self.source(items[cursor])), type: .other))
      let stored = name == own ? "" : name
      guard stored != items[cursor].file.name else { return .consumed }
      items[cursor].file.name = stored
      return .changed
    default:
      _ = input.handle(event)
      renaming = input
      return .consumed
    }
  }

  private mutating func move(to index: Int) -> FieldResponse {
    guard items.indices.contains(index) else { return .ignored }
    cursor = index
    return .consumed
  }

  private mutating func setType(_ type: Attachment.Kind) -> FieldResponse {
    guard items[cursor].type != type else { return .consumed }
    items[cursor].type = type
    return .changed
  }

  private mutating func swap(_ index: Int, _ other: Int) -> FieldResponse {
    guard items.indices.contains(other) else { return .consumed }
    items.swapAt(index, other)
    cursor = other
    return .changed
  }

  /// The type after `type`, going round.
  static func cycle(_ type: Attachment.Kind, by step: Int) -> Attachment.Kind {
    let all = Attachment.Kind.allCases
    let index = all.firstIndex(of: type) ?? 0
    return all[(index + step + all.count) % all.count]
  }

  /// The label of a type.
  static func label(_ type: Attachment.Kind) -> String {
    switch type {
    case .cv: "CV"
    case .coverLetter: "Cover letter"
    case .other: "Other"
    }
  }

  /// The index of the attachment that becomes the resume: the first CV.
  var resumeIndex: Int? { items.firstIndex { $0.type == .cv } }

  /// Two rows per file (or one for none) and the total, wrapped (over the limit it says what to do).
  func height(width: Int, context: FieldContext) -> Int {
    max(1, items.count * 2) + totalLines(width: width).count
  }

  private func totalLines(width: Int) -> [String] {
    let lines = Sanitizer.clean(totalLine).wrapped(toWidth: max(1, width))
    return lines.isEmpty ? [""] : lines
  }

  /// Draws the rows and the total.
  func render(in canvas: inout Canvas, context: FieldContext) {
    var y = 0
    if items.isEmpty {
      canvas.put(
        "No files yet: pick them below, or add a web address.", at: .zero, style: Style(.placeholder))
      y = 1
    }
    for (index, item) in items.enumerated() {
      drawRow(index, item, at: y, focused: context.isFocused, in: &canvas)
      y += 2
    }
    for (offset, line) in totalLines(width: canvas.size.width).enumerated() {
      canvas.put(
        line, at: Point(x: 0, y: y + offset),
        style: Style(isOverLimit ? .error : .muted, isOverLimit ? .bold : []))
    }
  }

  private func drawRow(
    _ index: Int, _ item: AttachmentDraft, at y: Int, focused: Bool, in canvas: inout Canvas
  ) {
    let isCursor = index == cursor && focused
    let marker = isCursor ? "> " : "  "
    let tag = (Self.label(item.type) + (index == resumeIndex ? " ★ resume" : "")).padded(toWidth: 16)
    let rowStyle = isCursor ? Style(.selection) : Style(.text)
    if isCursor { canvas.fill(Rect(x: 0, y: y, width: canvas.size.width, height: 1), style: rowStyle) }
    var x = canvas.put(marker, at: Point(x: 0, y: y), style: isCursor ? Style(.focus) : Style(.muted))
    x = canvas.put("\(index + 1). ", at: Point(x: x, y: y), style: rowStyle)
    let tagStyle = isCursor ? Style(.selection, .bold) : Style(index == resumeIndex ? .success : .title)
    x = canvas.put(tag, at: Point(x: x, y: y), style: tagStyle)
    let found = Self.factsKey(item).flatMap { facts[$0] }
    let size = found?.size.map(ByteSize.text) ?? ""
    let sizeX = canvas.size.width - size.displayWidth
    if let renaming, index == cursor {
      canvas.withRegion(Rect(x: x, y: y, width: max(0, canvas.size.width - x), height: 1)) {
        renaming.render(in: &$0, context: FieldContext(isFocused: true))
      }
    } else {
      let name = Sanitizer.clean(Self.sendName(item)).truncated(toWidth: max(0, sizeX - x - 1))
      canvas.put(name, at: Point(x: x, y: y), style: rowStyle)
      canvas.put(size, at: Point(x: sizeX, y: y), style: isCursor ? rowStyle : Style(.muted))
    }
    let (detail, role) = detailLine(item, facts: found)
    let shown = Sanitizer.clean(detail).truncated(toWidth: max(0, canvas.size.width - 7))
    canvas.put(shown, at: Point(x: 7, y: y + 1), style: Style(role))
  }

  /// The second line of a row: where the file comes from and what it is, or what is wrong.
  private func detailLine(_ item: AttachmentDraft, facts: FileFacts?) -> (String, Role) {
    switch item.file.source {
    case .url(let url):
      if let problem = TextRules.urlProblem(url) { return ("⚠ " + problem.message, .warning) }
      if ContentType.fileExtension(of: Self.sendName(item)) == nil {
        return ("⚠ web address; press n to give it a name with an extension, such as Resume.pdf", .warning)
      }
      return ("web address, Kombo downloads it: \(url)", .muted)
    case .path(let path):
      guard let facts else { return ("checking… \(path)", .muted) }
      if let problem = facts.problem { return ("⚠ " + problem, .warning) }
      return ("\(facts.content) · \(path)", .muted)
    }
  }

  /// Whether the known sizes exceed the limit.
  var isOverLimit: Bool { attachmentBytes + answerBytes > limit }

  /// "Total 1.2 MB of 10.0 MB · 8.8 MB left", or how far over the limit the files are.
  var totalLine: String {
    let total = attachmentBytes + answerBytes
    let answers = answerBytes > 0 ? " (\(ByteSize.text(answerBytes)) in file answers)" : ""
    let checking = isChecking ? " · checking sizes…" : ""
    if total > limit {
      return "Total \(ByteSize.text(total))\(answers) is over the \(ByteSize.text(limit)) limit by "
        + "\(ByteSize.text(total - limit)): remove files or send large ones by web address\(checking)"
    }
    return
      "Total \(ByteSize.text(total))\(answers) of \(ByteSize.text(limit)) · \(ByteSize.text(limit - total)) left"
      + checking
  }

  /// The files, numbered, for line mode.
  var accessiblePrompt: [String] {
    items.enumerated().map {
      "\($0.offset + 1). \(Self.label($0.element.type)): \(Self.sendName($0.element))"
    }
      + [totalLine]
  }

  /// Line mode keeps the list as it is.
  mutating func accept(line: String) -> String? { nil }
}
