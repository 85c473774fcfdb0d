/// `data` of `GET /check-api-key` (decode the body as `KomboResponse<APIKeyCheck>`): which Kombo
/// environment the key belongs to.
public struct APIKeyCheck: Hashable, Sendable, Codable {
  /// The environment's id.
  public var environmentID: String
  /// A deprecated alias of ``environmentID`` that Kombo's OpenAPI description still lists; the key
  /// is left out when `nil`.
  public var customerID: String?

  /// A key check result.
  public init(environmentID: String, customerID: String? = nil) {
    self.environmentID = environmentID
    self.customerID = customerID
  }

  private enum CodingKeys: String, CodingKey {
    case environmentID = "environment_id"
    case customerID = "customer_id"
  }
}
