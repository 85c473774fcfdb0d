import ApplyCore
import Foundation
import TerminalUI
import TextSafety

/// A FILE question: a file picker filtered to the accepted types, plus what a picker cannot hold — a
/// web address typed in the path line (Kombo downloads it) and a file restored from a saved draft.
/// The size limit is shown under the picker and enforced for files whose size the listing shows
/// (the review checks every file again when it reads them).
///
/// The value is `.files([path or URL])`, or `.none` while nothing is chosen.
struct FileAnswerField: FieldWrapper {
  /// The wrapped picker.
  var wrapped: FilePickerField
  /// A chosen web address, or a file restored from a draft, while the picker has picked nothing.
  private(set) var chosen: String?
  /// The largest file the question accepts, in bytes.
  let sizeLimit: Int?
  /// The accepted types, for the hint line (`PDF, PNG`), nil for any.
  let typesSummary: String?

  /// A file question field browsing `directory`.
  init(
    _ info: FieldInfo, chosen: String?, directory: String, home: String, reader: any DirectoryReader,
    filter: FileTypeFilter, sizeLimit: Int?
  ) {
    self.wrapped = FilePickerField(
      info, directory: directory, home: home, reader: reader, filter: filter, height: 5)
    self.chosen = chosen
    self.sizeLimit = sizeLimit
    self.typesSummary = filter.summary
  }

  /// The wrapped picker.
  var picker: FilePickerField { wrapped }

  /// The picked file, else the chosen URL or restored file.
  var value: FieldValue {
    if !picker.model.picked.isEmpty { return .files(picker.model.picked) }
    return chosen.map { .files([$0]) } ?? .none
  }

  /// The picked file is over the size limit (when its size is known from the listing).
  var inputProblem: String? {
    guard let sizeLimit, let size = pickedSize, size > sizeLimit else { return nil }
    return
      "\(PathText.lastComponent(of: picker.model.picked[0])) is \(ByteCount.format(size)); this question "
      + "accepts files up to \(ByteCount.format(sizeLimit))."
  }

  /// The picker's keys, plus clearing once something is chosen.
  var keyHelp: [KeyHelp] { picker.keyHelp + (value.isEmpty ? [] : [KeyHelp("del", "clear")]) }

  /// The size of the picked file as the listing shows it, if known.
  var pickedSize: Int? {
    guard let path = picker.model.picked.first else { return nil }
    let model = picker.model
    return model.entries.first { PathText.join(model.directory, $0.name) == path }?.size.map(Int.init)
  }

  /// Enter on a typed `http(s)://` address takes it as the answer; delete (with nothing typed) clears.
  mutating func handle(_ event: InputEvent) -> FieldResponse {
    let typed = picker.model.pathInput.trimmingCharacters(in: .whitespaces)
    switch event {
    case .key(.enter) where FileAnswerField.isWebAddress(typed):
      resetPicker()
      chosen = typed
      return .changed
    case .key(KeyPress(.delete)) where typed.isEmpty && !value.isEmpty:
      resetPicker()
      chosen = nil
      return .changed
    default:
      let response = wrapped.handle(event)
      if response.outcome == .changed, !picker.model.picked.isEmpty { chosen = nil }
      return response
    }
  }

  /// Listing results go to the picker.
  mutating func receive(_ result: any Sendable) -> FieldResponse {
    let response = wrapped.receive(result)
    if response.outcome == .changed, !picker.model.picked.isEmpty { chosen = nil }
    return response
  }

  private mutating func resetPicker() {
    let model = wrapped.model
    wrapped = FilePickerField(
      wrapped.info, directory: model.directory, home: model.home, reader: wrapped.reader,
      filter: model.filter,
      height: model.viewport.height)
  }

  /// Whether `text` is an `http://` or `https://` address.
  static func isWebAddress(_ text: String) -> Bool {
    let lower = text.lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://")
  }

  /// What the question accepts: `PDF, PNG up to 4.8 MB`, or nil when anything goes.
  private var limits: String? {
    let parts = [typesSummary, sizeLimit.map { "up to \(ByteCount.format($0))" }].compactMap { $0 }
    return parts.isEmpty ? nil : "accepts " + parts.joined(separator: " ")
  }

  /// The picker, a line saying what will be sent, and one with what the question accepts.
  func height(width: Int, context: FieldContext) -> Int {
    picker.height(width: width, context: context) + (limits == nil ? 1 : 2)
  }

  /// Draws the picker, the answer line and the limits.
  func render(in canvas: inout Canvas, context: FieldContext) {
    let pickerHeight = picker.height(width: canvas.size.width, context: context)
    canvas.withRegion(Rect(x: 0, y: 0, width: canvas.size.width, height: pickerHeight)) {
      picker.render(in: &$0, context: context)
    }
    let line: String
    if case .files(let chosen) = value, let first = chosen.first {
      let size = pickedSize.map { " · \(ByteCount.format($0))" } ?? ""
      let web = FileAnswerField.isWebAddress(first)
      line =
        "→ sends \(web ? first : PathText.lastComponent(of: first))\(size)\(web ? " (Kombo downloads it)" : "")"
    } else {
      line = "→ nothing chosen; enter picks, or type a path or an https:// address"
    }
    let style = Style(inputProblem == nil ? .info : .error)
    canvas.put(
      Sanitizer.clean(line).truncated(toWidth: canvas.size.width), at: Point(x: 0, y: pickerHeight),
      style: style)
    if let limits {
      canvas.put(
        limits.truncated(toWidth: canvas.size.width), at: Point(x: 2, y: pickerHeight + 1),
        style: Style(.muted))
    }
  }

  /// How to answer in line mode: a path or a web address.
  var accessiblePrompt: [String] {
    let limits = sizeLimit.map { "; up to \(ByteCount.format($0))" } ?? ""
    let types = typesSummary.map { "; allowed: \($0)" } ?? ""
    return ["(a path to a file or an https:// address\(types)\(limits))"]
  }

  /// Takes a path or a web address; an empty line keeps the current answer.
  mutating func accept(line: String) -> String? {
    let typed = line.trimmingCharacters(in: .whitespaces)
    if typed.isEmpty { return nil }
    if FileAnswerField.isWebAddress(typed) {
      resetPicker()
      chosen = typed
      return nil
    }
    if let problem = wrapped.accept(line: typed) { return problem }
    chosen = nil
    return nil
  }
}
