import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import TextSafety

/// The rows of the review page: every problem at the top (each opening its field), the Submit and
/// request-body buttons, then what will be sent, grouped like the form — job and stage, the candidate's
/// groups, the attachments with names and sizes, and the answers under their question titles (hidden
/// and unanswerable ones left out, as the request leaves them out).
enum ReviewContent {
  /// The rows for the draft in `flow` at `width` columns.
  static func lines(flow: Flow, check: ReviewCheck?, showsBody: Bool, width: Int) -> [ReviewLine] {
    var rows = ReviewLines(width: width)
    problems(check, into: &rows)
    buttons(check, showsBody: showsBody, into: &rows)
    if showsBody {
      body(flow, check, into: &rows)
    } else {
      job(flow, into: &rows)
      ReviewCandidate.add(flow.draft, into: &rows)
      attachments(flow.draft, sizes: check?.sizes ?? [:], into: &rows)
      ReviewAnswers.add(flow, sizes: check?.sizes ?? [:], into: &rows)
    }
    return rows.lines
  }

  /// The part of the form a path belongs to, for the problem list.
  static func section(of path: FieldPath) -> String {
    let sections: [(FieldPath, String)] = [
      (.job, "Job"), (.stageID, "Stage"), (.attachments, "Attachments"), (.answers, "Questions"),
      (.gdprConsent, "Consent"), (.sourcedBy, "Sourced by"), (.sourceName, "Source"),
      (.remoteFields, "Remote fields"),
    ]
    return sections.first { path.isWithin($0.0) }?.1 ?? "Candidate"
  }

  private static func problems(_ check: ReviewCheck?, into rows: inout ReviewLines) {
    guard let check else {
      rows.paragraph("Checking the application (reading the files)…", Style(.muted))
      return
    }
    let errors = check.report.errors
    let warnings = check.report.warnings
    let count = { (n: Int, word: String) in "\(n) \(word)\(n == 1 ? "" : "s")" }
    if errors.isEmpty {
      let note =
        warnings.isEmpty ? "no problems found." : "\(count(warnings.count, "warning")) to read first."
      rows.paragraph("✓ Ready to submit: " + note, Style(.success, .bold))
    } else {
      let extra = warnings.isEmpty ? "" : " (and \(count(warnings.count, "warning")))"
      rows.paragraph(
        "✗ \(count(errors.count, "problem")) to fix before submitting\(extra). Enter on one opens its field.",
        Style(.error, .bold))
    }
    for issue in errors {
      rows.paragraph(
        "✗ \(section(of: issue.path)) · \(issue.message)", Style(.error), indent: 2, action: .jump(issue.path)
      )
    }
    for issue in warnings {
      rows.paragraph(
        "⚠ \(section(of: issue.path)) · \(issue.message)", Style(.warning), indent: 2,
        action: .jump(issue.path))
    }
  }

  private static func buttons(_ check: ReviewCheck?, showsBody: Bool, into rows: inout ReviewLines) {
    rows.blank()
    let blocked = check.map { !$0.report.isValid } ?? true
    let reason =
      check == nil
      ? " (checking…)"
      : blocked ? " — blocked until the problems above are fixed" : " — or ctrl+s from anywhere"
    rows.paragraph("[ Submit application ]" + reason, Style(blocked ? .disabled : .button), action: .submit)
    rows.paragraph(
      showsBody ? "[ Hide the request body ]" : "[ Show the request body ]", Style(.button),
      action: .toggleBody)
  }

  private static func job(_ flow: Flow, into rows: inout ReviewLines) {
    rows.heading("Job")
    rows.entry("Job", flow.jobTitle)
    var reference = flow.draft.job.trimmed
    if let job = flow.job, !reference.hasPrefix(KomboID.remotePrefix) {
      reference += " (remote:\(job.remoteID))"
    }
    rows.entry("Reference", reference)
    if let location = flow.job?.location {
      let place = [location.city, location.state, location.country].compactMap { $0 }.filter { !$0.isEmpty }
      if !place.isEmpty { rows.entry("Location", place.joined(separator: ", ")) }
    }
    let stageID = flow.draft.stageID?.trimmingCharacters(in: .whitespaces) ?? ""
    let change = " · enter changes it"
    if stageID.isEmpty {
      rows.entry("Stage", "the ATS decides (the job's default stage)" + change, action: .jump(.stageID))
    } else {
      let name = flow.job?.stages.first { $0.id == stageID }?.name
      rows.entry("Stage", (name.map { "\($0) (\(stageID))" } ?? stageID) + change, action: .jump(.stageID))
    }
  }

  private static func attachments(
    _ draft: ApplicationDraft, sizes: [String: Int], into rows: inout ReviewLines
  ) {
    let local = draft.attachments.compactMap { item -> Int? in
      guard case .path(let path) = item.file.source else { return nil }
      return sizes[path]
    }
    let total = local.isEmpty ? "" : " · \(ByteCount.format(local.reduce(0, +)))"
    let count = draft.attachments.count
    rows.heading("Attachments (\(count) file\(count == 1 ? "" : "s")\(total))")
    if draft.attachments.isEmpty { rows.paragraph("No files attached.", Style(.muted), indent: 4) }
    let resume = draft.attachments.firstIndex { $0.type == .cv }
    for (index, item) in draft.attachments.enumerated() {
      let type = AttachmentListField.label(item.type) + (index == resume ? " ★ resume" : "")
      let size: String
      switch item.file.source {
      case .path(let path): size = sizes[path].map { ByteCount.format($0) } ?? "not readable"
      case .url(let url): size = "from \(url)"
      }
      rows.entry("\(index + 1). \(type)", "\(AttachmentListField.sendName(item)) · \(size)")
    }
  }

  private static func body(_ flow: Flow, _ check: ReviewCheck?, into rows: inout ReviewLines) {
    rows.heading("Request body")
    guard let body = check?.body else {
      rows.paragraph("The body can be shown once the problems above are fixed.", Style(.muted), indent: 2)
      return
    }
    rows.paragraph(
      "POST /ats/jobs/\(flow.draft.job.pathSegment)/applications — embedded files are shown as <N bytes>; the "
        + "real body carries them in base64.", Style(.muted), indent: 2)
    for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
      rows.code(String(line), indent: 2)
    }
  }
}
