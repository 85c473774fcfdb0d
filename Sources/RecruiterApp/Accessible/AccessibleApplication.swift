import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import TextSafety

/// One part of the application asked as a form: built from the draft, written back after each answer.
struct AccessibleSection: Sendable {
  /// The step it stands for (saved with the draft, to resume there).
  let step: Destination
  /// The form for the draft in the flow.
  let make: @Sendable (Flow, RecruiterServices) -> Form
  /// Writes the form's values to the draft.
  let apply: @Sendable (Form, inout Flow, RecruiterServices) -> Void

  /// The sections in the order of the full-screen flow.
  static let all = [
    AccessibleSection(
      step: .candidate, make: { flow, _ in candidateForm(flow) },
      apply: { form, flow, _ in CandidateMapping.apply(form, to: &flow.draft, slug: flow.toolSlug) }),
    AccessibleSection(
      step: .attachments, make: AttachmentLines.form(flow:services:),
      apply: AttachmentLines.apply(_:to:services:)),
    AccessibleSection(
      step: .questions,
      make: { flow, services in QuestionLines.mapping(flow, services).form(flow.draft.answers) },
      apply: { form, flow, services in
        flow.draft.answers = QuestionLines.mapping(flow, services).answers(
          from: form, original: flow.draft.answers)
      }),
  ]

  /// The candidate form without what only the full screen has: the advanced toggle (its fields are
  /// not asked here) and key hints (ctrl+t, ctrl+x).
  static func candidateForm(_ flow: Flow) -> Form {
    var form = CandidateForm.make(flow: flow, showsAdvanced: false)
    for index in form.groups.indices {
      form.groups[index].fields.removeAll { $0.key == CandidateForm.advancedKey }
      if form.groups[index].description?.contains("ctrl+") == true { form.groups[index].description = nil }
    }
    return form
  }
}

/// Saves the draft being asked, after every answer, in revision order.
struct LineAutosave: Sendable {
  let repository: DraftRepository
  private var revision = 0

  init(repository: DraftRepository) {
    self.repository = repository
  }

  /// Saves the draft in `flow` as being at `step` (and `focus`); returns a message when it failed.
  mutating func save(_ flow: inout Flow, step: Destination, focus: String? = nil) -> String? {
    guard !flow.draft.job.trimmed.isEmpty else { return nil }
    revision += 1
    let saved = SavedDraft(
      draft: flow.draft, jobName: flow.job?.name.map { Sanitizer.clean($0) }, step: "\(step)", focus: focus,
      integrationID: flow.backend.integrationID)
    do throws(DraftError) {
      flow.draftSavedAt = try repository.save(saved, id: flow.draftID, revision: revision)
      return nil
    } catch {
      return "! The draft could not be saved: \(error.description)"
    }
  }
}

/// One application asked line by line: the job (search, numbered results), the stage (numbered), the
/// same forms as the full-screen flow one field at a time, a review that re-asks each field with a
/// problem, confirmation, sending with its progress, and the outcome. The draft is saved after every
/// answer.
struct AccessibleApplication<IO: LineIO> {
  let services: RecruiterServices
  var flow: Flow
  var prompter: LinePrompter<IO>
  private var autosave: LineAutosave

  init(services: RecruiterServices, flow: Flow, prompter: LinePrompter<IO>) {
    self.services = services
    self.flow = flow
    self.prompter = prompter
    autosave = LineAutosave(repository: services.draftRepository)
  }

  /// Runs the application from where the draft stands; returns the outcome, or nil when input ended
  /// or the user chose not to submit (the draft stays saved).
  mutating func run() async -> SubmissionOutcome? {
    if flow.draft.job.trimmed.isEmpty {
      guard await chooseJob() else { return nil }
    }
    guard chooseStage() else { return nil }
    for section in AccessibleSection.all {
      var form = section.make(flow, services)
      guard ask(&form, section) else { return nil }
    }
    guard await review() else { return nil }
    return await submit()
  }

  // MARK: - Saving

  /// Saves the draft (said aloud when it fails).
  mutating func save(step: Destination, focus: String? = nil) {
    if let problem = autosave.save(&flow, step: step, focus: focus) { prompter.say(problem) }
  }

  // MARK: - Job and stage

  /// Searches the jobs and takes one by number (or `remote:ID`); false at the end of input.
  mutating func chooseJob() async -> Bool {
    prompter.say("")
    prompter.say("Job")
    prompter.say("Loading jobs…")
    var jobs: [Job] = []
    do throws(KomboClientError) {
      for try await page in services.client.jobs(JobQuery(pageSize: services.jobPageSize)) {
        jobs += page.results
        for job in page.unreadable {
          prompter.say("! Skipped \(Sanitizer.line(job.describe("job"), limit: 300)).")
        }
      }
    } catch {
      prompter.say("! The jobs could not be loaded: \(error.description)")
      return false
    }
    let open = jobs.filter { JobFacts($0).isApplicable }
    prompter.say("\(open.count) open jobs.")
    var query = ""
    while true {
      let matches = JobLines.search(query, in: open)
      let shown = Array(matches.prefix(20))
      if shown.isEmpty { prompter.say("No open job matches \"\(query)\".") }
      let more =
        matches.count > shown.count ? " (first \(shown.count) of \(matches.count); type words to narrow)" : ""
      prompter.say(query.isEmpty ? "Open jobs\(more):" : "Jobs matching \"\(query)\"\(more):")
      let choice = prompter.choose(
        "Job number, words to search, or remote:ID for a job not synced yet",
        options: shown.map(JobLines.describe), allowsText: true)
      switch choice {
      case .end:
        return false
      case .option(let index):
        JobPickerScreen.select(job: shown[index], reference: JobReference(shown[index].id), flow: &flow)
        prompter.say("Job: \(JobFacts(shown[index]).title)")
        save(step: .stage)
        return true
      case .text(let text) where text.lowercased().hasPrefix("remote:"):
        let reference = JobReference(text)
        let found = jobs.first { "remote:\($0.remoteID)" == reference.trimmed }
        JobPickerScreen.select(job: found, reference: reference, flow: &flow)
        prompter.say("Job: \(found.map { JobFacts($0).title } ?? reference.trimmed)")
        save(step: .stage)
        return true
      case .text(let text):
        query = text
      }
    }
  }

  /// Asks the stage by number, the draft's (or the job's first) preselected; false at the end of input.
  mutating func chooseStage() -> Bool {
    let stages = StageOptions(job: flow.job).active
    guard !stages.isEmpty else { return true }
    prompter.say("")
    prompter.say("Stage")
    let values = stages.map { Optional($0.id) } + [nil]
    let labels = stages.map { Sanitizer.clean($0.name ?? $0.id) } + ["Let the ATS decide (no stage sent)"]
    let current = values.firstIndex { $0 == flow.draft.stageID } ?? 0
    guard case .option(let index) = prompter.choose("Stage number", options: labels, default: current) else {
      return false
    }
    flow.draft.stageID = values[index]
    save(step: .candidate)
    return true
  }

  // MARK: - Forms

  /// Asks `form` (or only the fields in `keys`), writing and saving after every answer.
  mutating func ask(_ form: inout Form, _ section: AccessibleSection, only keys: Set<String>? = nil) -> Bool {
    var updated = flow
    var saver = autosave
    let services = self.services
    let finished = FormLines.ask(&form, &prompter, only: keys) { answered, key, prompter in
      section.apply(answered, &updated, services)
      if let problem = saver.save(&updated, step: section.step, focus: key) { prompter.say(problem) }
    }
    flow = updated
    autosave = saver
    return finished
  }
}

/// Jobs as line-mode text: searched by words, described on one line.
enum JobLines {
  /// The jobs whose name, code, department or location contain every word of `query`.
  static func search(_ query: String, in jobs: [Job]) -> [Job] {
    let words = query.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    guard !words.isEmpty else { return jobs }
    return jobs.filter { job in
      let text = JobFacts(job).searchFields.joined(separator: " ").lowercased()
      return words.allSatisfy { text.contains($0) }
    }
  }

  /// `Senior Backend Engineer · ENG-1 · Engineering · Berlin`.
  static func describe(_ job: Job) -> String {
    JobFacts(job).searchFields.filter { !$0.isEmpty }.joined(separator: " · ")
  }
}
