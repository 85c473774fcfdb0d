public import Foundation

/// Hostile remote text for the tests that prove nothing a server sends reaches the terminal raw: every
/// string wrapped in escape sequences (OSC 52 clipboard writes, OSC 0 titles, OSC 8 links, DCS, APC,
/// RIS, `ESC[2J`, the 8-bit CSI and OSC), controls (BEL, BS, CR, DEL, NEL, NUL) and invisible characters
/// (bidi overrides and isolates, a bidi mark, zero-width space, word joiner, BOM, and a zero-width
/// joiner right after the text, where it would join the text's last cluster).
public enum HostileFixture {
  /// `text` as a hostile server sends it; ids carry no NUL (they travel through argv).
  public static func text(_ value: String, nul: Bool = true) -> String {
    "\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}]0;pwned\u{1B}\\\u{1B}]8;;https://evil.example\u{1B}\\" + value
      + "\u{200D}\u{1B}[2J\u{1B}[H\u{1B}c\u{9B}31m\u{9D}2;t\u{9C}\u{1B}P1$r\u{1B}\\\u{1B}_apc\u{1B}\\"
      + "\u{07}\u{08}\r\u{7F}\u{85}"
      + "\u{202E}\u{2066}\u{200B}\u{200D}\u{FEFF}\u{2060}\u{200E}" + (nul ? "\u{0}" : "")
  }

  /// Keys whose values stay as they are so the job still decodes: dates, the format discriminator,
  /// closed enums of nested objects (the job's own status and visibility are made hostile).
  static let kept: Set<String> = [
    "type", "category", "scope", "unified_type", "hiring_team_roles", "status", "visibility",
  ]

  /// The fixture job with every string made hostile (references stay consistent: the same text
  /// becomes the same hostile text), plus a question of a hostile unknown type; nothing required.
  public static var job: [String: Any] {
    let url = PackageLocations.root.appendingPathComponent("Tests/KomboAPITests/Fixtures/jobs-page.json")
    let page = (try? JSONSerialization.jsonObject(with: Data(contentsOf: url))) as? [String: Any]
    let fixture = ((page?["data"] as? [String: Any])?["results"] as? [[String: Any]])?.first ?? [:]
    var job = makeHostile(fixture, key: nil) as? [String: Any] ?? [:]
    job["status"] = text("ON_HOLD")
    job["visibility"] = text("PUBLIC")
    var questions = job["screening_questions"] as? [[String: Any]] ?? []
    for index in questions.indices { questions[index]["required"] = false }
    questions.append([
      "id": text("QOdd", nul: false), "title": text("Odd question"), "required": false, "index": 11,
      "format": ["type": text("HOLOGRAM", nul: false)],
    ])
    job["screening_questions"] = questions
    return job
  }

  /// The hostile job's id.
  public static var jobID: String { job["id"] as? String ?? "" }

  private static func makeHostile(_ value: Any, key: String?) -> Any {
    switch value {
    case let object as [String: Any]:
      return object.reduce(into: [String: Any]()) { $0[$1.key] = makeHostile($1.value, key: $1.key) }
    case let array as [Any]:
      return array.map { makeHostile($0, key: key) }
    case let string as String:
      guard let key, !kept.contains(key), !key.hasSuffix("_at") else { return string }
      return text(string, nul: !(key == "id" || key.hasSuffix("_id") || key == "precondition_options"))
    default:
      return value
    }
  }

  /// The hostile job as JSON (as `GET /ats/jobs` returns one result).
  public static var jobJSON: Data { (try? JSONSerialization.data(withJSONObject: job)) ?? Data() }

  /// The scalars of `text` that no terminal output may hold, as `U+XXXX` (U+FFFD stands for bytes that
  /// were not UTF-8): controls but the line feed, DEL, C1 controls, line separators, and format
  /// characters (bidi controls, zero-width characters and joiners; the fixture has no emoji sequence).
  public static func forbidden(in text: String) -> [String] {
    text.unicodeScalars.filter { scalar in
      let value = scalar.value
      return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value) || value == 0xFFFD
        || value == 0x2028 || value == 0x2029 || scalar.properties.generalCategory == .format
    }.map { String(format: "U+%04X", $0.value) }
  }
}
