public import KomboAPI

/// `VALUE[:CV|COVER_LETTER|OTHER]`, the way a text front end (`submit --attach`, an import's `attach`
/// column) names a file and its attachment type.
public enum AttachmentSpec {
  /// Splits `value` into the path or URL and the type; the first attachment defaults to CV, later ones
  /// to OTHER. After the last colon, letters read as a mistyped type for a path (the message says what is
  /// allowed); for a web address only capitals do (types are written CV, COVER_LETTER, OTHER), so
  /// `https://host/a:b` stays a URL.
  public static func split(
    _ value: String, isURL: Bool, isFirst: Bool
  ) -> (value: String, type: Attachment.Kind, problem: String?) {
    let fallback: Attachment.Kind = isFirst ? .cv : .other
    guard let colon = value.lastIndex(of: ":") else { return (value, fallback, nil) }
    let suffix = value[value.index(after: colon)...]
    if let kind = Attachment.Kind(rawValue: suffix.uppercased()) {
      return (String(value[..<colon]), kind, nil)
    }
    let looksLikeType =
      !suffix.isEmpty
      && suffix.allSatisfy { isURL ? ($0.isUppercase || $0 == "_") : ($0.isLetter || $0 == "_") }
    guard looksLikeType else { return (value, fallback, nil) }
    return (
      String(value[..<colon]), fallback,
      "\(String(suffix).debugDescription) is not an attachment type; use CV, COVER_LETTER or OTHER"
    )
  }
}
