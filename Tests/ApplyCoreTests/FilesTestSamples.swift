import Foundation

/// Small real files of every type content detection knows, built byte by byte.
enum FilesTestSamples {
  /// A minimal one-page PDF.
  static let pdf = Array(
    """
    %PDF-1.4
    1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
    2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
    trailer << /Root 1 0 R >>
    %%EOF

    """.utf8)

  /// A 1×1 PNG: signature, IHDR, IDAT, IEND.
  static let png: [UInt8] = [
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
  ]

  /// The start of a JFIF JPEG (SOI, APP0) and its end marker.
  static let jpeg: [UInt8] =
    [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8)
    + [0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9]

  /// A GIF89a header.
  static let gif: [UInt8] = Array("GIF89a".utf8) + [0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x3B]

  /// The OLE2 compound-file header of a Word 97–2003 document, padded to one sector.
  static let doc: [UInt8] =
    [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)

  /// A small RTF document.
  static let rtf = Array(#"{\rtf1\ansi\deff0 {\fonttbl {\f0 Times;}} Hello, world.\par}"#.utf8)

  /// UTF-8 text with non-ASCII letters.
  static let text = Array("Ada Lovelace — Curriculum vitae\nZürich, 1843\n".utf8)

  /// A DOCX: a ZIP with `[Content_Types].xml` and `word/document.xml`.
  static let docx = zip([
    ("[Content_Types].xml", Array("<Types/>".utf8)),
    ("_rels/.rels", Array("<Relationships/>".utf8)),
    ("word/document.xml", Array("<w:document/>".utf8)),
  ])

  /// An ODT: a ZIP whose first, stored entry `mimetype` names OpenDocument text.
  static let odt = zip([
    ("mimetype", Array("application/vnd.oasis.opendocument.text".utf8)),
    ("content.xml", Array("<office:document-content/>".utf8)),
    ("META-INF/manifest.xml", Array("<manifest:manifest/>".utf8)),
  ])

  /// An XLSX-like ZIP (not a supported attachment type).
  static let xlsx = zip([
    ("[Content_Types].xml", Array("<Types/>".utf8)), ("xl/workbook.xml", Array("<workbook/>".utf8)),
  ])

  /// A plain ZIP archive.
  static let plainZip = zip([("notes/readme.txt", Array("hello".utf8))])

  /// A ZIP archive of stored (uncompressed) entries, with a central directory and end record.
  static func zip(_ entries: [(name: String, data: [UInt8])]) -> [UInt8] {
    var output: [UInt8] = []
    var directory: [UInt8] = []
    for (name, data) in entries {
      let offset = output.count
      let nameBytes = Array(name.utf8)
      let crc = crc32(data)
      output += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0)
      output += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count))
      output += le16(UInt16(nameBytes.count)) + le16(0) + nameBytes + data
      directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0)
      directory += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count))
      directory += le16(UInt16(nameBytes.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
      directory += le32(UInt32(offset)) + nameBytes
    }
    let directoryOffset = output.count
    output += directory
    output +=
      le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
    output += le32(UInt32(directory.count)) + le32(UInt32(directoryOffset)) + le16(0)
    return output
  }

  private static func le16(_ value: UInt16) -> [UInt8] {
    [UInt8(value & 0xFF), UInt8(value >> 8)]
  }

  private static func le32(_ value: UInt32) -> [UInt8] {
    le16(UInt16(value & 0xFFFF)) + le16(UInt16(value >> 16))
  }

  private static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }
}
