import TextSafety

/// A file picker form field: browse directories (directories first), filter by extension or MIME
/// type, see sizes, toggle hidden files, mark several files, or type/paste a path with Tab
/// completion. Directory reading runs as streaming field tasks, in chunks; nothing blocks the UI.
///
/// Keys: ↑/↓ move; enter opens a directory or picks (the marked files, else the one under the
/// cursor); space marks; ← or backspace (with no path typed) goes up; ctrl+h shows hidden files;
/// typing edits the path line, tab completes it, esc or ctrl+u clears it.
public struct FilePickerField: Field {
  /// Key, labels, validation and visibility.
  public var info: FieldInfo
  /// Directory, entries, marks, typed path.
  public private(set) var model: FilePickerModel
  /// Where directories are read.
  public let reader: any DirectoryReader
  /// The first listing has been asked for.
  private var started = false

  /// A picker starting in `directory`; `reader` is the real file system or an in-memory one. The
  /// cursor starts on the entry `focusing`, else (with `startsOnNewest`) on the newest file shown.
  public init(
    _ info: FieldInfo, directory: String, home: String, reader: any DirectoryReader = LocalDirectoryReader(),
    filter: FileTypeFilter = FileTypeFilter(), allowsMultiple: Bool = false, limit: Int? = nil,
    height: Int = 8, focusing: String? = nil, startsOnNewest: Bool = false
  ) {
    self.info = info
    self.reader = reader
    self.model = FilePickerModel(
      directory: directory, home: home, filter: filter, allowsMultiple: allowsMultiple, limit: limit,
      height: height)
    model.startFocus = focusing
    model.startsOnNewest = startsOnNewest
  }

  /// The picked paths.
  public var value: FieldValue { .files(model.picked) }

  /// Picking keys; Tab completes only while a path is typed (otherwise it moves on, like everywhere).
  public var keyHelp: [KeyHelp] {
    let completion = model.pathInput.isEmpty ? [] : [KeyHelp("tab", "complete")]
    return [KeyHelp("enter", "open/pick"), KeyHelp("space", "mark"), KeyHelp("←", "up")] + completion
      + [KeyHelp("ctrl+h", "hidden")]
  }

  /// Handles a key or paste while focused; the first event also starts the first listing.
  public mutating func handle(_ event: InputEvent) -> FieldResponse {
    var requests: [FilePickerModel.Request] = []
    if !started {
      started = true
      requests += model.start()
    }
    let before = model.picked
    var outcome = FieldResponse.Outcome.consumed
    switch event {
    case .paste(let text):
      model.paste(text)
    case .key(let key):
      if let move = ListDrawing.move(for: key),
        model.pathInput.isEmpty || ![KeyPress(.home), KeyPress(.end), .control("u")].contains(key)
      {
        model.move(move)
      } else {
        switch key {
        case .enter: requests += model.activate()
        case .tab:
          guard !model.pathInput.isEmpty else { return .ignored }
          requests += model.complete()
        case .character(" ") where model.pathInput.isEmpty: model.toggleMark()
        case KeyPress(.left) where model.pathInput.isEmpty: requests += model.goUp()
        case .backspace where model.pathInput.isEmpty: requests += model.goUp()
        case .control("h"): model.toggleHidden()
        case .escape:
          guard !model.pathInput.isEmpty else { return .ignored }
          model.setPathInput("")
        default:
          guard let text = ListDrawing.edit(model.pathInput, with: key, allowSpace: true) else {
            return .ignored
          }
          model.setPathInput(text)
        }
      }
    default:
      return .ignored
    }
    if model.picked != before { outcome = .changed }
    return FieldResponse(outcome, tasks: requests.map(task))
  }

  /// Applies a chunk or result from a listing task.
  public mutating func receive(_ result: any Sendable) -> FieldResponse {
    guard let event = result as? FilePickerModel.Event else { return .ignored }
    let before = model.picked
    let follow = model.handle(event)
    return FieldResponse(model.picked == before ? .consumed : .changed, tasks: follow.map(task))
  }

  /// A listing or examination streamed back event by event, so a directory of 100,000 entries reaches
  /// the form in chunks while it is still being read.
  private func task(_ request: FilePickerModel.Request) -> FieldTask {
    let reader = reader
    let id = if case .list = request.kind { "list" } else { "examine" }
    return .stream(id: id) { send in
      for await event in FilePickerLoader.events(for: request, reader: reader) { send(event) }
    }
  }

  /// Path line, directory line, rows and a status line.
  public func height(width: Int, context: FieldContext) -> Int { 3 + model.viewport.height }

  /// Draws the path line, the directory, the entries with sizes and marks, and a status line.
  public func render(in canvas: inout Canvas, context: FieldContext) {
    ListDrawing.inputLine(
      prompt: "path ", text: model.pathInput, placeholder: "type or paste a path, tab completes",
      focused: context.isFocused, in: &canvas)
    let loading = model.isLoading ? " · reading… \(model.receivedCount)" : ""
    ListDrawing.note(model.directory + loading, at: 1, style: Style(.title), in: &canvas)
    if !started && model.rows.isEmpty {
      ListDrawing.note("  (focus to list this directory)", at: 2, in: &canvas)
    }
    for (offset, row) in model.viewport.window.enumerated() {
      let entry = model.rows[row]
      let isCursor = row == model.viewport.cursor
      let path = PathText.join(model.directory, entry.name)
      let mark = model.marked.contains(path) || model.picked.contains(path) ? "✓ " : "  "
      let size = entry.size.map(ByteCount.format) ?? ""
      let name =
        entry.name + (entry.isDirectory ? "/" : "") + (entry.kind == .brokenLink ? " (broken link)" : "")
      let style = Style(entry.isDirectory ? .title : entry.kind == .brokenLink ? .disabled : .text)
      canvas.withRegion(Rect(x: 0, y: 2 + offset, width: max(0, canvas.size.width - 10), height: 1)) {
        ListDrawing.row(
          name, marker: (isCursor && context.isFocused ? "> " : "  ") + mark, at: 0, isCursor: isCursor,
          focused: context.isFocused, style: style, in: &$0)
      }
      canvas.put(
        size.padded(toWidth: 9), at: Point(x: canvas.size.width - 9, y: 2 + offset), style: Style(.muted))
    }
    ListDrawing.note(
      status, at: 2 + model.viewport.height, style: Style(model.message == nil ? .muted : .warning),
      in: &canvas)
  }

  private var status: String {
    if let message = model.message { return message }
    if !model.completions.isEmpty { return "tab: " + model.completions.prefix(8).joined(separator: "  ") }
    var parts = ["\(model.rows.count) shown"]
    if model.hiddenByFilter > 0, let summary = model.filter.summary {
      parts.append("\(model.hiddenByFilter) not \(summary)")
    }
    if !model.marked.isEmpty { parts.append("\(model.marked.count) marked") }
    if !model.picked.isEmpty {
      parts.append("picked: " + model.picked.map(PathText.lastComponent).joined(separator: ", "))
    }
    return parts.joined(separator: " · ")
  }

  /// How to answer: full paths.
  public var accessiblePrompt: [String] {
    let types = model.filter.summary.map { "; allowed: \($0)" } ?? ""
    let several = model.allowsMultiple ? "paths separated by commas" : "a path"
    return ["(\(several) to a file\(types); ~ is your home directory)"]
  }

  /// Takes typed paths; checks the type filter (existence is checked when the form is submitted).
  public mutating func accept(line: String) -> String? {
    let parts = model.allowsMultiple ? line.split(separator: ",").map(String.init) : [line]
    let paths = parts.map { PathText.cleanPasted($0) }.filter { !$0.isEmpty }
      .map { PathText.resolve($0, from: model.directory, home: model.home) }
    if paths.isEmpty { return nil }
    if let bad = paths.first(where: { !model.filter.allows($0) }), let summary = model.filter.summary {
      return "\(PathText.lastComponent(of: bad)) is not an allowed type (\(summary))."
    }
    if let limit = model.limit, paths.count > limit { return "Pick at most \(limit) file(s)." }
    model.picked = paths
    return nil
  }
}
