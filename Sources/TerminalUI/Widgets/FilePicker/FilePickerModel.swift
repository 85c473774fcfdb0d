/// The state of a file picker: the directory being browsed, its entries (directories first, then
/// names A→Z), filters, marks for picking several files, and a typed path with Tab completion.
///
/// The model does no I/O. Actions that need the file system return `Request`s; the caller runs them
/// (see `FilePickerLoader`) and feeds back `Event`s, which may arrive in many chunks. Events for a
/// request that is no longer current are ignored, so a slow listing can never overwrite a newer one.
public struct FilePickerModel: Equatable, Sendable {
  /// File-system work the model asks for.
  public struct Request: Equatable, Sendable {
    /// What to do.
    public enum Kind: Equatable, Sendable {
      /// List a directory.
      case list(String)
      /// Find out what a typed path is.
      case examine(String)
    }

    /// Identifies the request in its events.
    public let id: Int
    /// What to do.
    public let kind: Kind
  }

  /// Results of a `Request`.
  public enum Event: Equatable, Sendable {
    /// Some entries of a listed directory.
    case chunk(id: Int, [FileEntry])
    /// The listing is complete.
    case finished(id: Int)
    /// The directory could not be listed.
    case failed(id: Int, DirectoryReadError)
    /// What an examined path is (nil: nothing there).
    case examined(id: Int, path: String, FileEntry.Kind?)
  }

  /// Which files are offered.
  public let filter: FileTypeFilter
  /// Whether several files may be picked.
  public let allowsMultiple: Bool
  /// The most files that may be picked, if limited.
  public let limit: Int?
  /// Whether picking nothing is an error.
  public let isRequired: Bool
  /// The home directory, for `~`.
  public let home: String

  /// The directory whose entries are shown.
  public private(set) var directory: String
  /// Whether dotfiles are shown.
  public private(set) var showsHidden = false
  /// Every entry read so far, sorted.
  public private(set) var entries: [FileEntry] = []
  /// The entries shown (hidden files and filtered-out files removed), sorted.
  public private(set) var rows: [FileEntry] = []
  /// Cursor and scroll window over `rows`.
  public internal(set) var viewport: ListViewport
  /// Whether the current listing is still arriving.
  public private(set) var isLoading = false
  /// Entries received for the current listing, including those not shown yet.
  public var receivedCount: Int { entries.count + unmerged.count }
  /// Paths marked with Space, in marking order.
  public private(set) var marked: [String] = []
  /// The confirmed choice: the picker's value.
  public internal(set) var picked: [String] = []
  /// Text typed or pasted as a path ("" while browsing).
  public internal(set) var pathInput = ""
  /// Names offered by an ambiguous Tab completion.
  public internal(set) var completions: [String] = []
  /// A message for the user (errors, notices), cleared by the next action.
  public internal(set) var message: String?

  /// Entries received but not merged yet (merged in growing batches, so a huge directory costs
  /// O(n log n) in total rather than a full merge per chunk).
  var unmerged: [FileEntry] = []
  var nextID = 1
  var listingID: Int?
  var pendingDirectory: String?
  var receivedFirstChunk = false
  var examineID: Int?
  var completeWhenListed = false
  var focusAfterLoad: String?
  var newestAfterLoad = false
  var movedSinceListing = false

  /// The number of entries a reader is asked to deliver per chunk.
  public static let chunkSize = 512

  /// A picker starting in `directory`; call `start()` for the first listing.
  public init(
    directory: String, home: String, filter: FileTypeFilter = FileTypeFilter(), allowsMultiple: Bool = false,
    limit: Int? = nil, isRequired: Bool = false, height: Int = 10
  ) {
    self.directory = PathText.normalized(directory)
    self.home = home
    self.filter = filter
    self.allowsMultiple = allowsMultiple
    self.limit = allowsMultiple ? limit.map { max(1, $0) } : 1
    self.isRequired = isRequired
    self.viewport = ListViewport(count: 0, height: height)
  }

  /// The entry under the cursor, if any.
  public var current: FileEntry? { rows.isEmpty ? nil : rows[viewport.cursor] }

  /// Files in this directory that the type filter hides.
  public var hiddenByFilter: Int {
    entries.count { !$0.isDirectory && (showsHidden || !$0.isHidden) && !filter.allows($0.name) }
  }

  /// Why the field is not acceptable, or nil.
  public var validationMessage: String? {
    guard isRequired && picked.isEmpty else { return nil }
    return allowsMultiple
      ? "Choose at least one file: Space marks, Enter confirms." : "Choose a file: Enter picks it."
  }

  /// The entry the cursor starts on once the first listing arrives (the first entry when nil or
  /// not there).
  public var startFocus: String?
  /// Whether the cursor starts on the most recently modified file shown once the first listing is
  /// complete (unless the user moved before that, or `startFocus` is there).
  public var startsOnNewest = false

  /// The first listing.
  public mutating func start() -> [Request] {
    let request = open(directory)
    focusAfterLoad = startFocus
    newestAfterLoad = startsOnNewest
    return [request]
  }

  /// Moves the cursor.
  public mutating func move(_ move: ListViewport.Move) {
    message = nil
    newestAfterLoad = false
    movedSinceListing = true
    viewport.move(move)
  }

  /// Changes how many rows are shown.
  public mutating func resize(height: Int) { viewport.resize(height: height) }

  /// Shows or hides dotfiles, keeping the cursor on the same entry when it stays visible.
  public mutating func toggleHidden() {
    showsHidden.toggle()
    let keep = current
    rows = entries.filter(isShown)
    viewport.reset(count: rows.count, cursor: keep.flatMap(row(of:)) ?? 0)
    message = showsHidden ? "Showing hidden files." : "Hiding hidden files."
  }

  /// Enter: examines a typed path; otherwise opens the directory under the cursor, or picks the
  /// marked files (or the file under the cursor when nothing is marked).
  public mutating func activate() -> [Request] {
    message = nil
    completions = []
    if !pathInput.trimmingSpaces.isEmpty {
      let id = issueID()
      examineID = id
      return [Request(id: id, kind: .examine(PathText.resolve(pathInput, from: directory, home: home)))]
    }
    if let entry = current, entry.isDirectory { return [open(PathText.join(directory, entry.name))] }
    if !marked.isEmpty {
      picked = marked
      return []
    }
    guard let entry = current else { return [] }
    if entry.isFile {
      picked = [PathText.join(directory, entry.name)]
    } else {
      message =
        entry.kind == .brokenLink ? "\(entry.name) is a broken link." : "\(entry.name) cannot be picked."
    }
    return []
  }

  /// Space: marks or unmarks the file under the cursor (single-file pickers pick it instead).
  public mutating func toggleMark() {
    message = nil
    guard let entry = current, entry.isFile else {
      message = current.map { "\($0.name) is not a file." }
      return
    }
    let path = PathText.join(directory, entry.name)
    guard allowsMultiple else {
      picked = [path]
      return
    }
    if let position = marked.firstIndex(of: path) {
      marked.remove(at: position)
    } else {
      mark(path)
    }
  }

  /// Goes to the parent directory, with the cursor on the directory just left.
  public mutating func goUp() -> [Request] {
    message = nil
    guard directory != "/" else { return [] }
    let request = open(PathText.parent(of: directory))
    focusAfterLoad = PathText.lastComponent(of: directory)
    return [request]
  }

  /// Replaces the typed path (each keystroke in the path line).
  public mutating func setPathInput(_ text: String) {
    pathInput = text
    completions = []
    message = nil
  }

  /// Puts a pasted path in the path line, cleaned of quotes, `file://` and backslash escapes.
  public mutating func paste(_ text: String) {
    setPathInput(PathText.cleanPasted(text))
  }

  /// Applies one result of an earlier request; returns follow-up requests.
  public mutating func handle(_ event: Event) -> [Request] {
    switch event {
    case .chunk(let id, let chunk) where id == listingID:
      adoptPendingDirectory()
      unmerged.append(contentsOf: chunk)
      if entries.isEmpty || unmerged.count >= max(Self.chunkSize, entries.count / 2) { mergeUnmerged() }
    case .finished(let id) where id == listingID:
      adoptPendingDirectory()
      mergeUnmerged()
      isLoading = false
      listingID = nil
      focusNewest()
      if completeWhenListed {
        completeWhenListed = false
        return complete()
      }
    case .failed(let id, let error) where id == listingID:
      isLoading = false
      listingID = nil
      pendingDirectory = nil
      completeWhenListed = false
      message = error.message
    case .examined(let id, let path, let kind) where id == examineID:
      examineID = nil
      return examined(path, kind)
    default:
      break
    }
    return []
  }

  /// Starts listing `path`; the current entries stay until the first chunk arrives.
  mutating func open(_ path: String) -> Request {
    let id = issueID()
    listingID = id
    pendingDirectory = PathText.normalized(path)
    receivedFirstChunk = false
    isLoading = true
    focusAfterLoad = nil
    newestAfterLoad = false
    movedSinceListing = false
    return Request(id: id, kind: .list(pendingDirectory ?? path))
  }

  mutating func issueID() -> Int {
    defer { nextID += 1 }
    return nextID
  }

  mutating func mark(_ path: String) {
    if let limit, marked.count >= limit {
      message = "You can pick at most \(limit) file\(limit == 1 ? "" : "s"). Unmark one first."
      return
    }
    marked.append(path)
  }

  private mutating func adoptPendingDirectory() {
    guard let pending = pendingDirectory, !receivedFirstChunk else { return }
    receivedFirstChunk = true
    directory = pending
    pendingDirectory = nil
    entries = []
    rows = []
    unmerged = []
    viewport.reset(count: 0)
  }

  /// Merges the received entries into `entries` and `rows`, keeping the cursor on its entry.
  private mutating func mergeUnmerged() {
    guard !unmerged.isEmpty else { return }
    let keep = current
    let sorted = unmerged.sorted(by: Self.precedes)
    unmerged = []
    entries = Self.merged(entries, sorted)
    rows = Self.merged(rows, sorted.filter(isShown))
    if let focus = focusAfterLoad, let row = rows.firstIndex(where: { $0.name == focus }) {
      viewport.reset(count: rows.count, cursor: row)
      return
    }
    viewport.grow(to: rows.count)
    // Until the user moves, the highlight stays on the first entry as later chunks sort in above it.
    if let keep, let row = row(of: keep) { viewport.focus(row: movedSinceListing ? row : 0) }
  }

  /// Puts the cursor on the newest file shown, when the first listing asked for it.
  private mutating func focusNewest() {
    guard newestAfterLoad else { return }
    newestAfterLoad = false
    if let focus = focusAfterLoad, rows.contains(where: { $0.name == focus }) { return }
    let files = rows.indices.filter { rows[$0].isFile }
    guard let newest = files.max(by: { (rows[$0].modified ?? 0) < (rows[$1].modified ?? 0) }) else { return }
    viewport.reset(count: rows.count, cursor: newest)
  }

  func isShown(_ entry: FileEntry) -> Bool {
    (showsHidden || !entry.isHidden) && (entry.isDirectory || filter.allows(entry.name))
  }

  /// The row of `entry` in `rows` (binary search on the sort order).
  private func row(of entry: FileEntry) -> Int? {
    var low = 0
    var high = rows.count
    while low < high {
      let middle = (low + high) / 2
      if Self.precedes(rows[middle], entry) { low = middle + 1 } else { high = middle }
    }
    return low < rows.count && rows[low] == entry ? low : nil
  }

  /// Directories (and links to them) first, then by name ignoring case, then by exact name.
  static func precedes(_ left: FileEntry, _ right: FileEntry) -> Bool {
    if left.isDirectory != right.isDirectory { return left.isDirectory }
    return left.sortKey == right.sortKey ? left.name < right.name : left.sortKey < right.sortKey
  }

  /// Two sorted arrays merged in linear time.
  private static func merged(_ left: [FileEntry], _ right: [FileEntry]) -> [FileEntry] {
    guard !left.isEmpty else { return right }
    guard !right.isEmpty else { return left }
    var result: [FileEntry] = []
    result.reserveCapacity(left.count + right.count)
    var i = 0
    var j = 0
    while i < left.count && j < right.count {
      if precedes(right[j], left[i]) {
        result.append(right[j])
        j += 1
      } else {
        result.append(left[i])
        i += 1
      }
    }
    result.append(contentsOf: left[i...])
    result.append(contentsOf: right[j...])
    return result
  }
}
