/// One page of a list endpoint: `{"status":"success","data":{"next":…,"results":[…]}}`.
///
/// Used for `GET /ats/jobs` (`KomboPage<Job>`), `GET /ats/candidates` (`KomboPage<Candidate>`)
/// and `GET /ats/applications` (`KomboPage<ListedApplication>`). Follow ``next`` as the `cursor`
/// query parameter, with the same filters, until it is `nil`.
public struct KomboPage<Item> {
  /// The cursor of the next page; `nil` (or empty) on the last page.
  public var next: String?
  /// The items of this page.
  public var results: [Item]

  /// A page of `results`.
  public init(next: String? = nil, results: [Item]) {
    self.next = next
    self.results = results
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

  /// Decodes the envelope; `status` is not checked (error bodies have no `data` and fail).
  public init(from decoder: any Decoder) throws {
    let data = try decoder.container(keyedBy: CodingKeys.self).nestedContainer(
      keyedBy: DataKeys.self, forKey: .data)
    next = try data.decodeIfPresent(String.self, forKey: .next)
    results = try data.decode([Item].self, forKey: .results)
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
