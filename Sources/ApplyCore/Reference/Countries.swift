import Foundation

/// One ISO 3166-1 country: its alpha-2 code (what Kombo's `location.country` takes) and its names.
public struct Country: Sendable, Hashable {
  /// The alpha-2 code, e.g. `DE`.
  public let code: String
  /// The alpha-3 code, e.g. `DEU`.
  public let alpha3: String
  /// The English short name from ISO 3166-1, e.g. `Korea, Republic of`.
  public let name: String
  /// The everyday English name where it differs from the ISO short name, e.g. `South Korea`.
  public let commonName: String?
  /// The official long name where it differs, e.g. `Federal Republic of Germany`.
  public let officialName: String?

  init(_ code: String, _ alpha3: String, _ name: String, common: String? = nil, official: String? = nil) {
    self.code = code
    self.alpha3 = alpha3
    self.name = name
    self.commonName = common
    self.officialName = official
  }

  /// The name to show a person: the common name when there is one, else the ISO short name.
  public var displayName: String { commonName ?? name }
}

/// Lookup in the ISO 3166-1 list: codes in any case, and the code for a typed country name.
public enum Countries {
  /// The country whose alpha-2 code is `code`, ignoring case and surrounding spaces (`de` → DE).
  public static func country(forCode code: String) -> Country? {
    let key = code.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
    return key.count == 2 ? byCode[key] : nil
  }

  /// The country a person most likely meant by `text`: an English, common, official or native name,
  /// an alpha-3 code or a common alias (`Germany`, `deutschland`, `UK`, `USA`, `GBR`), or a name with
  /// a small typo (`Germnay`). Nil when nothing matches or the text is ambiguous.
  public static func suggestion(for text: String) -> Country? {
    let key = normalizedKey(text)
    guard !key.isEmpty else { return nil }
    if let code = index.exact[key] { return byCode[code] }
    return closeMatch(for: key)
  }

  private static let byCode: [String: Country] = Dictionary(
    uniqueKeysWithValues: all.map { ($0.code, $0) })

  /// Everyday and native names people type that ISO does not list, mapped to the code.
  private static let aliases: [String: String] = [
    "uk": "GB", "u k": "GB", "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "usa": "US", "us": "US", "u s": "US", "u s a": "US",
    "america": "US", "united states of america": "US", "deutschland": "DE", "holland": "NL",
    "nederland": "NL", "the netherlands": "NL", "czech republic": "CZ", "cesko": "CZ", "russia": "RU",
    "ivory coast": "CI", "turkey": "TR", "turkiye": "TR", "swaziland": "SZ", "macedonia": "MK",
    "burma": "MM", "cape verde": "CV", "vatican": "VA", "vatican city": "VA", "uae": "AE",
    "emirates": "AE", "schweiz": "CH", "suisse": "CH", "svizzera": "CH", "osterreich": "AT",
    "espana": "ES", "italia": "IT", "polska": "PL", "sverige": "SE", "norge": "NO", "danmark": "DK",
    "suomi": "FI", "belgie": "BE", "belgique": "BE", "brasil": "BR", "eire": "IE", "hrvatska": "HR",
    "magyarorszag": "HU", "espanya": "ES", "ellada": "GR", "hellas": "GR",
    "nippon": "JP", "nihon": "JP", "zhongguo": "CN", "prc": "CN", "roc": "TW", "dprk": "KP",
    "rok": "KR", "korea": "KR", "south korea": "KR", "north korea": "KP", "persia": "IR",
    "drc": "CD", "dr congo": "CD", "democratic republic of the congo": "CD", "congo kinshasa": "CD",
    "congo brazzaville": "CG", "republic of the congo": "CG", "east timor": "TL", "laos": "LA",
    "micronesia": "FM", "british virgin islands": "VG", "us virgin islands": "VI",
    "u s virgin islands": "VI", "falkland islands": "FK", "saint martin": "MF", "sint maarten": "SX",
    "palestine": "PS", "vietnam": "VN", "moldova": "MD", "tanzania": "TZ", "syria": "SY",
    "bolivia": "BO", "venezuela": "VE", "iran": "IR", "taiwan": "TW",
  ]

  private struct Index {
    var exact: [String: String] = [:]
    var names: [(key: String, code: String)] = []
  }

  private static let index: Index = {
    var result = Index()
    var derived: [String: Set<String>] = [:]
    for country in all {
      let names = [country.name, country.commonName, country.officialName].compactMap { $0 }
      for name in names {
        let key = normalizedKey(name)
        result.exact[key] = country.code
        result.names.append((key, country.code))
        for variant in variants(of: name) { derived[variant, default: []].insert(country.code) }
      }
      result.exact[country.alpha3.lowercased()] = country.code
    }
    for (alias, code) in aliases { result.exact[alias] = code }
    for (key, codes) in derived where codes.count == 1 && result.exact[key] == nil {
      result.exact[key] = codes.first
    }
    return result
  }()

  /// Shorter forms of an ISO name: the part before `, ` ("Bolivia" from "Bolivia, Plurinational State
  /// of"), the part outside or inside parentheses ("Holy See", "Vatican City State").
  private static func variants(of name: String) -> [String] {
    var result: [String] = []
    if let comma = name.range(of: ", ") { result.append(String(name[..<comma.lowerBound])) }
    if let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
      result.append(String(name[..<open]))
      result.append(String(name[name.index(after: open)..<close]))
    }
    return result.map(normalizedKey).filter { !$0.isEmpty }
  }

  /// Lowercased, without diacritics or punctuation, single spaces, "st" spelled "saint", no leading
  /// "the": `St. Barthélemy` → `saint barthelemy`.
  static func normalizedKey(_ text: String) -> String {
    let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    var words: [String] = []
    var word = ""
    for scalar in folded.replacingOccurrences(of: "&", with: " and ").unicodeScalars {
      if CharacterSet.alphanumerics.contains(scalar) {
        word.unicodeScalars.append(scalar)
      } else if scalar != "'" && scalar != "’" {
        if !word.isEmpty { words.append(word) }
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    words = words.map { $0 == "st" ? "saint" : $0 }
    if words.first == "the", words.count > 1 { words.removeFirst() }
    return words.joined(separator: " ")
  }

  /// A name within a small edit distance of `key` (1 for names up to 6 letters, 2 above), when exactly
  /// one country is that close.
  private static func closeMatch(for key: String) -> Country? {
    guard key.count >= 4 else { return nil }
    let limit = key.count <= 6 ? 1 : 2
    let typed = Array(key.unicodeScalars)
    var best: (distance: Int, codes: Set<String>) = (limit + 1, [])
    for entry in index.names where abs(entry.key.unicodeScalars.count - typed.count) <= limit {
      let distance = editDistance(typed, Array(entry.key.unicodeScalars), limit: limit)
      if distance < best.distance {
        best = (distance, [entry.code])
      } else if distance == best.distance {
        best.codes.insert(entry.code)
      }
    }
    guard best.distance <= limit, best.codes.count == 1, let code = best.codes.first else { return nil }
    return byCode[code]
  }

  /// Levenshtein distance between non-empty `a` and `b`, giving up (returning `limit + 1`) once every
  /// path exceeds `limit`.
  private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in stride(from: 1, through: b.count, by: 1) {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
        rowMinimum = min(rowMinimum, current[j])
      }
      if rowMinimum > limit { return limit + 1 }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
