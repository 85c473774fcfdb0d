/// A problem in a theme file, located as `file:line: what is wrong`.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file as named to the user.
  public var file: String
  /// 1-based line, or 0 when the problem is not on one line.
  public var line: Int
  /// What is wrong.
  public var message: String

  /// `file:line: message` (or `file: message`).
  public var description: String {
    line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
  }
}

/// Parses `.theme` files.
///
/// ```
/// # comment
/// name = Dracula
/// # role = truecolor / 256 / 16 / mono
/// error = #ff5555 bold / 203 bold / brightred bold / bold underline
/// selection = #f8f8f2 on #44475a / 255 on 239 / black on white / reverse
/// dialog_title = title        # an alias of another role
/// ```
/// A tier is `[colour] [on colour] [attributes…]`; colours are `default`, ANSI names (`brightred`),
/// `0`–`255` or `#rrggbb`; attributes are bold, dim, italic, underline, reverse (or `plain`). The mono
/// tier takes attributes only.
public enum ThemeParser {
  /// The tiers in the order they are written.
  static let tierOrder: [ColorDepth] = [.truecolor, .palette256, .ansi16, .mono]

  /// Parses `text`; `file` names it in errors.
  public static func parse(_ text: String, file: String) throws(ThemeError) -> Theme {
    var name = file
    var looks: [Role: Theme.Look] = [:]
    var aliases: [(role: Role, target: Role, line: Int)] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let lineNumber = index + 1
      func fail(_ message: String) -> ThemeError {
        ThemeError(file: file, line: lineNumber, message: message)
      }
      let content = stripComment(rawLine).trimmingSpaces
      if content.isEmpty { continue }
      guard let equals = content.firstIndex(of: "=") else {
        throw fail("expected 'role = value', found '\(content)'")
      }
      let key = content[..<equals].trimmingSpaces
      let value = content[content.index(after: equals)...].trimmingSpaces
      if key == "name" {
        guard !value.isEmpty else { throw fail("'name' needs a value") }
        name = value
        continue
      }
      guard let role = Role(rawValue: key) else {
        throw fail("unknown role '\(key)' (known: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
      guard looks[role] == nil && !aliases.contains(where: { $0.role == role }) else {
        throw fail("role '\(key)' is set twice")
      }
      if let target = Role(rawValue: value) {
        aliases.append((role, target, lineNumber))
        continue
      }
      let tiers = value.split(separator: "/", omittingEmptySubsequences: false)
      guard tiers.count == 4 else {
        throw fail(
          "'\(key)' needs 4 tiers 'truecolor / 256 / 16 / mono' separated by '/', found \(tiers.count)")
      }
      var look = Theme.Look(tiers: [:])
      for (depth, tier) in zip(tierOrder, tiers) {
        look.tiers[depth] = try parseTier(tier, depth: depth, fail: fail)
      }
      looks[role] = look
    }
    for alias in aliases {
      var target = alias.target
      var seen: Set<Role> = [alias.role]
      while looks[target] == nil, let next = aliases.first(where: { $0.role == target })?.target {
        guard seen.insert(target).inserted else {
          throw ThemeError(file: file, line: alias.line, message: "alias '\(alias.role.rawValue)' loops")
        }
        target = next
      }
      guard let look = looks[target] else {
        throw ThemeError(
          file: file, line: alias.line,
          message:
            "'\(alias.role.rawValue)' is an alias of '\(alias.target.rawValue)', which the theme does not define"
        )
      }
      looks[alias.role] = look
    }
    guard looks[.text] != nil else {
      throw ThemeError(file: file, line: 0, message: "the role 'text' is required")
    }
    return Theme(name: name, looks: looks)
  }

  /// The line without its comment: `#` starts a comment at the start of a line or when it stands alone
  /// after a blank (`text = red  # note`); `#rrggbb` is a colour.
  private static func stripComment(_ line: Substring) -> Substring {
    var previous: Character = " "
    for index in line.indices {
      let next = line.index(after: index) < line.endIndex ? line[line.index(after: index)] : " "
      if line[index] == "#"
        && (line[..<index].allSatisfy { $0 == " " || $0 == "\t" }
          || ((previous == " " || previous == "\t") && (next == " " || next == "\t")))
      {
        return line[..<index]
      }
      previous = line[index]
    }
    return line
  }

  private static func parseTier(
    _ text: Substring, depth: ColorDepth, fail: (String) -> ThemeError
  ) throws(ThemeError) -> TierStyle {
    var style = TierStyle()
    var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
    let tierName = depth.tierName
    if depth != .mono, let first = words.first, let colour = TerminalColor(name: first) {
      style.foreground = colour
      words = words.dropFirst()
    }
    if words.first == "on" {
      guard depth != .mono else { throw fail("the mono tier takes attributes only, found 'on'") }
      guard let colourName = words.dropFirst().first, let colour = TerminalColor(name: colourName) else {
        throw fail("'on' needs a colour in the \(tierName) tier")
      }
      style.background = colour
      words = words.dropFirst(2)
    }
    for word in words {
      if word == "plain" || word == "none" { continue }
      guard let attribute = Attributes.names.first(where: { $0.0 == word })?.1 else {
        let hint =
          depth == .mono && TerminalColor(name: word) != nil ? "the mono tier takes attributes only; " : ""
        throw fail(
          "\(hint)unknown word '\(word)' in the \(tierName) tier (colours: default, ANSI names, 0-255, #rrggbb; "
            + "attributes: bold, dim, italic, underline, reverse, plain)")
      }
      style.attributes.insert(attribute)
    }
    return style
  }
}

extension StringProtocol {
  /// Without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    let characters = Array(self)
    guard let first = characters.firstIndex(where: { $0 != " " && $0 != "\t" }),
      let last = characters.lastIndex(where: { $0 != " " && $0 != "\t" })
    else { return "" }
    return String(characters[first...last])
  }
}
