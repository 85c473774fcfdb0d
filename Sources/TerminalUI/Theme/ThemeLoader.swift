/// Finds and loads the theme to use.
///
/// Order: the name given (`--theme`), else `KOMBO_APPLY_THEME`, else `default`. A name containing `/`
/// is a file path. Otherwise `$XDG_CONFIG_HOME/kombo-apply/themes/NAME.theme` (or
/// `~/.config/kombo-apply/themes/NAME.theme`) wins over the bundled theme of that name.
public enum ThemeLoader {
  /// The names of the bundled themes, sorted.
  public static var bundledNames: [String] { BundledThemes.sources.keys.sorted() }

  /// The bundled theme `name`, if there is one.
  public static func bundled(_ name: String) -> Theme? {
    BundledThemes.sources[name].flatMap { try? ThemeParser.parse($0, file: "themes/\(name).theme") }
  }

  /// Loads the theme.
  /// - Parameters:
  ///   - name: the `--theme` option, if given.
  ///   - environment: the process environment.
  ///   - readFile: reads a file's text, nil when it does not exist or cannot be read.
  public static func load(
    name: String?, environment: [String: String], readFile: (String) -> String?
  ) throws(ThemeError) -> Theme {
    let chosen =
      [name, environment["KOMBO_APPLY_THEME"]].compactMap { $0 }.first { !$0.isEmpty } ?? "default"
    if chosen.contains("/") {
      guard let text = readFile(chosen) else {
        throw ThemeError(file: chosen, line: 0, message: "cannot read this theme file")
      }
      return try ThemeParser.parse(text, file: chosen)
    }
    let directory = configDirectory(environment) + "/kombo-apply/themes"
    let path = "\(directory)/\(chosen).theme"
    if let text = readFile(path) { return try ThemeParser.parse(text, file: path) }
    if let text = BundledThemes.sources[chosen] {
      return try ThemeParser.parse(text, file: "themes/\(chosen).theme")
    }
    throw ThemeError(
      file: chosen, line: 0,
      message:
        "no such theme; bundled: \(bundledNames.joined(separator: ", ")); or put \(chosen).theme in \(directory)"
    )
  }

  private static func configDirectory(_ environment: [String: String]) -> String {
    if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config }
    return (environment["HOME"] ?? "") + "/.config"
  }
}
