/// A location in a response: of a job, a candidate or an interview. Every key is always encoded.
public struct KomboLocation: Hashable, Sendable, Codable {
  /// The city.
  @ExplicitNull public var city: String?
  /// The ISO 3166-1 alpha-2 code where Kombo could map it, else the ATS's value.
  @ExplicitNull public var country: String?
  /// The whole address as one string, when the ATS has address data.
  @ExplicitNull public var raw: String?
  /// The state or region.
  @ExplicitNull public var state: String?
  /// The first street line, when Kombo could parse the address.
  @ExplicitNull public var street1: String?
  /// The second street line.
  @ExplicitNull public var street2: String?
  /// The postal code.
  @ExplicitNull public var zipCode: String?

  /// A location; every part defaults to `nil`.
  public init(
    city: String? = nil, country: String? = nil, raw: String? = nil, state: String? = nil,
    street1: String? = nil, street2: String? = nil, zipCode: String? = nil
  ) {
    self.city = city
    self.country = country
    self.raw = raw
    self.state = state
    self.street1 = street1
    self.street2 = street2
    self.zipCode = zipCode
  }

  private enum CodingKeys: String, CodingKey {
    case city, country, raw, state
    case street1 = "street_1"
    case street2 = "street_2"
    case zipCode = "zip_code"
  }
}
