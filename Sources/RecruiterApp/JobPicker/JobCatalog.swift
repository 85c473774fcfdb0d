import KomboAPI
import TerminalUI

/// The jobs loaded so far and the searchable list over the ones shown (open jobs, or all).
///
/// Pages are appended as they arrive; the search, the cursor's job and the open/all choice survive.
public struct JobCatalog: Sendable {
  /// Every job loaded, in the API's order.
  public private(set) var jobs: [Job] = []
  /// Whether closed, draft and archived jobs are listed too.
  public private(set) var showsAll = false
  /// The fuzzy list over the listed jobs; values index `jobs`.
  public private(set) var list: FuzzyListModel<Int>
  /// How many rows the list shows.
  public private(set) var height: Int

  /// An empty catalogue showing `height` rows.
  public init(height: Int) {
    self.height = height
    list = FuzzyListModel(items: [], height: height)
  }

  /// The job under the cursor, if any job matches.
  public var currentJob: Job? {
    list.currentItem.map { jobs[list.values[$0]] }
  }

  /// How many jobs are listed (before searching).
  public var listedCount: Int { list.values.count }

  /// How many jobs are hidden by the open-only choice.
  public var hiddenCount: Int { jobs.count - list.values.count }

  /// Adds a page of jobs.
  public mutating func append(_ page: [Job]) {
    jobs += page
    rebuild()
  }

  /// Lists all jobs, or open ones only.
  public mutating func setShowsAll(_ value: Bool) {
    showsAll = value
    rebuild()
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

  /// Rebuilds the list over the listed jobs, keeping the query and the cursor's job.
  private mutating func rebuild() {
    let query = list.query
    let cursorJobID = currentJob?.id
    let listed = jobs.indices.filter { showsAll || JobFacts(jobs[$0]).isOpen }
    list = FuzzyListModel(items: listed.map { (fields: JobFacts(jobs[$0]).searchFields, value: $0) }, height: height)
    list.setQuery(query)
    guard let cursorJobID, let row = list.search.results.firstIndex(where: { jobs[list.values[Int($0)]].id == cursorJobID })
    else { return }
    for _ in 0..<(row / height) { list.move(.pageDown) }
    for _ in 0..<(row % height) { list.move(.down) }
  }
}
