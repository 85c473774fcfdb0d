/// A success envelope without warnings: `{"status":"success","data":…}`.
///
/// Used for `GET /check-api-key` (`KomboResponse<APIKeyCheck>`) and
/// `GET /integrations/{integration_id}` (`KomboResponse<IntegrationDetails>`).
public struct KomboResponse<Payload> {
  /// The payload.
  public var data: Payload

  /// An envelope around `data`.
  public init(data: Payload) {
    self.data = data
  }
}

extension KomboResponse: Sendable where Payload: Sendable {}
extension KomboResponse: Equatable where Payload: Equatable {}
extension KomboResponse: Hashable where Payload: Hashable {}

extension KomboResponse: Codable where Payload: Codable {
  private enum CodingKeys: String, CodingKey {
    case status, data
  }

  /// Decodes `data`; `status` is not checked (error bodies have no `data` and fail).
  public init(from decoder: any Decoder) throws {
    data = try decoder.container(keyedBy: CodingKeys.self).decode(Payload.self, forKey: .data)
  }

  /// Encodes `status: "success"` and `data`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode("success", forKey: .status)
    try container.encode(data, forKey: .data)
  }
}

/// The success envelope of an action such as creating an application:
/// `{"status":"success","data":…,"warnings":[{"message":…}]}`.
///
/// `warnings` is always encoded (the SDK requires it); a body without it decodes with none. Show
/// or log the warnings: they report what Kombo could not write to the ATS.
public struct KomboActionResponse<Payload> {
  /// The payload, e.g. the created ``Application``.
  public var data: Payload
  /// Things Kombo wants the caller to know, such as skipped fields.
  public var warnings: [KomboWarning]

  /// An envelope around `data`.
  public init(data: Payload, warnings: [KomboWarning] = []) {
    self.data = data
    self.warnings = warnings
  }
}

extension KomboActionResponse: Sendable where Payload: Sendable {}
extension KomboActionResponse: Equatable where Payload: Equatable {}
extension KomboActionResponse: Hashable where Payload: Hashable {}

extension KomboActionResponse: Codable where Payload: Codable {
  private enum CodingKeys: String, CodingKey {
    case status, data, warnings
  }

  /// Decodes `data` and `warnings` (missing warnings decode as none).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    data = try container.decode(Payload.self, forKey: .data)
    warnings = try container.decodeList(forKey: .warnings)
  }

  /// Encodes `status: "success"`, `data` and `warnings` (also when empty).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode("success", forKey: .status)
    try container.encode(data, forKey: .data)
    try container.encode(warnings, forKey: .warnings)
  }
}

/// A warning in an action response.
public struct KomboWarning: Hashable, Sendable, Codable {
  /// The warning text (from Kombo; sanitise before display).
  public var message: String

  /// A warning saying `message`.
  public init(message: String) {
    self.message = message
  }
}

/// The response of `POST /ats/jobs/{job_id}/applications`.
public typealias CreateApplicationResponse = KomboActionResponse<Application>
