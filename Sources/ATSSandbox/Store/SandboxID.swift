/// Kombo-format identifiers for the sandbox: 24 characters of the base58 alphabet.
///
/// Seed data derives its ids from a fixed seed, a namespace and an index, so every fresh start names
/// the same jobs, stages and questions; records created at run time get random ids.
public enum SandboxID {
  /// The base58 alphabet Kombo ids are drawn from (no `0`, `O`, `I`, `l`).
  static let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)

  /// The fixed seed every derived id depends on. Changing it renames all seed data.
  static let seed: UInt64 = 0x6B6F_6D62_6F5F_7362

  /// The length of a Kombo id.
  public static let length = 24

  /// The id for item `index` of `namespace` ("job", "stage", "question", …); the same on every run.
  public static func derived(_ namespace: String, _ index: Int) -> String {
    var state = seed ^ fnv1a(namespace) ^ (UInt64(bitPattern: Int64(index)) &* 0x9E37_79B9_7F4A_7C15)
    return make { splitMix(&state) }
  }

  /// A fresh random id for a record created at run time.
  public static func random() -> String {
    var generator = SystemRandomNumberGenerator()
    return make { generator.next() }
  }

  /// Whether `text` has the shape of a Kombo id.
  public static func isValid(_ text: some StringProtocol) -> Bool {
    text.utf8.count == length && text.utf8.allSatisfy { alphabet.contains($0) }
  }

  private static func make(_ next: () -> UInt64) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(length)
    while bytes.count < length {
      var word = next()
      for _ in 0..<6 where bytes.count < length {
        bytes.append(alphabet[Int(word % 58)])
        word /= 58
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func splitMix(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// The 64-bit FNV-1a hash of `text`'s UTF-8 bytes: stable across runs, unlike `Hasher`.
  static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }
}
