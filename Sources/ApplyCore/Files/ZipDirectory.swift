/// The entry list of a ZIP container (DOCX and ODT files are ZIP containers), read from its central
/// directory. Only what content detection needs: names, and the bytes of small stored entries.
struct ZipDirectory {
  /// One file in the archive.
  struct Entry {
    /// The entry's path inside the archive, e.g. `word/document.xml`.
    let name: String
    /// 0 = stored (uncompressed), 8 = deflated.
    let method: UInt16
    /// Size of the entry's data as stored.
    let compressedSize: Int
    /// Offset of the entry's local header in the file.
    let localHeaderOffset: Int
  }

  /// The entries in directory order.
  let entries: [Entry]

  /// The largest central directory read (a CV with thousands of entries is not a CV).
  private static let maxDirectorySize = 4 << 20
  /// End-of-central-directory record: 22 bytes plus a comment of up to 65535 bytes.
  private static let maxTrailerSize = 22 + 0xFFFF

  /// Reads the directory of the ZIP file at `path` of `size` bytes; nil when it is not a readable ZIP.
  init?(path: String, size: Int, fileSystem: any FileSystem) throws(FileSystemError) {
    let tailLength = min(size, Self.maxTrailerSize)
    let tail = try fileSystem.read(atPath: path, offset: size - tailLength, count: tailLength)
    guard let end = Self.endRecordOffset(in: tail) else { return nil }
    let count = Int(Self.uint16(tail, end + 10))
    let directorySize = Int(Self.uint32(tail, end + 12))
    let directoryOffset = Int(Self.uint32(tail, end + 16))
    guard directorySize <= Self.maxDirectorySize, directoryOffset + directorySize <= size else { return nil }
    let directory = try fileSystem.read(atPath: path, offset: directoryOffset, count: directorySize)
    var entries: [Entry] = []
    var cursor = 0
    for _ in 0..<count {
      guard cursor + 46 <= directory.count, Self.uint32(directory, cursor) == 0x0201_4B50 else { break }
      let nameLength = Int(Self.uint16(directory, cursor + 28))
      let extraLength = Int(Self.uint16(directory, cursor + 30))
      let commentLength = Int(Self.uint16(directory, cursor + 32))
      guard cursor + 46 + nameLength <= directory.count else { break }
      entries.append(
        Entry(
          name: String(decoding: directory[(cursor + 46)..<(cursor + 46 + nameLength)], as: UTF8.self),
          method: Self.uint16(directory, cursor + 10),
          compressedSize: Int(Self.uint32(directory, cursor + 20)),
          localHeaderOffset: Int(Self.uint32(directory, cursor + 42))))
      cursor += 46 + nameLength + extraLength + commentLength
    }
    self.entries = entries
  }

  /// Whether an entry with exactly this name exists.
  func contains(_ name: String) -> Bool {
    entries.contains { $0.name == name }
  }

  /// Whether any entry's name starts with `prefix`.
  func containsEntry(withPrefix prefix: String) -> Bool {
    entries.contains { $0.name.hasPrefix(prefix) }
  }

  /// The bytes of the stored (uncompressed) entry `name` if it is at most `limit` bytes; nil for a
  /// compressed, larger or missing entry.
  func storedContents(
    of name: String, limit: Int, path: String, fileSystem: any FileSystem
  ) throws(FileSystemError) -> [UInt8]? {
    guard let entry = entries.first(where: { $0.name == name }), entry.method == 0,
      entry.compressedSize <= limit
    else { return nil }
    let header = try fileSystem.read(atPath: path, offset: entry.localHeaderOffset, count: 30)
    guard header.count == 30, Self.uint32(header, 0) == 0x0403_4B50 else { return nil }
    let dataOffset =
      entry.localHeaderOffset + 30 + Int(Self.uint16(header, 26)) + Int(Self.uint16(header, 28))
    return try fileSystem.read(atPath: path, offset: dataOffset, count: entry.compressedSize)
  }

  /// The offset of the last end-of-central-directory signature in `tail`.
  private static func endRecordOffset(in tail: [UInt8]) -> Int? {
    guard tail.count >= 22 else { return nil }
    var offset = tail.count - 22
    while offset >= 0 {
      if uint32(tail, offset) == 0x0605_4B50 { return offset }
      offset -= 1
    }
    return nil
  }

  private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
    UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
  }

  private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
    UInt32(uint16(bytes, at)) | UInt32(uint16(bytes, at + 2)) << 16
  }
}
