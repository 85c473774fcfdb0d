import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import TextSafety

/// The files an application sends, as a list in a form: per file its type (the first CV is marked as
/// the resume), the name it is sent under, its size and what its content really is (with a warning
/// when the name and content disagree), and the total against the size limit. Above the rows, the
/// integration's attachment rules in one line and what the list lacks (a required CV); a file that
/// breaks a rule says so on its row, with what is allowed.
///
/// Keys: ↑/↓ move; t (or ←/→, space) cycles the type among those the ATS takes, c/l/o set CV, cover
/// letter, other; n renames (enter keeps, esc cancels); del or x removes; [ and ] (or alt+↑/↓) move
/// the file up and down.
struct AttachmentListField: Field {
  /// Key, labels, validation and visibility.
  var info: FieldInfo
  /// The attachments, in the order they are sent.
  private(set) var items: [AttachmentDraft]
  /// What the detector found, by `factsKey`.
  var facts: [String: FileFacts] = [:]
  /// Bytes of local files given as FILE answers (they count towards the same total).
  var answerBytes = 0
  /// Kombo's guidance for the total size of all files.
  let guidance: Int
  /// What the integration accepts (``AttachmentRules/unknown`` until read).
  var rules: AttachmentRules = .unknown
  /// The ATS's name for the rules line ("Greenhouse").
  var toolName = "This ATS"
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
    self.guidance = limit
  }

  /// The total size the files may have: the guidance, or the integration's total when smaller.
  var limit: Int { min(guidance, rules.totalSizeBytes ?? guidance) }

  /// The rules applied to the files as far as they are measured.
  var findings: AttachmentRuleCheck.Findings {
    let subjects = items.map { item -> AttachmentRuleCheck.Subject? in
      switch item.file.source {
      case .url:
        return AttachmentRuleCheck.Subject(
          type: item.type, mimeType: ContentType.forFileName(Self.sendName(item))?.mimeType)
      case .path:
        let found = Self.factsKey(item).flatMap { facts[$0] }
        if let found, found.problem != nil { return nil }
        return AttachmentRuleCheck.Subject(type: item.type, mimeType: found?.mimeType, size: found?.size)
      }
    }
    return AttachmentRuleCheck(rules: rules).findings(subjects, types: items.map(\.type))
  }

  /// The types the type keys choose from: those the ATS takes (all of them when it takes none).
  private var choosableTypes: [Attachment.Kind] {
    let supported = AttachmentRuleCheck(rules: rules).supportedTypes
    return supported.isEmpty ? Attachment.Kind.allCases : supported
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
    let letters = choosableTypes.map(Self.letter).joined(separator: "/")
    return [
      KeyHelp("t/" + letters, "type"), KeyHelp("del", "remove"), KeyHelp("[/]", "move"),
      KeyHelp("n", "rename"),
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
      return setType(Self.cycle(items[cursor].type, by: 1, among: choosableTypes))
    case KeyPress(.left): return setType(Self.cycle(items[cursor].type, by: -1, among: choosableTypes))
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
    guard choosableTypes.contains(type) else {
      notice = "\(toolName) takes no \(AttachmentRulesText.noun(type, plural: true))."
      return .consumed
    }
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

  /// The type after `type` among `types`, going round (from a type not among them, the first).
  static func cycle(_ type: Attachment.Kind, by step: Int, among types: [Attachment.Kind]) -> Attachment.Kind
  {
    guard let index = types.firstIndex(of: type) else { return types.first ?? type }
    return types[(index + step + types.count) % types.count]
  }

  /// The key that sets a type.
  static func letter(_ type: Attachment.Kind) -> String {
    switch type {
    case .cv: "c"
    case .coverLetter: "l"
    case .other: "o"
    }
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

  /// The rules lines, two rows per file (or one for none) and the total, wrapped (over the limit it
  /// says what to do).
  func height(width: Int, context: FieldContext) -> Int {
    rulesLines(width: width).count + max(1, items.count * 2) + totalLines(width: width).count
  }

  /// The rules in one line ("Greenhouse: 1 CV required · PDF or Word · …") and, marked, what the list
  /// lacks, wrapped to `width`.
  private func rulesLines(width: Int) -> [(String, Role)] {
    var lines = Self.joined(
      AttachmentRulesText.parts(rules).map { Sanitizer.clean($0) }, first: Sanitizer.clean(toolName) + ": ",
      width: width
    ).map { ($0, Role.muted) }
    for problem in findings.overall {
      lines += Sanitizer.clean("⚠ " + problem).wrapped(toWidth: max(1, width)).map { ($0, Role.warning) }
    }
    return lines
  }

  private func totalLines(width: Int) -> [String] {
    let lines = Sanitizer.clean(totalLine).wrapped(toWidth: max(1, width))
    return lines.isEmpty ? [""] : lines
  }

  /// Draws the rows and the total.
  func render(in canvas: inout Canvas, context: FieldContext) {
    var y = 0
    for (line, role) in rulesLines(width: canvas.size.width) {
      canvas.put(line, at: Point(x: 0, y: y), style: Style(role))
      y += 1
    }
    if items.isEmpty {
      canvas.put(
        "No files yet: pick them below, or add a web address.", at: Point(x: 0, y: y),
        style: Style(.placeholder))
      y += 1
    }
    let broken = findings.rows
    for (index, item) in items.enumerated() {
      drawRow(index, item, at: y, focused: context.isFocused, broken: broken[index], in: &canvas)
      y += 2
    }
    for (offset, line) in totalLines(width: canvas.size.width).enumerated() {
      canvas.put(
        line, at: Point(x: 0, y: y + offset),
        style: Style(isOverLimit ? .error : .muted, isOverLimit ? .bold : []))
    }
  }

  /// `parts` after `first`, joined with " · " and broken between parts to fit `width` (a part wider
  /// than a line wraps on its own).
  static func joined(_ parts: [String], first: String, width: Int) -> [String] {
    let width = max(1, width)
    var lines: [String] = []
    var current = first
    for (index, part) in parts.enumerated() {
      let separator = index == 0 ? "" : " · "
      if current.isEmpty || (current + separator + part).displayWidth <= width {
        current += (current.isEmpty ? "" : separator) + part
      } else {
        lines.append(current + " ·")
        current = part
      }
    }
    return lines + [current].flatMap { $0.wrapped(toWidth: width) }
  }

  private func drawRow(
    _ index: Int, _ item: AttachmentDraft, at y: Int, focused: Bool, broken: String?, in canvas: inout Canvas
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
    let size = found?.size.map { ByteCount.format($0) } ?? ""
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
    let (detail, role) = broken.map { ("✗ " + $0, Role.error) } ?? detailLine(item, facts: found)
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
    let answers = answerBytes > 0 ? " (\(ByteCount.format(answerBytes)) in file answers)" : ""
    let checking = isChecking ? " · checking sizes…" : ""
    if total > limit {
      return "Total \(ByteCount.format(total))\(answers) is over the \(ByteCount.format(limit)) limit by "
        + "\(ByteCount.format(total - limit)): remove files or send large ones by web address\(checking)"
    }
    return
      "Total \(ByteCount.format(total))\(answers) of \(ByteCount.format(limit)) · \(ByteCount.format(limit - total)) left"
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
