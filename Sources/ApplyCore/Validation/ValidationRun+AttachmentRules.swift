import KomboAPI

extension ValidationRun {
  /// The integration's rules over the attachments (`checked` holds each one's file when it passed its
  /// own checks): a broken rule on a file is an error on `attachments[i]` and keeps it out of the
  /// request; a missing type or a total over the limit is an error on `attachments`. Returns the
  /// indices of the attachments that passed.
  mutating func checkAttachmentRules(
    _ drafts: [AttachmentDraft], checked: [CheckedFile?], attachmentBytes: Int
  ) -> [Int] {
    let check = AttachmentRuleCheck(rules: validator.attachmentRules)
    let subjects = zip(drafts, checked).map { draft, file in
      file.map {
        AttachmentRuleCheck.Subject(
          type: draft.type, mimeType: $0.local?.type.mimeType ?? $0.contentType, size: $0.local?.size)
      }
    }
    let findings = check.findings(subjects, types: drafts.map(\.type))
    var passed: [Int] = []
    for index in drafts.indices {
      if let problem = findings.rows[index] {
        report.error(FieldPath.attachments[index], "Attachment \(index + 1): \(problem)")
      } else if checked[index] != nil {
        passed.append(index)
      }
    }
    for problem in findings.overall { report.error(.attachments, problem) }
    if let problem = check.totalProblem(attachmentBytes) { report.error(.attachments, problem) }
    return passed
  }
}
