public import KomboAPI
import TextSafety

/// The integration's attachment rules applied to a list of attachments, without reading files: what
/// the validator reports before sending and what the attachments step marks on each row.
public struct AttachmentRuleCheck: Sendable {
  /// One attachment as the rules see it: its type and, when known, its content type and size.
  public struct Subject: Hashable, Sendable {
    /// The attachment type.
    public var type: Attachment.Kind
    /// The detected (or, for a web address, named) MIME type, if known.
    public var mimeType: String?
    /// The size in bytes, if known (local files).
    public var size: Int?

    /// An attachment of `type` with what is known of its content.
    public init(type: Attachment.Kind, mimeType: String? = nil, size: Int? = nil) {
      self.type = type
      self.mimeType = mimeType
      self.size = size
    }
  }

  /// What the check found: a problem per attachment index and problems of the list as a whole.
  public struct Findings: Hashable, Sendable {
    /// Why attachment `i` breaks a rule ("this ATS takes CVs as PDF only; …"), by index.
    public var rows: [Int: String] = [:]
    /// What the whole list lacks or exceeds ("A CV is required by this ATS; …").
    public var overall: [String] = []
  }

  /// The rules checked.
  public let rules: AttachmentRules

  /// A check of `rules`.
  public init(rules: AttachmentRules) { self.rules = rules }

  /// The findings for `subjects`, in order; a `nil` subject (a file that could not be read) counts for
  /// its type's amounts only. A row gets its first problem: type not taken, content type, size, then
  /// one too many of its type.
  public func findings(_ subjects: [Subject?], types: [Attachment.Kind]) -> Findings {
    var found = Findings()
    for (index, subject) in subjects.enumerated() {
      if let subject, let problem = problem(subject) { found.rows[index] = problem }
    }
    for kind in Attachment.Kind.allCases {
      let rule = rules.rule(for: kind)
      guard rule.isSupported else { continue }
      let indices = types.indices.filter { types[$0] == kind }
      if let minimum = rule.minAmount, minimum > 0, indices.count < minimum {
        let needed =
          minimum == 1
          ? "\(AttachmentRulesText.article(kind)) \(AttachmentRulesText.noun(kind)) is required"
          : "at least \(minimum) \(AttachmentRulesText.noun(kind, plural: true)) are required"
        found.overall.append("\(needed.sentenceCased) by this ATS; attach one as \(kind.rawValue)")
      }
      if let maximum = rule.maxAmount, indices.count > maximum {
        let allowed =
          maximum == 0
          ? "no \(AttachmentRulesText.noun(kind, plural: true))"
          : "at most \(maximum) \(AttachmentRulesText.noun(kind, plural: maximum != 1))"
        for index in indices.dropFirst(maximum) where found.rows[index] == nil {
          found.rows[index] = "this ATS takes \(allowed); remove one or change its type"
        }
      }
    }
    return found
  }

  /// The problem of one attachment on its own: its type not taken, its content type not accepted or
  /// its size over its type's limit.
  public func problem(_ subject: Subject) -> String? {
    let rule = rules.rule(for: subject.type)
    guard rule.isSupported else {
      let others = supportedTypes
      let instead =
        others.isEmpty
        ? "it takes no attachments"
        : "send it as " + AttachmentRulesText.list(others.map { AttachmentRulesText.noun($0) }, "or")
      return "this ATS takes no \(AttachmentRulesText.noun(subject.type, plural: true)); \(instead)"
    }
    let typeNoun = AttachmentRulesText.noun(subject.type, plural: true)
    if let accepted = rule.acceptedMimeTypes, !accepted.isEmpty, let detected = subject.mimeType,
      !accepted.contains(where: { $0.lowercased() == detected.lowercased() })
    {
      let what = ContentType.forMIMEType(detected).map { "\($0.labelWithArticle) (\(detected))" } ?? detected
      return
        "this ATS takes \(typeNoun) as \(AttachmentRulesText.formats(accepted)) only; the file is \(what)"
    }
    if let limit = rule.maxFileSizeBytes, let size = subject.size, size > limit {
      return "the file is \(ByteCount.format(size)); this ATS takes \(typeNoun) up to "
        + "\(ByteCount.limit(limit)) each"
    }
    return nil
  }

  /// The types the ATS takes, in Kombo's order.
  public var supportedTypes: [Attachment.Kind] {
    Attachment.Kind.allCases.filter { rules.rule(for: $0).isSupported }
  }

  /// The type a newly added file gets: `preferred` when the ATS takes it and has room for another,
  /// else the first supported type with room (a CV while none is attached first), else the first
  /// supported type, else `preferred`.
  public func typeForNewFile(preferred: Attachment.Kind, among existing: [Attachment.Kind]) -> Attachment.Kind
  {
    func hasRoom(_ kind: Attachment.Kind) -> Bool {
      let rule = rules.rule(for: kind)
      guard rule.isSupported else { return false }
      guard let maximum = rule.maxAmount else { return true }
      return existing.filter { $0 == kind }.count < maximum
    }
    if hasRoom(preferred) { return preferred }
    let order: [Attachment.Kind] =
      existing.contains(.cv) ? [.other, .coverLetter, .cv] : [.cv, .other, .coverLetter]
    return order.first(where: hasRoom) ?? supportedTypes.first ?? preferred
  }

  /// The total size of the attachments' local files against `total_size_bytes`, when known.
  public func totalProblem(_ bytes: Int) -> String? {
    guard let limit = rules.totalSizeBytes, bytes > limit else { return nil }
    return
      "Attachments total \(ByteCount.format(bytes)); this ATS takes up to \(ByteCount.limit(limit)) in "
      + "all; remove or shrink files"
  }
}

extension String {
  /// The text with its first letter in upper case.
  fileprivate var sentenceCased: String { prefix(1).uppercased() + dropFirst() }
}
