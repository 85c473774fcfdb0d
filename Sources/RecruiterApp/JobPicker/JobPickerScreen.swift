import ApplyCore
import Foundation
public import KomboAPI
public import TerminalUI
import TextSafety

/// The job picker's messages.
public enum JobPickerMsg: Sendable {
  /// Page `number` (from 1) of the job list arrived, or failed with a message.
  case page(number: Int, Result<KomboPage<Job>, JobPickerFailure>)
  /// The lookup of a remote id finished: the job, nil when no synced job has that id, or a failure.
  case remoteLookup(remoteID: String, Result<Job?, JobPickerFailure>)
  /// A search index built off the update loop.
  case indexed(JobCatalog.BuiltIndex)
}

/// A failed request, as a message for people.
public struct JobPickerFailure: Error, Sendable, Equatable {
  /// What went wrong.
  public var message: String
}

/// The first screen: search the jobs (fuzzy, over title, code, department and location) while they
/// stream in page by page; open jobs by default, all with ctrl+t; the details pane shows the job under
/// the cursor; Enter applies to it. Actions: apply by remote id (for jobs not synced yet), drafts,
/// outbox and history.
public struct JobPickerScreen: RecruiterScreen {
  /// Where the keyboard is.
  public enum Focus: Hashable, Sendable {
    /// The search line and the list.
    case list
    /// One of the action buttons.
    case action(JobPickerAction)
  }

  /// How the loading goes.
  public enum Loading: Hashable, Sendable {
    /// Pages are being fetched; `pages` have arrived.
    case loading(pages: Int)
    /// Every page arrived.
    case done
    /// A page failed; what was loaded stays.
    case failed(String)
  }

  let client: any KomboClient
  let pageSize: Int
  /// The jobs and the search over them.
  public private(set) var catalog: JobCatalog
  /// Loading progress.
  public private(set) var loading = Loading.loading(pages: 0)
  /// Jobs Kombo sent that could not be read: left out of the list and named in the status line.
  public private(set) var skipped: [UnreadableItem] = []
  /// Where the keyboard is.
  public private(set) var focus = Focus.list
  /// The dialog showing (remote id, not applicable, not found…).
  public private(set) var dialog: Dialog?
  /// A remote id being looked up.
  public private(set) var lookingUp: String?
  /// The details pane of the job under the cursor.
  public private(set) var details: JobDetailsPane?
  /// How far the details pane is scrolled down.
  public private(set) var detailsOffset = 0

  /// A job picker loading through `services`, sized for `flow`.
  public init(services: RecruiterServices, flow: Flow) {
    client = services.client
    pageSize = services.jobPageSize
    catalog = JobCatalog(height: JobPickerLayout(size: flow.size).listHeight)
  }

  /// Typing goes to the search while the list has focus.
  public var isTyping: Bool { focus == .list || dialog != nil }

  /// The keys of the focused part.
  public var keyHelp: [KeyHelp] {
    if let dialog { return dialog.keyHelp }
    switch focus {
    case .list:
      return [
        KeyHelp("type", "search"), KeyHelp("↑/↓", "move"), KeyHelp("enter", "apply"),
        KeyHelp("tab", "actions"),
        KeyHelp("shift+↑/↓", "scroll details"),
      ]
        + JobPickerAction.allCases.map {
          KeyHelp($0.shortcut.description, $0.shortTitle(showsAll: catalog.showsAll))
        }
    case .action:
      return [KeyHelp("←/→", "choose"), KeyHelp("enter", "open"), KeyHelp("esc", "back to list")]
    }
  }

  /// Starts loading the first page.
  public mutating func appear(flow: inout Flow) -> Transition<JobPickerMsg> {
    guard catalog.jobs.isEmpty, case .loading(0) = loading else { return .none }
    return Transition([fetchPage(1, cursor: nil)])
  }

  // MARK: - Messages

  /// Pages and lookups.
  public mutating func update(_ message: JobPickerMsg, flow: inout Flow) -> Transition<JobPickerMsg> {
    switch message {
    case .page(let number, .success(let page)):
      let index = catalog.append(page.results, isLast: page.isLastPage)
      skipped += page.unreadable
      refreshDetails()
      var effects = index.map { [Self.build($0)] } ?? []
      if let next = page.next, !page.isLastPage {
        loading = .loading(pages: number)
        effects.append(fetchPage(number + 1, cursor: next))
      } else {
        loading = .done
      }
      return Transition(effects)
    case .indexed(let index):
      catalog.install(index)
      refreshDetails()
      return .none
    case .page(_, .failure(let failure)):
      loading = .failed(failure.message)
      return .none
    case .remoteLookup(let remoteID, let result):
      guard lookingUp == remoteID else { return .none }
      lookingUp = nil
      return remoteLookupFinished(remoteID, result, flow: &flow)
    }
  }

  /// Builds a search index off the update loop (a newer one cancels an older one).
  static func build(_ request: JobCatalog.IndexRequest) -> Effect<JobPickerMsg> {
    .run(id: "jobPicker.index") { .indexed(request.build()) }
  }

  private func fetchPage(_ number: Int, cursor: String?) -> Effect<JobPickerMsg> {
    let client = client
    let query = JobQuery(pageSize: pageSize)
    return .run(id: "jobPicker.page") {
      do throws(KomboClientError) {
        return .page(number: number, .success(try await client.jobsPage(query, cursor: cursor)))
      } catch {
        return .page(number: number, .failure(JobPickerFailure(message: error.description)))
      }
    }
  }

  // MARK: - Keys

  /// Keys for the dialog, the list or the actions.
  public mutating func handle(_ event: InputEvent, flow: inout Flow) -> Transition<JobPickerMsg> {
    switch event {
    case .resize(let size):
      catalog.resize(height: JobPickerLayout(size: size).listHeight)
      return .none
    case .paste(let text):
      if dialog != nil {
        dialog?.paste(text)
      } else {
        focus = .list
        search(catalog.list.query + Sanitizer.clean(text))
      }
      return .none
    case .key(let key):
      if dialog != nil { return answerDialog(key, flow: &flow) }
      if let action = JobPickerAction.allCases.first(where: { $0.shortcut == key }) {
        return perform(action, flow: &flow)
      }
      switch focus {
      case .list: return listKey(key, flow: &flow)
      case .action(let action): return actionKey(key, action, flow: &flow)
      }
    default:
      return .none
    }
  }

  private mutating func listKey(_ key: KeyPress, flow: inout Flow) -> Transition<JobPickerMsg> {
    if key == KeyPress(.down, .shift) || key == KeyPress(.up, .shift) {
      scrollDetails(by: key.key == .down ? 3 : -3, size: flow.size)
      return .none
    }
    if let move = Self.move(for: key) {
      catalog.move(move)
      refreshDetails()
      return .none
    }
    switch key {
    case .enter:
      guard let job = catalog.currentJob else { return .none }
      return choose(job, flow: &flow)
    case .tab:
      focus = .action(JobPickerAction.allCases[0])
    case .backTab:
      focus = .action(JobPickerAction.allCases[JobPickerAction.allCases.count - 1])
    case .escape:
      if !catalog.list.query.isEmpty { search("") }
    case .backspace:
      if !catalog.list.query.isEmpty { search(String(catalog.list.query.dropLast())) }
    case .control("u"), .control("w"):
      search("")
    case KeyPress(.function(5)):
      if case .failed = loading {
        loading = .loading(pages: 0)
        skipped = []
        return Transition([fetchPage(1, cursor: nil)])
      }
    default:
      if let character = key.plainCharacter {
        search(catalog.list.query + Sanitizer.clean(String(character)))
      }
    }
    return .none
  }

  private mutating func actionKey(
    _ key: KeyPress, _ action: JobPickerAction, flow: inout Flow
  ) -> Transition<JobPickerMsg> {
    let actions = JobPickerAction.allCases
    let index = actions.firstIndex(of: action) ?? 0
    switch key {
    case .enter, .character(" "): return perform(action, flow: &flow)
    case .tab, KeyPress(.right):
      focus = index + 1 < actions.count ? .action(actions[index + 1]) : (key == .tab ? .list : focus)
    case .backTab, KeyPress(.left):
      focus = index > 0 ? .action(actions[index - 1]) : (key == .backTab ? .list : focus)
    case .escape, KeyPress(.up):
      focus = .list
    default:
      if let character = key.plainCharacter {
        focus = .list
        search(catalog.list.query + Sanitizer.clean(String(character)))
      }
    }
    return .none
  }

  private mutating func scrollDetails(by rows: Int, size: Size) {
    guard let details else { return }
    let pane = JobPickerLayout(size: size).details
    let most = max(0, details.height(width: pane.width) - pane.height)
    detailsOffset = min(most, max(0, detailsOffset + rows))
  }

  /// Clears the search for a new application (the list shows every job again, from the top).
  public mutating func clearSearch() {
    search("")
  }

  private mutating func search(_ query: String) {
    catalog.search(query)
    refreshDetails()
  }

  private mutating func refreshDetails() {
    guard let job = catalog.currentJob else {
      details = nil
      return
    }
    if details?.facts.job.id != job.id || details?.facts.job != job {
      details = JobDetailsPane(job)
      detailsOffset = 0
    }
  }

  /// The list move for a key: arrows, ctrl+p/n, page keys, home/end.
  static func move(for key: KeyPress) -> ListViewport.Move? {
    switch key {
    case KeyPress(.up), .control("p"): .up
    case KeyPress(.down), .control("n"): .down
    case KeyPress(.pageUp): .pageUp
    case KeyPress(.pageDown): .pageDown
    case KeyPress(.home): .first
    case KeyPress(.end): .last
    default: nil
    }
  }

  // MARK: - Choosing

  /// Applies to `job` if it takes applications; explains why not otherwise.
  mutating func choose(_ job: Job, flow: inout Flow) -> Transition<JobPickerMsg> {
    guard !showsNotApplicable(job) else { return .none }
    Self.select(job: job, reference: JobReference(job.id), flow: &flow)
    return .navigate(.next)
  }

  /// Explains in a dialog why `job` takes no applications, if it does not.
  private mutating func showsNotApplicable(_ job: Job) -> Bool {
    let facts = JobFacts(job)
    guard let reason = facts.notApplicableReason else { return false }
    dialog = Dialog(
      id: "jobPicker.notApplicable", title: "Not accepting applications",
      message: "\(facts.title) is \(reason): the ATS would refuse the application. Choose another job"
        + (catalog.showsAll ? "." : ", or press ctrl+t to list all jobs."),
      kind: .message)
    return true
  }

  /// Makes `job` (nil: unknown schema) the draft's job. Changing the job keeps the candidate and the
  /// attachments, drops answers to the old job's questions and preselects the new job's first stage.
  static func select(job: Job?, reference: JobReference, flow: inout Flow) {
    let changed = flow.draft.job.trimmed != reference.trimmed
    flow.job = job
    flow.draft.job = reference
    if changed || flow.draft.job.trimmed.isEmpty {
      flow.draft.answers = [:]
      flow.draft.stageID = StageOptions(job: job).defaultStageID
    }
  }

  // MARK: - Actions and dialogs

  private mutating func perform(_ action: JobPickerAction, flow: inout Flow) -> Transition<JobPickerMsg> {
    switch action {
    case .remoteID:
      dialog = Dialog(
        id: "jobPicker.remoteID", title: "Apply by remote id",
        message: "The job's id in the ATS (as in remote:4711). Use this for a job that is not synced yet.",
        kind: .input(TextInput(FieldInfo(key: "remote_id", title: "Remote id"), placeholder: "4711")))
      return .none
    case .importFile:
      guard let job = catalog.currentJob else {
        dialog = Dialog(
          id: "jobPicker.noJob", title: "Import a file",
          message: "Choose the job the file's candidates apply to first: move to it in the list, then press "
            + "ctrl+o.", kind: .message)
        return .none
      }
      guard !showsNotApplicable(job) else { return .none }
      flow.importJob = job
      return .navigate(.go(.importing))
    case .toggleAll:
      let index = catalog.setShowsAll(!catalog.showsAll)
      refreshDetails()
      return Transition(index.map { [Self.build($0)] } ?? [])
    case .drafts: return .navigate(.go(.drafts))
    case .outbox: return .navigate(.go(.outbox))
    case .history: return .navigate(.go(.history))
    }
  }

  private mutating func answerDialog(_ key: KeyPress, flow: inout Flow) -> Transition<JobPickerMsg> {
    guard var shown = dialog else { return .none }
    guard let answer = shown.handle(key) else {
      dialog = shown
      return .none
    }
    dialog = nil
    switch (shown.id, answer) {
    case ("jobPicker.remoteID", .text(let text)):
      return lookUp(text)
    case (let id, .yes) where id.hasPrefix("jobPicker.withoutSchema:"):
      let remoteID = String(id.dropFirst("jobPicker.withoutSchema:".count))
      Self.select(job: nil, reference: .remote(remoteID), flow: &flow)
      return .navigate(.next)
    default:
      return .none
    }
  }

  private mutating func lookUp(_ text: String) -> Transition<JobPickerMsg> {
    let typed = text.trimmingCharacters(in: .whitespaces)
    let remoteID =
      typed.hasPrefix(KomboID.remotePrefix) ? String(typed.dropFirst(KomboID.remotePrefix.count)) : typed
    guard !remoteID.isEmpty else { return .none }
    lookingUp = remoteID
    let client = client
    return Transition([
      .run(id: "jobPicker.lookup") { () async -> JobPickerMsg? in
        do throws(KomboClientError) {
          let page = try await client.jobsPage(JobQuery(remoteIDs: [remoteID], pageSize: 1), cursor: nil)
          return .remoteLookup(remoteID: remoteID, .success(page.results.first { $0.remoteID == remoteID }))
        } catch {
          return .remoteLookup(remoteID: remoteID, .failure(JobPickerFailure(message: error.description)))
        }
      }
    ])
  }

  private mutating func remoteLookupFinished(
    _ remoteID: String, _ result: Result<Job?, JobPickerFailure>, flow: inout Flow
  ) -> Transition<JobPickerMsg> {
    switch result {
    case .success(let job?):
      return choose(job, flow: &flow)
    case .success(nil):
      dialog = Dialog(
        id: "jobPicker.withoutSchema:\(remoteID)", title: "Job not synced",
        message: "No synced job has the remote id \(Sanitizer.clean(remoteID)). Apply to remote:"
          + "\(Sanitizer.clean(remoteID)) anyway? Kombo passes it to the ATS as it is; its screening "
          + "questions can't be shown here, and the ATS picks the stage.",
        kind: .confirm(yes: "Apply anyway", no: "Cancel"))
    case .failure(let failure):
      dialog = Dialog(
        id: "jobPicker.lookupFailed", title: "Lookup failed",
        message: "Looking up remote id \(Sanitizer.clean(remoteID)) failed: \(failure.message)",
        kind: .message)
    }
    return .none
  }
}

extension JobPickerScreen {
  /// Embeds the job picker's messages.
  public static func wrap(_ message: JobPickerMsg) -> AppMsg { .jobPicker(message) }
  /// The screen's own message in `message`, if it is one.
  public static func unwrap(_ message: AppMsg) -> JobPickerMsg? {
    if case .jobPicker(let inner) = message { inner } else { nil }
  }
  /// Embeds the job picker.
  public static func wrap(_ screen: JobPickerScreen) -> AppScreen { .jobPicker(screen) }
}
