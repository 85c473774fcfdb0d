/// Writes the SSH wire types (RFC 4251 §5).
struct SSHWireWriter {
  /// What has been written.
  private(set) var bytes: [UInt8] = []

  /// Appends a big-endian `uint32`.
  mutating func uint32(_ value: UInt32) {
    bytes += [
      UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF),
    ]
  }

  /// Appends a length-prefixed `string`.
  mutating func string(_ value: [UInt8]) {
    uint32(UInt32(value.count))
    bytes += value
  }

  /// Appends raw bytes.
  mutating func raw(_ value: [UInt8]) {
    bytes += value
  }
}
