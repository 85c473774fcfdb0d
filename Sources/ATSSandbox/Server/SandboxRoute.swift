import Hummingbird

/// The endpoints the sandbox serves, for fault matching and for telling 404 from 405.
enum SandboxRoute {
  /// The fault operation a request belongs to (`.any` for endpoints with no operation of their own).
  static func operation(method: HTTPRequest.Method, path: String) -> FaultSpec.Operation {
    switch (method, path) {
    case (.get, "/v1/ats/jobs"): .jobs
    case (.get, "/v1/ats/candidates"): .candidates
    case (.get, "/v1/ats/applications"): .applications
    case (.post, _) where path.hasPrefix("/v1/ats/jobs/") && path.hasSuffix("/applications"): .create
    default: .any
    }
  }

  /// The methods a path is served with; empty when no route has this path.
  static func methods(for path: String) -> [HTTPRequest.Method] {
    switch path {
    case "/v1/check-api-key", "/v1/ats/jobs", "/v1/ats/candidates", "/v1/ats/applications",
      "/v1/ats/actions/ats_create_application":
      [.get]
    case "/_sandbox/faults": [.get, .put]
    case _ where path.hasPrefix("/v1/integrations/") && path.count > "/v1/integrations/".count: [.get]
    case _ where path.hasPrefix("/v1/ats/jobs/") && path.hasSuffix("/applications"): [.post]
    default: []
    }
  }
}
