import ApplyCore
import Foundation
import TerminalUI
import TextSafety

/// The country of the candidate's location: type a two-letter code or a name (any language the core
/// knows, `Deutschland`, `UK`, a small typo); matching countries show under the input. Enter or Tab
/// takes a code, a name and a single match (as its code) and moves on; a text that matches several
/// countries (`united`) is never taken silently: ↑/↓ pick one first. The value is what Kombo takes: the
/// code.
struct CountryField: Field {
  /// Key, title, validation and visibility.
  var info: FieldInfo
  /// The text as typed, or the code once a match is taken.
  private(set) var input: TextInput
  /// Countries matching the text, best first.
  private(set) var matches: [Country] = []
  /// The highlighted match: the one match a name or a unique text stands for, else the one picked
  /// with ↑/↓ (nil while the text matches several countries and none was picked).
  private(set) var cursor: Int?

  /// Rows of matches shown at most.
  static let shownMatches = 4

  init(_ info: FieldInfo, text: String) {
    self.info = info
    input = TextInput(info, text: text, placeholder: "DE, or a name such as Germany")
    matches = Self.matches(for: text)
    cursor = Self.unique(for: text, in: matches)
  }

  /// The text as typed.
  var text: String { input.text }

  /// The typed text (`.none` when empty).
  var value: FieldValue { input.value }

  /// The country the text is a code of, if any.
  var exact: Country? { Countries.country(forCode: input.text) }

  /// Text that is not a two-letter code: what it may mean, and how to take it.
  var inputProblem: String? {
    let typed = input.text.trimmingCharacters(in: .whitespaces)
    guard !typed.isEmpty, exact == nil else { return nil }
    if let cursor {
      let guess = matches[cursor]
      return "Country must be a two-letter ISO code; did you mean \(guess.code) (\(guess.displayName))? "
        + "Enter takes the highlighted country."
    }
    if !matches.isEmpty {
      return "'\(Sanitizer.clean(typed))' matches several countries; pick one with ↑/↓ and Enter, "
        + "or type more of the name or the code."
    }
    return
      "'\(Sanitizer.clean(typed))' is not a country; type a name or a two-letter code such as DE, GB or US."
  }

  var keyHelp: [KeyHelp] {
    showsMatches ? [KeyHelp("↑/↓", "pick"), KeyHelp("enter", "take")] : []
  }

  private var showsMatches: Bool { exact == nil && !matches.isEmpty }

  mutating func handle(_ event: InputEvent) -> FieldResponse {
    if case .key(let key) = event {
      switch key {
      case KeyPress(.up) where showsMatches:
        let shown = min(matches.count, Self.shownMatches)
        cursor = cursor.map { ($0 + shown - 1) % shown } ?? shown - 1
        return .consumed
      case KeyPress(.down) where showsMatches:
        cursor = cursor.map { ($0 + 1) % min(matches.count, Self.shownMatches) } ?? 0
        return .consumed
      case .enter, .tab:
        // An ambiguous text stays as typed: its problem asks to pick (the form does not move on).
        let chosen = exact ?? (showsMatches ? cursor.map { matches[$0] } : nil)
        if let chosen, chosen.code != input.text {
          input.editor.replace(with: chosen.code)
          matches = Self.matches(for: input.text)
          cursor = Self.unique(for: input.text, in: matches)
        }
        return .next
      default: break
      }
    }
    let response = input.handle(event)
    if response.outcome == .changed {
      matches = Self.matches(for: input.text)
      cursor = Self.unique(for: input.text, in: matches)
    }
    return response
  }

  func height(width: Int, context: FieldContext) -> Int {
    if exact != nil { return 2 }
    return 1 + (context.isFocused ? min(matches.count, Self.shownMatches) : 0)
  }

  func render(in canvas: inout Canvas, context: FieldContext) {
    canvas.withRegion(Rect(x: 0, y: 0, width: canvas.size.width, height: 1)) {
      input.render(in: &$0, context: context)
    }
    if let exact {
      canvas.put("  ✓ \(exact.displayName)", at: Point(x: 0, y: 1), style: Style(.success))
      return
    }
    guard context.isFocused else { return }
    for (index, country) in matches.prefix(Self.shownMatches).enumerated() {
      let selected = index == cursor
      let row = Rect(x: 0, y: 1 + index, width: canvas.size.width, height: 1)
      if selected { canvas.fill(row, style: Style(.selection)) }
      let x = canvas.put(selected ? "> " : "  ", at: row.origin, style: Style(.focus))
      let end = canvas.put(
        country.code, at: Point(x: x, y: row.minY), style: Style(selected ? .selection : .code, .bold))
      canvas.put(
        "  " + country.displayName, at: Point(x: end, y: row.minY),
        style: Style(selected ? .selection : .text))
    }
  }

  var accessiblePrompt: [String] { ["(a two-letter code such as DE, or a country name)"] }

  mutating func accept(line: String) -> String? {
    let typed = Sanitizer.clean(line).trimmingCharacters(in: .whitespaces)
    guard !typed.isEmpty else { return nil }
    let found = Self.matches(for: typed)
    guard
      let best = Countries.country(forCode: typed) ?? Self.unique(for: typed, in: found).map({ found[$0] })
    else {
      guard !found.isEmpty else {
        return "'\(typed)' is not a country; type a name or a two-letter code such as DE."
      }
      let listed = found.prefix(6).map { "\($0.code) (\($0.displayName))" }.joined(separator: ", ")
      let more = found.count > 6 ? ", …" : ""
      return "'\(typed)' matches several countries: \(listed)\(more). Type the code or more of the name."
    }
    input.editor.replace(with: best.code)
    matches = Self.matches(for: best.code)
    cursor = Self.unique(for: best.code, in: matches)
    return nil
  }

  /// Where in `matches` the country `text` stands for is: a code, a name the core knows (also with a
  /// small typo), or the only match. Nil when it matches several countries (or none).
  static func unique(for text: String, in matches: [Country]) -> Int? {
    let known = Countries.country(forCode: text) ?? Countries.suggestion(for: text)
    if let known { return matches.firstIndex(of: known) }
    return matches.count == 1 ? 0 : nil
  }

  /// Countries for `text`: the code's country, the core's suggestion for a name, then names starting
  /// with or containing the text (ignoring case and accents).
  static func matches(for text: String) -> [Country] {
    let typed = text.trimmingCharacters(in: .whitespaces)
    guard !typed.isEmpty else { return [] }
    var result: [Country] = []
    func add(_ country: Country?) {
      if let country, !result.contains(country) { result.append(country) }
    }
    add(Countries.country(forCode: typed))
    add(Countries.suggestion(for: typed))
    let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
    let named = Countries.all.filter { country in
      [country.name, country.commonName ?? ""].contains { $0.range(of: typed, options: options) != nil }
    }
    for country in named where country.displayName.range(of: typed, options: options.union(.anchored)) != nil
    {
      add(country)
    }
    for country in named { add(country) }
    return Array(result.prefix(12))
  }
}
