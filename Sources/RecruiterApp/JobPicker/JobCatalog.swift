public import KomboAPI
public import TerminalUI

/// The jobs loaded so far and the searchable list over the ones shown (open jobs, or all).
///
/// Pages are appended as they arrive. The search index is rebuilt when the number of jobs has doubled
/// since the last build and after the last page (so 100,000 jobs cost about two builds, not one per
/// page); above `synchronousLimit` jobs it is built off the update loop and installed when ready.
/// The search, the cursor's job and the open/all choice survive a rebuild.
public struct JobCatalog: Sendable {
  /// Every job loaded, in the API's order.
  public private(set) var jobs: [Job] = []
  /// Each job's searchable fields (title, code, department, location), computed once.
  private var fields: [[String]] = []
  /// Whether each job is listed by default (open and not deleted).
  private var open: [Bool] = []
  /// Whether closed, draft and archived jobs are listed too.
  public private(set) var showsAll = false
  /// The fuzzy list over the listed jobs; values index `jobs`.
  public private(set) var list: FuzzyListModel<Int>
  /// How many of `jobs` the list covers (the rest arrived after the last build).
  public private(set) var indexedCount = 0
  /// How many rows the list shows.
  public private(set) var height: Int

  /// Up to this many jobs the index is rebuilt inside `update` (a few milliseconds).
  public static let synchronousLimit = 2_000

  /// An empty catalogue showing `height` rows.
  public init(height: Int) {
    self.height = height
    list = FuzzyListModel(items: [], height: height)
  }

  /// A search index to build off the update loop, and what it was built from.
  public struct IndexRequest: Sendable {
    let fields: [[String]]
    let open: [Bool]
    let showsAll: Bool
    let height: Int

    /// Builds the index (the slow part).
    public func build() -> BuiltIndex {
      let listed = open.indices.filter { showsAll || open[$0] }
      let model = FuzzyListModel(items: listed.map { (fields: fields[$0], value: $0) }, height: height)
      return BuiltIndex(list: model, count: fields.count, showsAll: showsAll)
    }
  }

  /// A built index, ready to install.
  public struct BuiltIndex: Sendable {
    let list: FuzzyListModel<Int>
    let count: Int
    let showsAll: Bool
  }

  /// The job under the cursor, if any job matches.
  public var currentJob: Job? {
    list.currentItem.map { jobs[list.values[$0]] }
  }

  /// How many jobs are listed (before searching).
  public var listedCount: Int { list.values.count }

  /// How many indexed jobs the open-only choice hides.
  public var hiddenCount: Int { indexedCount - list.values.count }

  /// Whether jobs have arrived that search does not cover yet.
  public var isIndexing: Bool { indexedCount < jobs.count }

  /// Adds a page of jobs; returns an index to build off the loop when one is due and too big to
  /// build here.
  public mutating func append(_ page: [Job], isLast: Bool) -> IndexRequest? {
    jobs += page
    for job in page {
      let facts = JobFacts(job)
      fields.append(facts.searchFields)
      open.append(facts.isOpen)
    }
    let due = indexedCount == 0 || jobs.count >= indexedCount * 2 || (isLast && indexedCount < jobs.count)
    return due ? reindex() : nil
  }

  /// Lists all jobs, or open ones only; returns an index to build off the loop when it is big.
  public mutating func setShowsAll(_ value: Bool) -> IndexRequest? {
    showsAll = value
    return reindex()
  }

  /// Installs an index built off the loop, unless the open/all choice changed meanwhile or a newer
  /// one is in place.
  public mutating func install(_ index: BuiltIndex) {
    guard index.showsAll == showsAll, index.count >= indexedCount || list.values.isEmpty else { return }
    let query = list.query
    let cursorJobID = currentJob?.id
    list = index.list
    indexedCount = index.count
    list.setQuery(query)
    guard let cursorJobID,
      let row = list.search.results.firstIndex(where: { jobs[list.values[Int($0)]].id == cursorJobID })
    else { return }
    for _ in 0..<(row / height) { list.move(.pageDown) }
    for _ in 0..<(row % height) { list.move(.down) }
  }

  /// Runs a search.
  public mutating func search(_ query: String) { list.setQuery(query) }

  /// Moves the cursor.
  public mutating func move(_ move: ListViewport.Move) { list.move(move) }

  /// Shows `rows` rows.
  public mutating func resize(height rows: Int) {
    height = max(1, rows)
    list.resize(height: height)
  }

  /// The index for the jobs as they are now: built here when small, else handed back to build.
  private mutating func reindex() -> IndexRequest? {
    let request = IndexRequest(fields: fields, open: open, showsAll: showsAll, height: height)
    guard jobs.count > Self.synchronousLimit else {
      install(request.build())
      return nil
    }
    return request
  }
}
