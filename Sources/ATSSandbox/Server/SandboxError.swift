import Foundation
import Hummingbird
import KomboAPI

/// An error the sandbox answers with: HTTP status, Kombo error code and a message naming the field.
///
/// Rendered as Kombo's error envelope with all four keys (`code`, `title`, `message`, `log_url`).
struct SandboxError: Error, Equatable {
  /// The HTTP status.
  var status: HTTPResponse.Status
  /// Kombo's machine-readable code; `nil` where Kombo sends none (unknown routes).
  var code: KomboErrorCode?
  /// A short title.
  var title: String
  /// What went wrong; for validation failures it starts with the field path.
  var message: String
  /// Extra response headers (`Retry-After`, concurrency headers).
  var headers: HTTPFields = [:]

  /// 400 `PLATFORM.INPUT_INVALID`; `message` starts with the field path.
  static func invalidInput(_ message: String) -> SandboxError {
    SandboxError(status: .badRequest, code: .platformInputInvalid, title: "Invalid input", message: message)
  }

  /// 401 `PLATFORM.AUTHENTICATION_INVALID`.
  static func authenticationInvalid(_ message: String) -> SandboxError {
    SandboxError(
      status: .unauthorized, code: .platformAuthenticationInvalid, title: "Authentication invalid",
      message: message)
  }

  /// 404 `PLATFORM.INTEGRATION_NOT_FOUND`.
  static func integrationNotFound(_ message: String) -> SandboxError {
    SandboxError(
      status: .notFound, code: .platformIntegrationNotFound, title: "Integration not found", message: message)
  }

  /// 500 `PLATFORM.UNKNOWN_ERROR`.
  static func unknown(_ message: String) -> SandboxError {
    SandboxError(
      status: .internalServerError, code: .platformUnknownError, title: "Unknown error", message: message)
  }

  /// The JSON envelope response.
  func response() -> Response {
    let envelope = KomboErrorResponse(
      error: KomboError(code: code, title: title, message: message, logURL: nil))
    var response = JSONResponse.make(envelope, status: status)
    for field in headers { response.headers.append(field) }
    return response
  }
}
