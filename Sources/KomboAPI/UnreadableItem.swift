/// An item of a list page that could not be read, kept so the caller can say which one it skipped.
public struct UnreadableItem: Hashable, Sendable {
  /// The item's `id`, when it has a string one.
  public var id: String?
  /// What was wrong, as a field path and a plain reason (see `DecodingError.summary`).
  public var problem: String

  /// An unreadable item.
  public init(id: String?, problem: String) {
    self.id = id
    self.problem = problem
  }

  /// `job JobA… could not be read (hiring_team[0].id: is missing (it is required))`; the id is as
  /// received: sanitise before display.
  public func describe(_ noun: String) -> String {
    "\(noun) \(id ?? "without an id") could not be read (\(problem))"
  }
}

/// One entry of `results`: the item, or why it could not be read. Decoding never throws.
enum PageEntry<Item: Decodable>: Decodable {
  case item(Item)
  case unreadable(UnreadableItem)

  private enum IDKey: String, CodingKey { case id }

  init(from decoder: any Decoder) throws {
    do {
      self = .item(try Item(from: decoder))
    } catch {
      let id = (try? decoder.container(keyedBy: IDKey.self))?.tolerant(String.self, forKey: .id)
      let problem =
        (error as? DecodingError)?.summary(droppingPrefix: decoder.codingPath.count) ?? "it could not be read"
      self = .unreadable(UnreadableItem(id: id, problem: problem))
    }
  }
}
