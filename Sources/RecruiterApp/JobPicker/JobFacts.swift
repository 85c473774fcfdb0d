import Foundation
public import KomboAPI
import TerminalUI
import TextSafety

/// What the job picker says about a job: its searchable fields, whether it takes applications,
/// warnings about its visibility, and the lines of the details pane. All remote text is sanitised.
public struct JobFacts: Sendable, Equatable {
  /// The job.
  public let job: Job

  /// Facts about `job`.
  public init(_ job: Job) {
    self.job = job
  }

  /// The title, or the remote id when the ATS gave none.
  public var title: String { clean(job.name) ?? "Job \(Sanitizer.clean(job.remoteID))" }

  /// `Berlin, DE`, `Remote`, or nil.
  public var locationText: String? {
    let parts = [job.location?.city, job.location?.state, job.location?.country].compactMap(clean)
    return parts.isEmpty ? clean(job.location?.raw) : parts.joined(separator: ", ")
  }

  /// What fuzzy search looks at: title, job code, department, location.
  public var searchFields: [String] {
    [title, clean(job.jobCode) ?? "", clean(job.department) ?? "", locationText ?? ""]
  }

  /// Why the job takes no applications, or nil when it does (open, or status unknown).
  public var notApplicableReason: String? {
    if job.remoteDeletedAt != nil { return "deleted in the ATS" }
    switch job.status {
    case JobStatus.closed?: return "closed"
    case JobStatus.draft?: return "a draft, not published yet"
    case JobStatus.archived?: return "archived"
    default: return nil
    }
  }

  /// Whether applications can be created for it.
  public var isApplicable: Bool { notApplicableReason == nil }

  /// Whether the default list (open jobs) shows it: open, or no status given, and not deleted.
  public var isOpen: Bool {
    job.remoteDeletedAt == nil && (job.status == nil || job.status == .open)
  }

  /// Warnings about who may apply.
  public var visibilityWarnings: [String] {
    switch job.visibility {
    case JobVisibility.internal?: ["Internal job: only employees may apply."]
    case JobVisibility.unlisted?: ["Unlisted job: not on the careers page; only people with the link see it."]
    case JobVisibility.confidential?: ["Confidential job: do not share its details with the candidate."]
    default: []
    }
  }

  /// A short tag for the list row: `closed`, `internal`…, or nil.
  public var tag: String? {
    if let reason = notApplicableReason {
      return reason.split(separator: ",").first.map(String.init) ?? reason
    }
    switch job.visibility {
    case JobVisibility.internal?: return "internal"
    case JobVisibility.unlisted?: return "unlisted"
    case JobVisibility.confidential?: return "confidential"
    default: return nil
    }
  }

  /// `Full time · hybrid`.
  public var workText: String? {
    let parts = [
      job.employmentType.map { Self.words($0.rawValue) },
      job.remoteWorkStatus.map { Self.words($0.rawValue) },
    ]
    .compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  /// `75,000–95,000 EUR per year`, or nil without amounts.
  public var salaryText: String? {
    let amounts = [job.salaryAmountFrom, job.salaryAmountTo].compactMap { $0 }
    let figure: String
    if amounts.count == 2 {
      figure = "\(Self.amount(amounts[0]))–\(Self.amount(amounts[1]))"
    } else if let single = job.salaryAmount ?? amounts.first {
      figure = Self.amount(single)
    } else {
      return nil
    }
    let currency = clean(job.salaryCurrency).map { " " + $0 } ?? ""
    let period = job.salaryPeriod.map { " per " + Self.words($0.rawValue) } ?? ""
    return figure + currency + period
  }

  /// `Status: open · Visibility: public`.
  public var statusText: String {
    let status = job.status.map { Self.words($0.rawValue) } ?? "not given"
    let visibility = job.visibility.map { Self.words($0.rawValue) } ?? "not given"
    return "Status: \(status) · Visibility: \(visibility)"
  }

  /// `4 stages · 12 screening questions`.
  public var schemaText: String {
    let stages = job.stages.count
    let questions = job.screeningQuestions.count
    return
      "\(stages) stage\(stages == 1 ? "" : "s") · \(questions) screening question\(questions == 1 ? "" : "s")"
  }

  /// `70000` as `70,000`; fractions kept to two places.
  static func amount(_ value: Double) -> String {
    let formatter = NumberFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.numberStyle = .decimal
    formatter.groupingSeparator = ","
    formatter.usesGroupingSeparator = true
    formatter.maximumFractionDigits = 2
    return formatter.string(from: NSNumber(value: value)) ?? String(value)
  }

  /// `FULL_TIME` as `full time` (the first letter capitalised by callers that start a sentence).
  static func words(_ raw: String) -> String {
    Sanitizer.clean(raw).lowercased().replacingOccurrences(of: "_", with: " ")
  }

  private func clean(_ text: String?) -> String? {
    guard let text else { return nil }
    let cleaned = Sanitizer.clean(text).trimmingCharacters(in: .whitespaces)
    return cleaned.isEmpty ? nil : cleaned
  }
}
