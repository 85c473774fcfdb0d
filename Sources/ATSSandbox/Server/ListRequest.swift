import Hummingbird

/// What every list endpoint reads first: its query, the integration, the page size (1–250, default
/// 100) and where the cursor says to continue.
struct ListRequest {
  /// The decoded query.
  let query: QueryParameters
  /// The integration named by `X-Integration-Id`.
  let integration: SandboxIntegration
  /// Results per page.
  let pageSize: Int
  /// Where to continue: 0, or the position in the cursor.
  let position: Int64
  private let fingerprint: String

  /// Reads the shared parameters of list `name`; a cursor must come from the same list and filters.
  init(_ request: Request, _ context: SandboxRequestContext, list name: String) throws(SandboxError) {
    query = QueryParameters(request.uri.query)
    guard let integration = context.integration else { throw SandboxError.unknown("no integration") }
    self.integration = integration
    pageSize = try query.integer("page_size", in: 1...250, default: 100)
    fingerprint = "\(name)|" + query.canonical(excluding: ["cursor", "page_size"])
    if let token = query["cursor"] {
      position = try PageCursor.decode(token, filters: fingerprint).position
    } else {
      position = 0
    }
  }

  /// The cursor for the next page, when there is one.
  func cursor(continuingAt next: Int64?) -> String? {
    next.map { PageCursor(position: $0, filters: fingerprint).token }
  }
}
