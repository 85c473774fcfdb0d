import TextSafety

/// One problem with a draft: where, how serious, and a message that says what is allowed.
public struct ValidationIssue: Hashable, Sendable, Codable, CustomStringConvertible {
  /// How serious a problem is.
  public enum Severity: String, Hashable, Sendable, Codable {
    /// The draft cannot be submitted until this is fixed.
    case error
    /// The draft can be submitted, but the user should know (e.g. the ATS may reject it).
    case warning
  }

  /// Where the problem is.
  public let path: FieldPath
  /// How serious it is.
  public let severity: Severity
  /// A sentence for the user naming the problem and what is allowed.
  public let message: String
  /// A corrected value the front end can offer to apply (e.g. `GB` for a country typed as `UK`).
  public let suggestion: String?

  /// An issue at `path`. The message (which may quote typed or remote text) goes through the one
  /// sanitiser: escape sequences, control and invisible characters are removed and line breaks become
  /// spaces, so it is safe to show in a terminal.
  public init(_ path: FieldPath, _ severity: Severity, _ message: String, suggestion: String? = nil) {
    self.path = path
    self.severity = severity
    self.message = Sanitizer.clean(message)
    self.suggestion = suggestion
  }

  /// `path: message`, with `(warning)` for warnings.
  public var description: String {
    "\(path): \(message)" + (severity == .warning ? " (warning)" : "")
  }
}

/// Every problem found in a draft at once, in form order, with lookups by field path.
public struct ValidationReport: Hashable, Sendable, Codable {
  /// All issues, in the order the form shows the fields.
  public private(set) var issues: [ValidationIssue]

  /// A report with `issues`.
  public init(_ issues: [ValidationIssue] = []) {
    self.issues = issues
  }

  /// Whether the draft can be submitted: no errors (warnings allowed).
  public var isValid: Bool { !issues.contains { $0.severity == .error } }

  /// The blocking issues.
  public var errors: [ValidationIssue] { issues.filter { $0.severity == .error } }

  /// The non-blocking issues.
  public var warnings: [ValidationIssue] { issues.filter { $0.severity == .warning } }

  /// The issues at exactly `path`.
  public func issues(at path: FieldPath) -> [ValidationIssue] {
    issues.filter { $0.path == path }
  }

  /// The issues at `path` or inside it (e.g. every issue of `candidate.location`).
  public func issues(within path: FieldPath) -> [ValidationIssue] {
    issues.filter { $0.path.isWithin(path) }
  }

  /// The issues grouped by path.
  public var byPath: [FieldPath: [ValidationIssue]] {
    Dictionary(grouping: issues, by: \.path)
  }

  /// Adds an error at `path`.
  mutating func error(_ path: FieldPath, _ message: String, suggestion: String? = nil) {
    issues.append(ValidationIssue(path, .error, message, suggestion: suggestion))
  }

  /// Adds a warning at `path`.
  mutating func warning(_ path: FieldPath, _ message: String) {
    issues.append(ValidationIssue(path, .warning, message))
  }
}
