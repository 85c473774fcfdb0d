import Foundation
public import KomboAPI
import TextSafety

/// Attachment rules in words, for the terminal UI's rules line, line mode, `job` and validation
/// messages: "1 CV required · PDF or Word · ≤ 10 MB each · no cover letters".
public enum AttachmentRulesText {
  /// The rules as short phrases, most important first; Kombo's 10 MB guidance when nothing is known.
  public static func parts(_ rules: AttachmentRules) -> [String] {
    let kinds = Attachment.Kind.allCases
    let supported = kinds.filter { rules.rule(for: $0).isSupported }
    var parts: [String] = []
    for kind in supported {
      let rule = rules.rule(for: kind)
      if let amount = amount(kind, rule) { parts.append(amount) }
    }
    let formatsByKind = supported.map {
      rules.rule(for: $0).acceptedMimeTypes.flatMap { $0.isEmpty ? nil : $0 }
    }
    if let first = formatsByKind.first, let first, formatsByKind.allSatisfy({ $0 == first }) {
      parts.append(formats(first))
    } else {
      for (kind, accepted) in zip(supported, formatsByKind) {
        if let accepted { parts.append("\(noun(kind, plural: true)) \(formats(accepted))") }
      }
    }
    let sizesByKind = supported.map { rules.rule(for: $0).maxFileSizeBytes }
    if let first = sizesByKind.first, let first, sizesByKind.allSatisfy({ $0 == first }) {
      parts.append("≤ \(ByteCount.limit(first)) each")
    } else {
      for (kind, limit) in zip(supported, sizesByKind) {
        if let limit { parts.append("\(noun(kind, plural: true)) ≤ \(ByteCount.limit(limit))") }
      }
    }
    let total = rules.totalSizeBytes ?? Validator.defaultMaxTotalFileBytes
    parts.append("≤ \(ByteCount.limit(total)) in all")
    for kind in kinds where !rules.rule(for: kind).isSupported {
      parts.append("no \(noun(kind, plural: true))")
    }
    if rules.isUnknown { parts.insert("no attachment limits known", at: 0) }
    return parts
  }

  /// The phrases of ``parts(_:)`` joined with " · ".
  public static func line(_ rules: AttachmentRules) -> String { parts(rules).joined(separator: " · ") }

  /// "1 CV required", "at least 1 CV required", "at most 2 cover letters"; nil when no amount is known.
  static func amount(_ kind: Attachment.Kind, _ rule: AttachmentRules.TypeRule) -> String? {
    let minimum = rule.minAmount ?? 0
    if minimum > 0 {
      if rule.maxAmount == minimum { return "\(minimum) \(noun(kind, plural: minimum != 1)) required" }
      return "at least \(minimum) \(noun(kind, plural: minimum != 1)) required"
    }
    guard let maximum = rule.maxAmount else { return nil }
    if maximum == 0 { return "no \(noun(kind, plural: true))" }
    return "at most \(maximum) \(noun(kind, plural: maximum != 1))"
  }

  /// "CV", "cover letters", "other files".
  public static func noun(_ kind: Attachment.Kind, plural: Bool = false) -> String {
    switch kind {
    case .cv: plural ? "CVs" : "CV"
    case .coverLetter: plural ? "cover letters" : "cover letter"
    case .other: plural ? "other files" : "other file"
    }
  }

  /// "a" or "an" before ``noun(_:plural:)``.
  static func article(_ kind: Attachment.Kind) -> String { kind == .other ? "an" : "a" }

  /// Accepted MIME types in words: "PDF or Word", "PDF, RTF or text/csv".
  public static func formats(_ mimeTypes: [String]) -> String {
    var names: [String] = []
    for mime in mimeTypes {
      let name: String
      switch ContentType.forMIMEType(mime) {
      case .some(let type) where type == .doc || type == .docx: name = "Word"
      case .some(let type) where type == .plainText: name = "text"
      case .some(let type): name = type.extensions[0].uppercased()
      case nil: name = mime
      }
      if !names.contains(name) { names.append(name) }
    }
    return list(names, "or")
  }

  /// "a", "a or b", "a, b or c".
  static func list(_ items: [String], _ conjunction: String) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
  }
}
