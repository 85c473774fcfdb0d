public import ApplyCore
public import Foundation
public import KomboAPI
public import TerminalUI
import TextSafety

/// What every screen shares and may change: the draft (the source of truth for everything the user
/// entered), the chosen job, the connection facts and the time as last reported.
///
/// Screens get it `inout` in their update and read it in their view.
public struct Flow: Sendable {
  /// Everything entered for the application.
  public var draft: ApplicationDraft
  /// The draft's id in the draft store (stable across autosaves).
  public var draftID: String
  /// The chosen job; nil before a job is chosen, or when applying by remote id without its schema.
  public var job: Job?
  /// The job a file is imported into (ctrl+o on the job picker); the draft is left as it is.
  public var importJob: Job?
  /// Where the app is connected.
  public var backend: BackendInfo
  /// The integration's details (tool label, field coverage), once loaded.
  public var integration: IntegrationDetails?
  /// What the integration accepts as attachments, once loaded (``AttachmentRules/unknown`` before, or
  /// when Kombo publishes none).
  public var attachmentRules: AttachmentRules = .unknown
  /// The time as last reported by a clock message.
  public var now: Date
  /// The zone times are shown in.
  public var timeZone: TimeZone
  /// The terminal size.
  public var size: Size
  /// When the draft was last saved, if it was.
  public var draftSavedAt: Date?
  /// A short message for the status bar (cleared by the next screen change).
  public var notice: String?
  /// A notice for the screen the next screen change shows (then it is `notice`).
  public var noticeForNextScreen: String?
  /// Derives fresh draft ids: `seed-counter`.
  public var sessionSeed: String
  /// How many drafts this run has started.
  public var draftCounter: Int

  /// A flow starting on an empty draft.
  public init(backend: BackendInfo, now: Date, timeZone: TimeZone, size: Size, sessionSeed: String) {
    self.backend = backend
    self.now = now
    self.timeZone = timeZone
    self.size = size
    self.sessionSeed = sessionSeed
    self.draftCounter = 1
    self.draftID = "\(sessionSeed)-1"
    self.draft = ApplicationDraft(job: JobReference(""))
  }

  /// Today in the display time zone, for date fields.
  public var today: CalendarDate {
    let day = dayForRules
    return CalendarDate(year: day.year, month: day.month, day: day.day)
  }

  /// Today in the display time zone, for the validator's rules about dates in the past.
  public var dayForRules: KomboDateTime { CivilToday.date(at: now, in: timeZone) }

  /// `HH:MM:SS` of `date` in the display time zone.
  public func clockText(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
    func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
    return "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
  }

  /// The connected ATS's name: the integration's tool label, else the slug's known label.
  public var atsLabel: String {
    if let label = integration?.tool.label { return Sanitizer.clean(label) }
    return backend.toolSlug.map(ATSTool.label(forSlug:)) ?? "Kombo"
  }

  /// The connected tool's slug (`greenhouse`), from the integration details or the integration id.
  public var toolSlug: String? { integration?.tool.id ?? backend.toolSlug }

  /// The job's display name: its sanitised name, else its reference.
  public var jobTitle: String {
    if let name = job?.name, !name.isEmpty { return Sanitizer.clean(name) }
    return Sanitizer.clean(draft.job.trimmed)
  }

  /// The candidate's name as typed, or nil while empty.
  public var candidateName: String? {
    let name = [draft.candidate.firstName, draft.candidate.lastName]
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    return name.isEmpty ? nil : Sanitizer.clean(name)
  }

  /// The status bar's text: the backend's notice and a notice if there are any, then when the draft
  /// was saved.
  public var statusText: String {
    let saved = draftSavedAt.map { "draft saved \(clockText($0))" }
    return [backend.notice, notice, saved].compactMap { $0 }.joined(separator: " · ")
  }

  /// Starts a new draft (a new id), keeping what `keep` leaves of the current one.
  public mutating func startNewDraft(keeping keep: (ApplicationDraft) -> ApplicationDraft) {
    draftCounter += 1
    draftID = "\(sessionSeed)-\(draftCounter)"
    draft = keep(draft)
    draftSavedAt = nil
  }
}
