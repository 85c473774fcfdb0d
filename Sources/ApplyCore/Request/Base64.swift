/// Standard base64 (RFC 4648, `+/`, `=` padding) written straight into a caller's buffer, so a large
/// file can be encoded into its place in the request body without intermediate copies.
enum Base64 {
  /// The number of characters `byteCount` bytes encode to, padding included.
  static func encodedLength(of byteCount: Int) -> Int {
    (byteCount + 2) / 3 * 4
  }

  /// Encodes `input` into the start of `output`, which must hold `encodedLength(of: input.count)`
  /// bytes, and returns the number of bytes written. When encoding a stream in pieces, every piece but
  /// the last must be a multiple of 3 bytes long (padding is only written for a final partial group).
  @discardableResult
  static func encode(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) -> Int {
    let length = encodedLength(of: input.count)
    precondition(output.count >= length, "base64 output buffer too small")
    guard let source = input.baseAddress, let target = output.baseAddress else { return 0 }
    let wholeGroups = input.count / 3
    pairs.withUnsafeBufferPointer { table in
      var from = source
      var to = target
      for _ in 0..<wholeGroups {
        let bits =
          UInt32(from.load(as: UInt8.self)) << 16
          | UInt32(from.load(fromByteOffset: 1, as: UInt8.self)) << 8
          | UInt32(from.load(fromByteOffset: 2, as: UInt8.self))
        to.storeBytes(of: table[Int(bits >> 12)], as: UInt16.self)
        to.storeBytes(of: table[Int(bits & 0xFFF)], toByteOffset: 2, as: UInt16.self)
        from += 3
        to += 4
      }
    }
    let rest = input.count - wholeGroups * 3
    if rest > 0 {
      let from = source + wholeGroups * 3
      let to = target + wholeGroups * 4
      let first = from.load(as: UInt8.self)
      let second: UInt8 = rest == 2 ? from.load(fromByteOffset: 1, as: UInt8.self) : 0
      to.storeBytes(of: alphabet[Int(first >> 2)], as: UInt8.self)
      to.storeBytes(of: alphabet[Int((first & 0x03) << 4 | second >> 4)], toByteOffset: 1, as: UInt8.self)
      to.storeBytes(
        of: rest == 2 ? alphabet[Int((second & 0x0F) << 2)] : padding, toByteOffset: 2, as: UInt8.self)
      to.storeBytes(of: padding, toByteOffset: 3, as: UInt8.self)
    }
    return length
  }

  /// Encodes `bytes` to a string (for small payloads and tests).
  static func encode(_ bytes: [UInt8]) -> String {
    let length = encodedLength(of: bytes.count)
    return String(unsafeUninitializedCapacity: length) { output in
      bytes.withUnsafeBytes { encode($0, into: UnsafeMutableRawBufferPointer(output)) }
    }
  }

  private static let padding = UInt8(ascii: "=")
  private static let alphabet: [UInt8] = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  /// For every 12-bit value, its two base64 characters as they lie in memory (first character first).
  private static let pairs: [UInt16] = (0..<4096).map { value in
    let first = UInt16(alphabet[value >> 6])
    let second = UInt16(alphabet[value & 0x3F])
    return UInt16(littleEndian: first | second << 8)
  }
}
