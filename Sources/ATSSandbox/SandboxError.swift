import Hummingbird

/// An error the sandbox answers with: HTTP status, Kombo error code and a message naming the field.
struct SandboxError: Error, Equatable {
  /// The HTTP status.
  var status: HTTPResponse.Status
  /// Kombo's machine-readable code (`PLATFORM.INPUT_INVALID`, …); `nil` where Kombo sends none.
  var code: String?
  /// A short title.
  var title: String
  /// What went wrong; for validation failures it starts with the field path.
  var message: String
  /// Extra response headers (`Retry-After`, concurrency headers).
  var headers: HTTPFields = [:]

  /// 400 `PLATFORM.INPUT_INVALID`; `message` starts with the field path.
  static func invalidInput(_ message: String) -> SandboxError {
    SandboxError(status: .badRequest, code: "PLATFORM.INPUT_INVALID", title: "Invalid input", message: message)
  }

  /// 401 `PLATFORM.AUTHENTICATION_INVALID`.
  static func authenticationInvalid(_ message: String) -> SandboxError {
    SandboxError(
      status: .unauthorized, code: "PLATFORM.AUTHENTICATION_INVALID", title: "Authentication invalid",
      message: message)
  }

  /// 404 `PLATFORM.INTEGRATION_NOT_FOUND`.
  static func integrationNotFound(_ message: String) -> SandboxError {
    SandboxError(
      status: .notFound, code: "PLATFORM.INTEGRATION_NOT_FOUND", title: "Integration not found", message: message)
  }
}
