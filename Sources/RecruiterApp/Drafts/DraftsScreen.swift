import ApplyCore
import Foundation
import KomboAPI
public import TerminalUI

/// The drafts screen's messages.
public enum DraftsMsg: Sendable {
  /// The drafts were listed.
  case listed(Result<[DraftListing], DraftError>)
  /// A draft was opened (or could not be).
  case opened(Result<OpenedDraft, DraftError>)
  /// A draft was discarded (or could not be).
  case discarded(id: String, DraftError?)
}

/// Saved drafts: at start, "Resume draft from <time> (<candidate>, <job>)?" for the newest one
/// (`prompt` mode); from the job picker (F2), the list of every draft to resume or discard.
///
/// Resuming takes the draft's lock, so a draft open in another running kombo-apply is never edited
/// twice: it can be opened as a copy instead. Discarding asks first.
public struct DraftsScreen: RecruiterScreen {
  /// How the drafts are shown.
  public enum Mode: Sendable, Equatable {
    /// The question about the newest draft.
    case prompt
    /// Every draft in a table.
    case list
  }

  /// The prompt's buttons.
  enum PromptButton: Int, CaseIterable {
    case resume, newApplication, allDrafts
  }

  let repository: DraftRepository
  let client: any KomboClient
  /// Prompt or list.
  public private(set) var mode: Mode
  /// The drafts, newest first.
  public private(set) var drafts: [DraftListing]
  /// Whether the list is being read.
  public private(set) var isLoading: Bool
  /// The table (cursor and scrolling) of the list mode.
  public private(set) var table: RecordTable
  /// The prompt's focused button.
  public private(set) var button = 0
  /// The question or message showing.
  public private(set) var dialog: Dialog?
  /// The draft being opened.
  public private(set) var opening: String?
  /// Why the last operation failed.
  public private(set) var problem: String?
  /// Submissions waiting in the outbox, mentioned by the prompt.
  public let outboxCount: Int
  /// An opened draft waiting for the user to acknowledge that its job could not be loaded.
  private var pendingResume: OpenedDraft?

  /// The list of every draft, loaded when shown.
  public init(services: RecruiterServices, flow: Flow) {
    repository = services.draftRepository
    client = services.client
    mode = .list
    drafts = []
    isLoading = true
    outboxCount = 0
    table = RecordTable(count: 0, height: Self.tableHeight(flow.size))
  }

  /// The start-up question about the newest of `drafts` (which must not be empty).
  public init(prompt drafts: [DraftListing], outboxCount: Int, services: RecruiterServices, flow: Flow) {
    repository = services.draftRepository
    client = services.client
    mode = .prompt
    self.drafts = drafts
    isLoading = false
    self.outboxCount = outboxCount
    table = RecordTable(count: drafts.count, height: Self.tableHeight(flow.size))
  }

  static func tableHeight(_ size: Size) -> Int { max(1, min(12, AppChrome.contentRect(size).height - 11)) }

  /// Nothing is typed here.
  public var isTyping: Bool { false }

  /// The keys of the mode, or of the dialog.
  public var keyHelp: [KeyHelp] {
    if let dialog { return dialog.keyHelp }
    switch mode {
    case .prompt:
      return [
        KeyHelp("enter", "choose"), KeyHelp("←/→", "move"), KeyHelp("r", "resume"), KeyHelp("n", "new"),
        KeyHelp("a", "all drafts"),
      ]
    case .list:
      return [
        KeyHelp("↑/↓", "move"), KeyHelp("enter", "resume"), KeyHelp("d", "discard"),
        KeyHelp("esc", "back to jobs"),
      ]
    }
  }

  /// The draft under the cursor (list) or the newest (prompt).
  public var selected: DraftListing? {
    switch mode {
    case .prompt: drafts.first
    case .list: table.cursor.map { drafts[$0] }
    }
  }

  /// Lists the drafts (list mode).
  public mutating func appear(flow: inout Flow) -> Transition<DraftsMsg> {
    guard mode == .list else { return .none }
    return Transition([list()])
  }

  private func list() -> Effect<DraftsMsg> {
    let repository = repository
    return .run {
      do throws(DraftError) {
        return .listed(.success(try repository.list()))
      } catch {
        return .listed(.failure(error))
      }
    }
  }

  // MARK: - Messages

  /// Lists, openings and discards.
  public mutating func update(_ message: DraftsMsg, flow: inout Flow) -> Transition<DraftsMsg> {
    switch message {
    case .listed(.success(let listed)):
      isLoading = false
      drafts = listed
      table.reset(count: listed.count)
      if mode == .prompt && listed.isEmpty { return .navigate(.go(.jobPicker)) }
      return .none
    case .listed(.failure(let error)):
      isLoading = false
      problem = "The drafts could not be read: \(error.description)"
      return .none
    case .opened(.success(let opened)):
      opening = nil
      guard let jobProblem = opened.jobProblem else {
        opened.apply(to: &flow)
        return .navigate(opened.resumeNavigation)
      }
      pendingResume = opened
      dialog = Dialog(
        id: Self.jobProblemDialog, title: "The job could not be loaded",
        message: "\(jobProblem). The draft opens without the job's stages and questions.", kind: .message)
      return .none
    case .opened(.failure(let error)):
      opening = nil
      problem = "The draft could not be opened: \(error.description)"
      return Transition([list()])
    case .discarded(let id, let error):
      if let error {
        problem = "The draft could not be discarded: \(error.description)"
      } else {
        problem = nil
        drafts.removeAll { $0.id == id }
        table.reset(count: drafts.count)
      }
      if mode == .prompt && drafts.isEmpty { return .navigate(.go(.jobPicker)) }
      return Transition([list()])
    }
  }

  // MARK: - Keys

  /// Keys for the dialog, the prompt's buttons or the list.
  public mutating func handle(_ event: InputEvent, flow: inout Flow) -> Transition<DraftsMsg> {
    switch event {
    case .resize(let size):
      table.resize(height: Self.tableHeight(size))
      return .none
    case .key(let key):
      if dialog != nil { return answerDialog(key, flow: &flow) }
      guard opening == nil else { return .none }
      return mode == .prompt ? promptKey(key, flow: &flow) : listKey(key, flow: &flow)
    default:
      return .none
    }
  }

  private mutating func promptKey(_ key: KeyPress, flow: inout Flow) -> Transition<DraftsMsg> {
    let count = PromptButton.allCases.count
    switch key {
    case KeyPress(.right), .tab, .character("l"): button = (button + 1) % count
    case KeyPress(.left), .backTab, .character("h"): button = (button + count - 1) % count
    case .enter, .character(" "): return press(PromptButton(rawValue: button) ?? .resume, flow: &flow)
    case .character("r"), .character("y"): return press(.resume, flow: &flow)
    case .character("n"), .escape: return press(.newApplication, flow: &flow)
    case .character("a"): return press(.allDrafts, flow: &flow)
    default: break
    }
    return .none
  }

  private mutating func press(_ button: PromptButton, flow: inout Flow) -> Transition<DraftsMsg> {
    switch button {
    case .resume:
      guard let newest = drafts.first else { return .navigate(.go(.jobPicker)) }
      // For a draft in use the button says "Open a copy", under the warning: pressing it is the answer.
      return resume(newest, copyChosen: true, flow: &flow)
    case .newApplication:
      return .navigate(.go(.jobPicker))
    case .allDrafts:
      mode = .list
      table.reset(count: drafts.count)
      return .none
    }
  }

  private mutating func listKey(_ key: KeyPress, flow: inout Flow) -> Transition<DraftsMsg> {
    if table.handle(key) { return .none }
    switch key {
    case .enter:
      guard let selected else { return .none }
      return resume(selected, flow: &flow)
    case .character("d"), KeyPress(.delete):
      guard let selected else { return .none }
      askToDiscard(selected, flow: flow)
    case .escape, .backTab:
      return .navigate(.go(.jobPicker))
    default:
      break
    }
    return .none
  }

  /// Resumes `listing`: the draft being edited goes back to where it was; a draft open elsewhere
  /// opens as a copy (asking first, "Open a copy" preselected, unless `copyChosen`); an unreadable one
  /// explains.
  private mutating func resume(_ listing: DraftListing, copyChosen: Bool = false, flow: inout Flow)
    -> Transition<DraftsMsg>
  {
    if listing.id == flow.draftID {
      let current = OpenedDraft(
        id: flow.draftID, saved: listing.saved ?? SavedDraft(draft: flow.draft),
        savedAt: listing.summary.updatedAt,
        job: flow.job, jobProblem: nil)
      return .navigate(current.resumeNavigation)
    }
    if let reason = listing.problem {
      dialog = Dialog(
        id: "drafts.unreadable", title: "Cannot open this draft", message: "This draft \(reason).",
        kind: .message)
      return .none
    }
    if case .other(let pid) = listing.holder {
      if copyChosen { return openCopy(listing, flow: &flow) }
      let who = pid.map { "another kombo-apply (pid \($0), still running)" } ?? "another running kombo-apply"
      dialog = Dialog(
        id: Self.copyDialog + listing.id, title: "Draft in use",
        message: "This draft is open in \(who). Editing it here too would overwrite one or the other's work. "
          + "Open a copy instead? The copy is a separate draft; the original stays with the other kombo-apply.",
        kind: .confirm(yes: "Open a copy", no: "Cancel"))
      dialog?.yesSelected = true
      return .none
    }
    return open(listing, copyID: nil, flow: &flow)
  }

  private mutating func open(_ listing: DraftListing, copyID: String?, flow: inout Flow) -> Transition<
    DraftsMsg
  > {
    opening = listing.id
    problem = nil
    let work = DraftOpening.open(
      listing, copyID: copyID, previousID: flow.draftID, repository: repository, client: client)
    return Transition([.run { .opened(await work()) }])
  }

  private mutating func askToDiscard(_ listing: DraftListing, flow: Flow) {
    if listing.id == flow.draftID {
      dialog = Dialog(
        id: "drafts.current", title: "This is the draft you are editing",
        message: "Start a new application first, or quit with ctrl+c; it stays saved until submitted.",
        kind: .message)
      return
    }
    dialog = Dialog(
      id: Self.discardDialog + listing.id, title: "Discard draft?",
      message: "Discard the draft for \(listing.candidateLabel) (\(listing.jobLabel))? "
        + "What was typed in it is deleted and cannot be recovered.",
      kind: .confirm(yes: "Discard", no: "Keep"))
  }

  static let discardDialog = "drafts.discard:"
  static let copyDialog = "drafts.copy:"
  static let jobProblemDialog = "drafts.jobProblem"

  private mutating func answerDialog(_ key: KeyPress, flow: inout Flow) -> Transition<DraftsMsg> {
    guard var shown = dialog else { return .none }
    guard let answer = shown.handle(key) else {
      dialog = shown
      return .none
    }
    dialog = nil
    if shown.id == Self.jobProblemDialog, let opened = pendingResume {
      pendingResume = nil
      opened.apply(to: &flow)
      return .navigate(opened.resumeNavigation)
    }
    guard answer == .yes else { return .none }
    if shown.id.hasPrefix(Self.discardDialog) {
      let id = String(shown.id.dropFirst(Self.discardDialog.count))
      let repository = repository
      return Transition([
        .run {
          do throws(DraftError) {
            try repository.discard(id)
            return .discarded(id: id, nil)
          } catch {
            return .discarded(id: id, error)
          }
        }
      ])
    }
    if shown.id.hasPrefix(Self.copyDialog) {
      let id = String(shown.id.dropFirst(Self.copyDialog.count))
      guard let listing = drafts.first(where: { $0.id == id }) else { return .none }
      return openCopy(listing, flow: &flow)
    }
    return .none
  }

  private mutating func openCopy(_ listing: DraftListing, flow: inout Flow) -> Transition<DraftsMsg> {
    flow.draftCounter += 1
    return open(listing, copyID: "\(flow.sessionSeed)-\(flow.draftCounter)", flow: &flow)
  }
}

extension DraftsScreen {
  /// Embeds the drafts screen's messages.
  public static func wrap(_ message: DraftsMsg) -> AppMsg { .drafts(message) }
  /// The screen's own message in `message`, if it is one.
  public static func unwrap(_ message: AppMsg) -> DraftsMsg? {
    if case .drafts(let inner) = message { inner } else { nil }
  }
  /// Embeds the drafts screen.
  public static func wrap(_ screen: DraftsScreen) -> AppScreen { .drafts(screen) }
}
