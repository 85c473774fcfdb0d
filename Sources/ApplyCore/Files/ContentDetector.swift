/// What a file is, judged from its bytes (magic numbers, ZIP entries, UTF-8 validity) and from its
/// name's extension, and whether the two agree.
public struct ContentDetection: Equatable, Sendable {
  /// The file's size in bytes.
  public let size: Int
  /// The type the bytes show, when recognised.
  public let content: ContentType?
  /// What the bytes are, for messages: "a PNG image", "a ZIP archive", "binary data of an unknown type".
  public let contentDescription: String
  /// The extension of the file name (without the dot), if any.
  public let fileExtension: String?

  /// The type the extension names, if recognised.
  public var extensionType: ContentType? { fileExtension.flatMap(ContentType.forExtension) }

  /// The type to send, or why the file cannot be sent.
  public var verdict: Result<ContentType, ContentProblem> {
    if size == 0 { return .failure(.empty) }
    switch (content, extensionType) {
    case (let content?, let named?) where content != named:
      return .failure(.mismatch(named: named, actual: contentDescription, actualType: content))
    case (let content?, _):
      return .success(content)
    case (nil, let named?):
      return .failure(.notWhatItsNameSays(named: named, actual: contentDescription))
    case (nil, nil):
      return .failure(.unsupported(actual: contentDescription))
    }
  }
}

/// Why a file's content cannot be sent.
public enum ContentProblem: Error, Equatable, Sendable {
  /// The file has no bytes.
  case empty
  /// The name says one supported type, the bytes another.
  case mismatch(named: ContentType, actual: String, actualType: ContentType)
  /// The name says a supported type but the bytes are not that (nor any other supported type).
  case notWhatItsNameSays(named: ContentType, actual: String)
  /// Neither name nor bytes are a supported type.
  case unsupported(actual: String)

  /// A sentence about the file called `name`, saying what is allowed or what to do.
  public func message(fileName name: String) -> String {
    switch self {
    case .empty:
      return "'\(name)' is empty (0 bytes); attach a file with content"
    case .mismatch(let named, let actual, let actualType):
      return "'\(name)' is named like \(named.labelWithArticle) but its content is \(actual); rename it to "
        + ".\(actualType.extensions[0]) or attach the right file"
    case .notWhatItsNameSays(let named, let actual):
      return "'\(name)' is named like \(named.labelWithArticle) but its content is \(actual); attach a "
        + "real \(named.label)"
    case .unsupported(let actual):
      return "'\(name)' is \(actual), which cannot be sent; allowed types: \(ContentType.allowedList)"
    }
  }
}

/// Detects what a file really is. Reads at most the first 64 KiB, plus the ZIP directory for ZIP files.
public enum ContentDetector {
  /// How much of the head is read (also how much of a text file is checked for valid UTF-8).
  static let headSize = 64 << 10

  /// Detects the file at `path` (its extension taken from `name`, or from the path when nil).
  public static func detect(
    path: String, name: String? = nil, fileSystem: any FileSystem
  ) throws(FileSystemError) -> ContentDetection {
    let size = try fileSystem.fileSize(atPath: path)
    let head = try fileSystem.read(atPath: path, offset: 0, count: min(size, headSize))
    let (type, description) = try sniff(head: head, size: size, path: path, fileSystem: fileSystem)
    return ContentDetection(
      size: size, content: type, contentDescription: description,
      fileExtension: ContentType.fileExtension(of: name ?? path))
  }

  private static func sniff(
    head: [UInt8], size: Int, path: String, fileSystem: any FileSystem
  ) throws(FileSystemError) -> (ContentType?, String) {
    if head.isEmpty { return (nil, "empty") }
    if containsPDFHeader(head) { return (.pdf, "a PDF document") }
    if starts(head, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return (.png, "a PNG image") }
    if starts(head, [0xFF, 0xD8, 0xFF]) { return (.jpeg, "a JPEG image") }
    if starts(head, Array("GIF87a".utf8)) || starts(head, Array("GIF89a".utf8)) {
      return (.gif, "a GIF image")
    }
    if starts(head, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      return (.doc, "a Word 97-2003 (OLE2) file")
    }
    if starts(head, Array("{\\rtf".utf8)) { return (.rtf, "an RTF document") }
    if starts(head, [0x50, 0x4B, 0x03, 0x04]) || starts(head, [0x50, 0x4B, 0x05, 0x06]) {
      return try sniffZip(size: size, path: path, fileSystem: fileSystem)
    }
    if isText(head, complete: head.count == size) { return (.plainText, "plain text") }
    return (nil, "binary data of an unknown type")
  }

  /// Word and ODF documents by their ZIP entries; anything else is "a ZIP archive".
  private static func sniffZip(
    size: Int, path: String, fileSystem: any FileSystem
  ) throws(FileSystemError) -> (ContentType?, String) {
    guard let zip = try ZipDirectory(path: path, size: size, fileSystem: fileSystem) else {
      return (nil, "a damaged ZIP archive")
    }
    if zip.contains("mimetype") {
      let stored = try zip.storedContents(of: "mimetype", limit: 200, path: path, fileSystem: fileSystem)
      let mime = stored.map { String(decoding: $0, as: UTF8.self) } ?? ""
      if mime == ContentType.odt.mimeType { return (.odt, "an OpenDocument text") }
      if !mime.isEmpty { return (nil, "an OpenDocument file of type \(mime)") }
    }
    if zip.contains("word/document.xml") { return (.docx, "a Word document") }
    if zip.containsEntry(withPrefix: "xl/") { return (nil, "an Excel workbook") }
    if zip.containsEntry(withPrefix: "ppt/") { return (nil, "a PowerPoint presentation") }
    return (nil, "a ZIP archive")
  }

  private static func starts(_ bytes: [UInt8], _ prefix: [UInt8]) -> Bool {
    bytes.count >= prefix.count && bytes.prefix(prefix.count).elementsEqual(prefix)
  }

  /// PDF readers accept the `%PDF-` header anywhere in the first 1024 bytes.
  private static func containsPDFHeader(_ head: [UInt8]) -> Bool {
    let window = head.prefix(1024)
    let marker: [UInt8] = [0x25, 0x50, 0x44, 0x46, 0x2D]
    guard window.count >= marker.count else { return false }
    return (0...(window.count - marker.count)).contains { offset in
      window[offset..<(offset + marker.count)].elementsEqual(marker)
    }
  }

  /// Valid UTF-8 without NUL or control characters other than tab, line and page breaks and escape.
  /// When `complete` is false the sample may end inside a multi-byte character.
  static func isText(_ bytes: [UInt8], complete: Bool) -> Bool {
    var sample = bytes[...]
    if !complete {
      var cut = 0
      while cut < 3, let last = sample.last, last & 0xC0 == 0x80 {
        sample = sample.dropLast()
        cut += 1
      }
      if let last = sample.last, last >= 0xC0 { sample = sample.dropLast() }
    }
    let allowedControls: Set<UInt8> = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B]
    if sample.contains(where: { ($0 < 0x20 && !allowedControls.contains($0)) || $0 == 0x7F }) {
      return false
    }
    var iterator = sample.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: continue
      case .emptyInput: return true
      case .error: return false
      }
    }
  }
}
