/// A kind of document the core can send as an attachment or a FILE answer: its MIME type, the file
/// extensions that name it and a label for messages.
public struct ContentType: Hashable, Sendable, CustomStringConvertible {
  /// The MIME type sent as `content_type`, e.g. `application/pdf`.
  public let mimeType: String
  /// File extensions in lower case without the dot, the usual one first.
  public let extensions: [String]
  /// A short label for messages, e.g. `PDF document`.
  public let label: String
  /// The label with its indefinite article, e.g. `an RTF document`.
  public let labelWithArticle: String

  /// PDF (`%PDF-` header).
  public static let pdf = ContentType("application/pdf", ["pdf"], "PDF document")
  /// Word 97–2003 (an OLE2 compound file).
  public static let doc = ContentType("application/msword", ["doc"], "Word 97-2003 document")
  /// Word 2007+ (a ZIP container with `word/document.xml`).
  public static let docx = ContentType(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ["docx"], "Word document")
  /// OpenDocument text (a ZIP container whose `mimetype` entry says so).
  public static let odt = ContentType(
    "application/vnd.oasis.opendocument.text", ["odt"], "OpenDocument text", article: "an")
  /// Rich Text Format (`{\rtf`).
  public static let rtf = ContentType("application/rtf", ["rtf"], "RTF document", article: "an")
  /// Plain UTF-8 text.
  public static let plainText = ContentType("text/plain", ["txt", "text"], "plain text file")
  /// PNG image.
  public static let png = ContentType("image/png", ["png"], "PNG image")
  /// JPEG image.
  public static let jpeg = ContentType("image/jpeg", ["jpg", "jpeg"], "JPEG image")
  /// GIF image.
  public static let gif = ContentType("image/gif", ["gif"], "GIF image")

  /// Every type the core recognises, in the order messages list them.
  public static let all: [ContentType] = [.pdf, .doc, .docx, .odt, .rtf, .plainText, .png, .jpeg, .gif]

  private init(_ mimeType: String, _ extensions: [String], _ label: String, article: String = "a") {
    self.mimeType = mimeType
    self.extensions = extensions
    self.label = label
    self.labelWithArticle = "\(article) \(label)"
  }

  /// The type a file extension names (case-insensitive, with or without the dot), if recognised.
  public static func forExtension(_ ext: String) -> ContentType? {
    let key = (ext.hasPrefix(".") ? String(ext.dropFirst()) : ext).lowercased()
    return all.first { $0.extensions.contains(key) }
  }

  /// The type a file name's extension names, if it has a recognised one.
  public static func forFileName(_ name: String) -> ContentType? {
    fileExtension(of: name).flatMap(forExtension)
  }

  /// The recognised type with this MIME type (case-insensitive).
  public static func forMIMEType(_ mime: String) -> ContentType? {
    let key = mime.lowercased()
    return all.first { $0.mimeType == key }
  }

  /// The extension of the last path component of `name`, without the dot; nil when there is none.
  ///
  /// Looks at Unicode scalars, not characters: a mark that joins the dot into one grapheme cluster
  /// (U+0890 and other prepended marks before `.pdf`) must not hide the extension.
  public static func fileExtension(of name: String) -> String? {
    let scalars = name.unicodeScalars
    let base =
      scalars.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring.UnicodeScalarView()
    guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return nil }
    let ext = base[base.index(after: dot)...]
    return ext.isEmpty ? nil : String(String.UnicodeScalarView(ext))
  }

  /// The extensions people can use, for messages: "PDF, DOC, DOCX, ODT, RTF, TXT, PNG, JPEG, GIF".
  public static var allowedList: String {
    all.map { ($0 == .jpeg ? "jpeg" : $0.extensions[0]).uppercased() }.joined(separator: ", ")
  }

  /// The MIME type.
  public var description: String { mimeType }
}
