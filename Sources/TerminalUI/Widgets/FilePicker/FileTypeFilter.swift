/// Which files a file picker offers, from a list of extensions (`.pdf`, `docx`) and/or MIME types
/// (`application/pdf`, `image/*`). Directories are always offered. An empty filter allows every file.
public struct FileTypeFilter: Equatable, Sendable {
  /// Allowed extensions, lower case, without the dot. Empty: every file.
  public let extensions: Set<String>

  /// A filter from extensions and MIME types; unknown MIME types are ignored.
  public init(extensions: [String] = [], mimeTypes: [String] = []) {
    var allowed = Set(extensions.map { $0.lowercased().drop { $0 == "." || $0 == "*" } }.map(String.init))
    for mime in mimeTypes.map({ $0.lowercased().trimmingSpaces }) {
      if mime.hasSuffix("/*") {
        let family = mime.dropLast(2)
        for (type, names) in Self.mimeExtensions where type.hasPrefix(family + "/") {
          allowed.formUnion(names)
        }
      } else {
        allowed.formUnion(Self.mimeExtensions[mime] ?? [])
      }
    }
    allowed.remove("")
    self.extensions = allowed
  }

  /// Whether a file called `name` is allowed.
  public func allows(_ name: String) -> Bool {
    guard !extensions.isEmpty else { return true }
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
    return extensions.contains(name[name.index(after: dot)...].lowercased())
  }

  /// The allowed types for messages, e.g. `DOCX, PDF`; nil when every file is allowed.
  public var summary: String? {
    extensions.isEmpty ? nil : extensions.sorted().map { $0.uppercased() }.joined(separator: ", ")
  }

  /// Extensions for the MIME types a recruiter's attachments come in.
  static let mimeExtensions: [String: Set<String>] = [
    "application/pdf": ["pdf"],
    "application/msword": ["doc"],
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
    "application/vnd.oasis.opendocument.text": ["odt"],
    "application/rtf": ["rtf"], "text/rtf": ["rtf"],
    "text/plain": ["txt"], "text/markdown": ["md", "markdown"], "text/html": ["html", "htm"],
    "text/csv": ["csv"],
    "application/vnd.ms-excel": ["xls"],
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
    "application/vnd.ms-powerpoint": ["ppt"],
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": ["pptx"],
    "application/zip": ["zip"], "application/json": ["json"],
    "image/png": ["png"], "image/jpeg": ["jpg", "jpeg"], "image/gif": ["gif"], "image/webp": ["webp"],
    "image/heic": ["heic"], "image/tiff": ["tif", "tiff"], "image/svg+xml": ["svg"],
  ]
}
