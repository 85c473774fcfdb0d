/// File names that are not valid UTF-8, carried in a `String` without loss: each byte that is not
/// part of a valid UTF-8 sequence becomes one private-use scalar (U+10FE80…U+10FEFF for bytes
/// 0x80…0xFF), turned back into that byte when the path is handed to the system, and shown as `\xE9`
/// by `Sanitizer`.
public enum FileNameBytes {
  /// The scalar standing for the undecodable byte 0x80 (the others follow in order).
  static let base: UInt32 = 0x10_FE00

  /// `bytes` as a string: valid UTF-8 decoded, every other byte as its stand-in scalar.
  public static func decode(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    var index = 0
    while index < bytes.count {
      if let (scalar, length) = scalar(in: bytes, at: index) {
        scalars.append(scalar)
        index += length
      } else {
        scalars.append(Unicode.Scalar(base + UInt32(bytes[index])) ?? "\u{FFFD}")
        index += 1
      }
    }
    return String(scalars)
  }

  /// The bytes `text` stands for: its UTF-8, with each stand-in scalar back as its byte.
  public static func encode(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if let byte = byte(of: scalar) {
        bytes.append(byte)
      } else {
        bytes.append(contentsOf: String(scalar).utf8)
      }
    }
    return bytes
  }

  /// `name` as it is sent to others (an ATS, a JSON body): each stand-in as `%` and its byte in hex
  /// (`caf%E9.pdf`), so the name stays readable, and every other character as it is.
  public static func percentEscaped(_ name: String) -> String {
    guard name.unicodeScalars.contains(where: { byte(of: $0) != nil }) else { return name }
    var escaped = String.UnicodeScalarView()
    for scalar in name.unicodeScalars {
      if let byte = byte(of: scalar) {
        escaped.append(contentsOf: "%\(String(byte, radix: 16, uppercase: true))".unicodeScalars)
      } else {
        escaped.append(scalar)
      }
    }
    return String(escaped)
  }

  /// Calls `body` with `path` as the NUL-terminated bytes the system's calls take.
  public static func withCPath<Result>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> Result)
    rethrows -> Result
  {
    let bytes = encode(path).map { CChar(bitPattern: $0) } + [0]
    // swift-format-ignore: NeverForceUnwrap
    // The array holds at least the terminating zero, so it has a base address.
    return try bytes.withUnsafeBufferPointer { try body($0.baseAddress!) }
  }

  /// The undecodable byte `scalar` stands for, if it is a stand-in.
  public static func byte(of scalar: Unicode.Scalar) -> UInt8? {
    (base + 0x80...base + 0xFF).contains(scalar.value) ? UInt8(scalar.value - base) : nil
  }

  /// The scalar of the valid UTF-8 sequence at `index`, with its length; nil when the bytes there are
  /// not one (a stray continuation byte, a truncated, overlong or surrogate sequence).
  private static func scalar(in bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length: Int
    let minimum: UInt32
    var value: UInt32
    switch lead {
    case 0xC2...0xDF: (length, minimum, value) = (2, 0x80, UInt32(lead & 0x1F))
    case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, UInt32(lead & 0x0F))
    case 0xF0...0xF4: (length, minimum, value) = (4, 0x1_0000, UInt32(lead & 0x07))
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    for offset in 1..<length {
      let next = bytes[index + offset]
      guard next & 0xC0 == 0x80 else { return nil }
      value = value << 6 | UInt32(next & 0x3F)
    }
    guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }
}
