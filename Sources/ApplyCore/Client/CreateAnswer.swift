public import Foundation
public import KomboAPI
import TextSafety

/// Kombo's 2xx answer to `POST /ats/jobs/{job_id}/applications`.
///
/// A 2xx means the application was created, so an answer that does not decode as Kombo documents it
/// (an undocumented `outcome` such as `ON_HOLD`, a missing `changed_at`) still counts as created: the
/// ids are taken from the raw JSON where they can be found, and the raw body is kept.
public struct CreateAnswer: Sendable, Equatable {
  /// `data.id`, when the answer has one.
  public var applicationID: String?
  /// `data.candidate_id` (or `data.candidate.id`), when the answer has one.
  public var candidateID: String?
  /// The messages of `warnings`.
  public var warnings: [String]
  /// Why the body did not decode as documented; `nil` when it did.
  public var unreadable: String?
  /// The body as received, kept only when it did not decode.
  public var rawBody: Data?
  /// The integration's limit of creates in flight (`Concurrency-Limit`), when the answer says it.
  public var concurrencyLimit: Int?

  /// An answer with these parts.
  public init(
    applicationID: String?, candidateID: String?, warnings: [String] = [], unreadable: String? = nil,
    rawBody: Data? = nil
  ) {
    self.applicationID = applicationID
    self.candidateID = candidateID
    self.warnings = warnings
    self.unreadable = unreadable
    self.rawBody = rawBody
  }

  /// The answer of a body that decoded as documented.
  public init(_ response: CreateApplicationResponse) {
    self.init(
      applicationID: response.data.id, candidateID: response.data.candidateID ?? response.data.candidate?.id,
      warnings: response.warnings.map(\.message))
  }

  /// Reads `body` as a create answer: documented, or salvaged from whatever JSON it is.
  public init(body: Data) {
    do {
      self.init(try KomboJSON.decoder().decode(CreateApplicationResponse.self, from: body))
    } catch {
      let detail = (error as? DecodingError)?.summary ?? String(describing: type(of: error))
      self.init(salvaging: body, detail: Sanitizer.line(detail, limit: 300))
    }
  }

  /// The ids and warnings found in an undocumented body, which is kept.
  private init(salvaging body: Data, detail: String) {
    let object =
      (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) as? [String: Any]
    let data = object?["data"] as? [String: Any]
    let candidate = data?["candidate"] as? [String: Any]
    let warnings = (object?["warnings"] as? [Any])?.compactMap {
      ($0 as? [String: Any])?["message"] as? String
    }
    self.init(
      applicationID: Self.identifier(data?["id"]),
      candidateID: Self.identifier(data?["candidate_id"]) ?? Self.identifier(candidate?["id"]),
      warnings: warnings ?? [], unreadable: detail, rawBody: body)
  }

  /// A non-empty id string of a sane length.
  private static func identifier(_ value: Any?) -> String? {
    guard let text = value as? String, !text.isEmpty, text.count <= 200 else { return nil }
    return text
  }
}
