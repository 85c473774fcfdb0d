/// One page of a list endpoint: `{"status":"success","data":{"next":…,"results":[…]}}`.
///
/// Used for `GET /ats/jobs` (`KomboPage<Job>`), `GET /ats/candidates` (`KomboPage<Candidate>`)
/// and `GET /ats/applications` (`KomboPage<ListedApplication>`). Follow ``next`` as the `cursor`
/// query parameter, with the same filters, until it is `nil`.
///
/// An item that cannot be read does not make the page unreadable: it is left out of ``results`` and
/// listed in ``unreadable`` with its id, for the caller to report (or to refuse the page where
/// missing an item would be unsafe).
public struct KomboPage<Item> {
  /// The cursor of the next page; `nil` (or empty) on the last page.
  public var next: String?
  /// The items of this page.
  public var results: [Item]
  /// The items of this page that could not be read; never encoded.
  public var unreadable: [UnreadableItem]

  /// A page of `results`.
  public init(next: String? = nil, results: [Item], unreadable: [UnreadableItem] = []) {
    self.next = next
    self.results = results
    self.unreadable = unreadable
  }

  /// Whether this is the last page (no cursor, or an empty one).
  public var isLastPage: Bool { next?.isEmpty ?? true }
}

extension KomboPage: Sendable where Item: Sendable {}
extension KomboPage: Equatable where Item: Equatable {}
extension KomboPage: Hashable where Item: Hashable {}

extension KomboPage: Codable where Item: Codable {
  private enum CodingKeys: String, CodingKey {
    case status, data
  }

  private enum DataKeys: String, CodingKey {
    case next, results
  }

  /// Decodes the envelope; `status` is not checked (error bodies have no `data` and fail). Items that
  /// cannot be read go to ``unreadable``.
  public init(from decoder: any Decoder) throws {
    let data = try decoder.container(keyedBy: CodingKeys.self).nestedContainer(
      keyedBy: DataKeys.self, forKey: .data)
    next = try data.decodeIfPresent(String.self, forKey: .next)
    let entries = try data.decode([PageEntry<Item>].self, forKey: .results)
    results = []
    unreadable = []
    for entry in entries {
      switch entry {
      case .item(let item): results.append(item)
      case .unreadable(let problem): unreadable.append(problem)
      }
    }
  }

  /// Encodes `status: "success"` and `data` with `next` (`null` on the last page) and `results`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode("success", forKey: .status)
    var data = container.nestedContainer(keyedBy: DataKeys.self, forKey: .data)
    try data.encode(next, forKey: .next)
    try data.encode(results, forKey: .results)
  }
}
