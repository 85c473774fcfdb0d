/// A colour theme: for each role, its look in each colour tier (truecolor, 256, 16, mono).
///
/// Roles a theme leaves out fall back along `Role.fallback` to `text`.
public struct Theme: Hashable, Sendable {
  /// One role's look in every tier.
  public struct Look: Hashable, Sendable {
    /// Looks by tier.
    public var tiers: [ColorDepth: TierStyle]

    /// A look from its tiers.
    public init(tiers: [ColorDepth: TierStyle]) {
      self.tiers = tiers
    }
  }

  /// The theme's display name.
  public var name: String
  /// Looks by role (only the roles the file defines, aliases resolved).
  public var looks: [Role: Look]

  /// A theme.
  public init(name: String, looks: [Role: Look]) {
    self.name = name
    self.looks = looks
  }

  /// How `style` looks at `depth`: the role's tier style (following fallbacks) plus the style's own
  /// attributes.
  public func resolve(_ style: Style, depth: ColorDepth) -> TierStyle {
    var role: Role? = style.role
    while let current = role, looks[current] == nil { role = current.fallback }
    var tier = role.flatMap { looks[$0]?.tiers[depth] } ?? TierStyle()
    tier.attributes.formUnion(style.attributes)
    return tier
  }

  /// A label for `Screen.styledText(label:)` showing what each cell really looks like at `depth`.
  public func dumpLabel(depth: ColorDepth) -> (Style) -> String? {
    { resolve($0, depth: depth).label }
  }

  /// The bundled theme named `default` (always valid; checked by tests).
  public static var fallback: Theme {
    // The bundled sources are checked by tests, so this parse cannot fail in a shipped binary.
    (try? ThemeParser.parse(BundledThemes.sources["default"] ?? "", file: "themes/default.theme"))
      ?? Theme(name: "default", looks: [:])
  }
}
