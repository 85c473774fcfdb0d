import Foundation
import Testing

@testable import TerminalUI

@Suite struct ThemeTests {
  static let themesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")

  /// With 8 colours (`TERM=xterm`) no role of a bundled theme is drawn as bold black on the
  /// terminal's background (invisible on a dark one): faint text is the terminal's text, dimmed.
  @Test(arguments: ["default", "mono", "high-contrast", "dracula", "catppuccin-mocha"])
  func eightColourTerminalsGetAVisibleFallbackForFaintText(name: String) throws {
    let theme = try #require(ThemeLoader.bundled(name))
    for role in Role.allCases {
      let fitted = theme.resolve(Style(role), depth: .ansi16).fittedToEightColours()
      let invisible = fitted.foreground == .indexed(0) && fitted.background == nil
      #expect(!invisible, "\(name) \(role) would be black on the terminal's background")
      if case .indexed(let index)? = fitted.foreground { #expect(index < 8, "\(name) \(role)") }
    }
    if name == "default" {
      let muted = theme.resolve(Style(.muted), depth: .ansi16).fittedToEightColours()
      #expect(muted.foreground == nil && muted.attributes.contains(.dim) && !muted.attributes.contains(.bold))
      let focus = theme.resolve(Style(.focus), depth: .ansi16).fittedToEightColours()
      #expect(focus.foreground == .indexed(5) && focus.attributes.contains(.bold), "magenta stays magenta")
    }
  }

  @Test func bundledThemesEqualTheFilesInThemes() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesDirectory.path)
      .filter { $0.hasSuffix(".theme") }
    #expect(Set(files.map { String($0.dropLast(6)) }) == Set(BundledThemes.sources.keys))
    for file in files {
      let text = try String(contentsOf: Self.themesDirectory.appendingPathComponent(file), encoding: .utf8)
      #expect(
        BundledThemes.sources[String(file.dropLast(6))].map { $0 + "\n" } == text,
        "themes/\(file) differs from the compiled copy: run scripts/generate-bundled-themes")
    }
  }

  @Test(arguments: ["default", "mono", "high-contrast", "dracula", "catppuccin-mocha"])
  func bundledThemeParsesAndDefinesEveryRoleItUses(name: String) throws {
    let theme = try ThemeParser.parse(#require(BundledThemes.sources[name]), file: "themes/\(name).theme")
    #expect(theme.looks[.text] != nil)
    #expect(theme.looks[.focus] != nil && theme.looks[.error] != nil)
  }

  @Test(arguments: ["default", "mono", "high-contrast", "dracula", "catppuccin-mocha"])
  func focusAndErrorsStayVisibleInMono(name: String) throws {
    let theme = try #require(ThemeLoader.bundled(name))
    for role in [Role.focus, .error, .selection, .buttonFocus] {
      #expect(
        !theme.resolve(Style(role), depth: .mono).attributes.isEmpty, "\(name): \(role) is invisible in mono")
    }
    #expect(theme.resolve(Style(.error), depth: .mono) != theme.resolve(Style(.focus), depth: .mono))
  }

  @Test func parsesTiersAliasesAndComments() throws {
    let theme = try ThemeParser.parse(
      """
      # a comment
      name = Test   # trailing comment
      text = default / default / default / plain
      error = #ff5555 on #282a36 bold / 203 bold / brightred / bold underline
      focus = error
      """, file: "t.theme")
    #expect(theme.name == "Test")
    #expect(
      theme.resolve(Style(.error), depth: .truecolor)
        == TierStyle(
          foreground: .rgb(red: 0xFF, green: 0x55, blue: 0x55),
          background: .rgb(red: 0x28, green: 0x2A, blue: 0x36),
          attributes: .bold))
    #expect(
      theme.resolve(Style(.focus), depth: .palette256)
        == TierStyle(foreground: .indexed(203), attributes: .bold))
    #expect(theme.resolve(Style(.focus, .reverse), depth: .ansi16).attributes == .reverse)
    #expect(theme.resolve(Style(.buttonFocus), depth: .mono).attributes == [.bold, .underline])
    #expect(theme.resolve(Style(.help), depth: .mono) == TierStyle())
  }

  @Test(arguments: [
    (
      "text = default / default / default / plain\nbogus = red / 1 / red / bold",
      "t.theme:2: unknown role 'bogus'"
    ),
    (
      "text = red / 1 / red",
      "t.theme:1: 'text' needs 4 tiers 'truecolor / 256 / 16 / mono' separated by '/', found 3"
    ),
    ("text = red / 1 / red / red", "t.theme:1: the mono tier takes attributes only; unknown word 'red'"),
    ("text = red / 300 / red / bold", "t.theme:1: unknown word '300' in the 256 tier"),
    ("text = #12345 / 1 / red / bold", "t.theme:1: unknown word '#12345' in the truecolor tier"),
    ("\n\ntext plain", "t.theme:3: expected 'role = value', found 'text plain'"),
    ("text = red on / 1 / red / bold", "t.theme:1: 'on' needs a colour in the truecolor tier"),
    ("text = a / 1 / red / bold\ntext = red / 1 / red / bold", "t.theme:1: unknown word 'a'"),
    ("text = red / 1 / red / bold\ntext = red / 1 / red / bold", "t.theme:2: role 'text' is set twice"),
    (
      "text = red / 1 / red / bold\nfocus = title",
      "t.theme:2: 'focus' is an alias of 'title', which the theme does not define"
    ),
    ("error = red / 1 / red / bold", "t.theme: the role 'text' is required"),
  ])
  func errorsSayFileLineAndWhatIsWrong(text: String, expected: String) {
    #expect(throws: ThemeError.self) { try ThemeParser.parse(text, file: "t.theme") }
    do {
      _ = try ThemeParser.parse(text, file: "t.theme")
    } catch {
      #expect(error.description.hasPrefix(expected), "\(error.description)")
    }
  }

  @Test func lookupPrefersOptionThenEnvironmentThenConfigThenBundled() throws {
    let custom = "name = Mine\ntext = red / 1 / red / bold"
    let files = [
      "/cfg/kombo-apply/themes/dracula.theme": custom, "/home/u/.config/kombo-apply/themes/x.theme": custom,
    ]
    let read: (String) -> String? = { files[$0] }
    #expect(try ThemeLoader.load(name: nil, environment: [:], readFile: read).name == "Default")
    #expect(
      try ThemeLoader.load(name: nil, environment: ["KOMBO_APPLY_THEME": "mono"], readFile: read).name
        == "Mono")
    #expect(
      try ThemeLoader.load(name: "dracula", environment: ["KOMBO_APPLY_THEME": "mono"], readFile: read).name
        == "Dracula")
    #expect(
      try ThemeLoader.load(name: "dracula", environment: ["XDG_CONFIG_HOME": "/cfg"], readFile: read).name
        == "Mine")
    #expect(try ThemeLoader.load(name: "x", environment: ["HOME": "/home/u"], readFile: read).name == "Mine")
    #expect(throws: ThemeError.self) { try ThemeLoader.load(name: "nope", environment: [:], readFile: read) }
  }

  @Test func noColorForcesMonoAndColoursFollowCapability() {
    #expect(ColorDepth.detect(colors: 256, environment: ["NO_COLOR": "1"]) == .mono)
    #expect(ColorDepth.detect(colors: 256, environment: ["NO_COLOR": ""]) == .palette256)
    #expect(ColorDepth.detect(colors: 8, environment: [:]) == .ansi16)
    #expect(ColorDepth.detect(colors: 0x100_0000, environment: [:]) == .truecolor)
    #expect(ColorDepth.detect(colors: -1, environment: [:]) == .mono)
  }
}
