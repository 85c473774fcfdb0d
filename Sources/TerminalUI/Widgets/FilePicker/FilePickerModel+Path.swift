/// Typed paths: Tab completion and what Enter does with an examined path.
extension FilePickerModel {
  /// Tab: completes the typed path's last part against its directory's entries.
  ///
  /// When the typed directory is not the one listed, it is listed first (the view follows) and the
  /// completion runs when the listing is complete (a relative path is then relative to it). One candidate completes fully (a directory gets
  /// a `/`); several extend to their longest common prefix, or are listed in `completions` when the
  /// prefix cannot grow.
  public mutating func complete() -> [Request] {
    message = nil
    completions = []
    let typed = pathInput
    let (typedDirectory, prefix) = PathText.splitForCompletion(typed)
    let target =
      typedDirectory.isEmpty
      ? directory : PathText.normalized(PathText.resolve(typedDirectory, from: directory, home: home))
    if target != directory || isLoading {
      if listingID != nil && pendingDirectory == target {
        completeWhenListed = true
        return []
      }
      let request = open(target)
      completeWhenListed = true
      // The listed folder becomes the current one: a relative path goes on from there, so the
      // completion after the listing does not resolve its folder a second time (`files/files/…`).
      if !typedDirectory.hasPrefix("/") && !typedDirectory.hasPrefix("~") { pathInput = prefix }
      return [request]
    }
    let showDotfiles = showsHidden || prefix.hasPrefix(".")
    let offered = entries.filter {
      (showDotfiles || !$0.isHidden) && ($0.isDirectory || filter.allows($0.name))
    }
    var candidates = offered.filter { $0.name.hasPrefix(prefix) }
    if candidates.isEmpty {
      let lower = prefix.lowercased()
      candidates = offered.filter { $0.sortKey.hasPrefix(lower) }
    }
    switch candidates.count {
    case 0:
      message = "Nothing in \(directory) starts with \"\(prefix)\"."
    case 1:
      let only = candidates[0]
      pathInput = typedDirectory + only.name + (only.isDirectory ? "/" : "")
      focus(named: only.name)
    default:
      let common = Self.commonPrefix(candidates.map(\.name))
      focus(named: candidates[0].name)
      if common.count > prefix.count {
        pathInput = typedDirectory + common
      } else {
        completions = candidates.map { $0.name + ($0.isDirectory ? "/" : "") }
      }
    }
    return []
  }

  /// What Enter does once a typed path has been examined: open a directory, pick an allowed file
  /// (together with the files already marked), or explain why not.
  mutating func examined(_ path: String, _ kind: FileEntry.Kind?) -> [Request] {
    let name = PathText.lastComponent(of: path)
    switch kind {
    case nil:
      message = "Nothing at \(path)."
    case .directory?, .linkToDirectory?:
      pathInput = ""
      return [open(path)]
    case .file?, .linkToFile?:
      guard filter.allows(name) else {
        message = "\(name) is not an allowed type (\(filter.summary ?? "any"))."
        return []
      }
      pathInput = ""
      let normalized = PathText.normalized(path)
      if allowsMultiple {
        if !marked.contains(normalized) { mark(normalized) }
        if message == nil { picked = marked }
      } else {
        picked = [normalized]
      }
    case .brokenLink?:
      message = "\(name) is a broken link."
    case .other?:
      message = "\(name) is not a regular file."
    }
    return []
  }

  /// Moves the cursor to the row called `name`, if shown.
  private mutating func focus(named name: String) {
    if let row = rows.firstIndex(where: { $0.name == name }) { viewport.focus(row: row) }
  }

  /// The longest common prefix of `names`, by characters.
  static func commonPrefix(_ names: [String]) -> String {
    guard var prefix = names.first.map(Array.init) else { return "" }
    for name in names.dropFirst() {
      let characters = Array(name)
      var length = 0
      while length < min(prefix.count, characters.count) && prefix[length] == characters[length] {
        length += 1
      }
      prefix = Array(prefix.prefix(length))
    }
    return String(prefix)
  }
}
