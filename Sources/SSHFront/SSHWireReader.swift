/// Reads the SSH wire types (RFC 4251 §5) that OpenSSH key files are made of.
struct SSHWireReader {
  private var bytes: ArraySlice<UInt8>

  /// A reader over `bytes`.
  init(_ bytes: [UInt8]) {
    self.bytes = bytes[...]
  }

  /// A big-endian `uint32`.
  mutating func uint32() throws(HostKeyError) -> UInt32 {
    guard bytes.count >= 4 else { throw .malformed("truncated") }
    let value = bytes.prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    bytes = bytes.dropFirst(4)
    return value
  }

  /// A length-prefixed `string`.
  mutating func string() throws(HostKeyError) -> [UInt8] {
    let length = Int(try uint32())
    guard bytes.count >= length else { throw .malformed("truncated") }
    let value = Array(bytes.prefix(length))
    bytes = bytes.dropFirst(length)
    return value
  }

  /// `count` raw bytes.
  mutating func raw(_ count: Int) throws(HostKeyError) -> [UInt8] {
    guard bytes.count >= count else { throw .malformed("truncated") }
    let value = Array(bytes.prefix(count))
    bytes = bytes.dropFirst(count)
    return value
  }
}
