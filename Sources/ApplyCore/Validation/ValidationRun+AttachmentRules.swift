import KomboAPI

extension ValidationRun {
  /// One attachment against the integration's rules for its type: supported, within the type's file
  /// size, of an accepted MIME type. Records an error naming what is allowed and returns false if not.
  mutating func checkAttachmentRules(_ draft: AttachmentDraft, file: CheckedFile, index: Int) -> Bool {
    let rules = validator.attachmentRules
    let rule = rules.rule(for: draft.type)
    let path = FieldPath.attachments[index]
    let label = "Attachment \(index + 1)"
    guard rule.isSupported else {
      let others = Attachment.Kind.allCases.filter { rules.rule(for: $0).isSupported }
      let instead =
        others.isEmpty
        ? "it takes no attachments"
        : "send it as " + AttachmentRulesText.list(others.map { AttachmentRulesText.noun($0) }, "or")
      report.error(
        path, "\(label): this ATS takes no \(AttachmentRulesText.noun(draft.type, plural: true)); \(instead)")
      return false
    }
    let typeNoun = AttachmentRulesText.noun(draft.type, plural: true)
    if let accepted = rule.acceptedMimeTypes, !accepted.isEmpty {
      let detected = file.local?.type.mimeType ?? file.contentType
      if let detected, !accepted.contains(where: { $0.lowercased() == detected.lowercased() }) {
        let what =
          ContentType.forMIMEType(detected).map { "\($0.labelWithArticle) (\(detected))" } ?? detected
        report.error(
          path,
          "\(label): this ATS takes \(typeNoun) as \(AttachmentRulesText.formats(accepted)) only; the file is "
            + what)
        return false
      }
    }
    if let limit = rule.maxFileSizeBytes, let size = file.local?.size, size > limit {
      report.error(
        path,
        "\(label): the file is \(ByteSize.text(size)); this ATS takes \(typeNoun) up to "
          + "\(AttachmentRulesText.size(limit)) each")
      return false
    }
    return true
  }

  /// How many attachments of each type, against the rules' `min_amount` and `max_amount`: a missing one
  /// on `attachments`, one too many on the first attachment over the limit.
  mutating func checkAttachmentCounts(_ drafts: [AttachmentDraft]) {
    let rules = validator.attachmentRules
    for kind in Attachment.Kind.allCases {
      let rule = rules.rule(for: kind)
      guard rule.isSupported else { continue }
      let indices = drafts.indices.filter { drafts[$0].type == kind }
      if let minimum = rule.minAmount, minimum > 0, indices.count < minimum {
        let needed =
          minimum == 1
          ? "\(AttachmentRulesText.article(kind)) \(AttachmentRulesText.noun(kind)) is required"
          : "at least \(minimum) \(AttachmentRulesText.noun(kind, plural: true)) are required"
        report.error(.attachments, "\(needed.sentenceCased) by this ATS; attach one as \(kind.rawValue)")
      }
      if let maximum = rule.maxAmount, indices.count > maximum {
        let allowed =
          maximum == 0
          ? "no \(AttachmentRulesText.noun(kind, plural: true))"
          : "at most \(maximum) \(AttachmentRulesText.noun(kind, plural: maximum != 1))"
        report.error(
          FieldPath.attachments[indices[maximum]],
          "Attachment \(indices[maximum] + 1): this ATS takes \(allowed); remove one or change its type")
      }
    }
  }

  /// The attachments' local files together, against the rules' `total_size_bytes` (when known; the
  /// 10 MB guidance for all files is checked separately).
  mutating func checkAttachmentTotal(_ bytes: Int) {
    guard let limit = validator.attachmentRules.totalSizeBytes, bytes > limit else { return }
    report.error(
      .attachments,
      "Attachments total \(ByteSize.text(bytes)); this ATS takes up to \(AttachmentRulesText.size(limit)) in "
        + "all; remove or shrink files")
  }
}

extension String {
  /// The text with its first letter in upper case.
  fileprivate var sentenceCased: String { prefix(1).uppercased() + dropFirst() }
}
