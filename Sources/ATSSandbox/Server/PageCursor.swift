import Foundation

/// Opaque pagination cursors (`data.next` on list endpoints).
///
/// A cursor carries the position to continue from and a fingerprint of the filters that produced it,
/// so a cursor replayed with different filters is rejected instead of silently skipping records.
struct PageCursor: Equatable {
  /// Where the next page starts: an offset into the job catalogue, or the last row id returned.
  var position: Int64
  /// A fingerprint of the list's name and filters.
  var fingerprint: UInt64

  /// A cursor for `position` under `filters` (list name plus normalised filter text).
  init(position: Int64, filters: String) {
    self.position = position
    self.fingerprint = Self.fingerprint(filters)
  }

  /// The opaque text handed to clients.
  var token: String {
    let plain = "v1.\(position).\(String(fingerprint, radix: 36))"
    return Data(plain.utf8).base64EncodedString()
      .replacingOccurrences(of: "+", with: "-")
      .replacingOccurrences(of: "/", with: "_")
      .replacingOccurrences(of: "=", with: "")
  }

  /// Decodes `token` and checks it was issued for `filters`.
  static func decode(_ token: String, filters: String) throws(SandboxError) -> PageCursor {
    var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
    base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
    guard let data = Data(base64Encoded: base64), let plain = String(data: data, encoding: .utf8) else {
      throw .invalidInput("cursor: not a cursor this API issued; pass data.next from the previous page")
    }
    let parts = plain.split(separator: ".")
    guard parts.count == 3, parts[0] == "v1", let position = Int64(parts[1]), position >= 0,
      let fingerprint = UInt64(parts[2], radix: 36)
    else {
      throw .invalidInput("cursor: not a cursor this API issued; pass data.next from the previous page")
    }
    guard fingerprint == Self.fingerprint(filters) else {
      throw .invalidInput("cursor: was issued for other filters; repeat the filters of the first page")
    }
    return PageCursor(position: position, fingerprint: fingerprint)
  }

  private init(position: Int64, fingerprint: UInt64) {
    self.position = position
    self.fingerprint = fingerprint
  }

  private static func fingerprint(_ text: String) -> UInt64 {
    SandboxID.fnv1a(text)
  }
}
