import ApplyCore
import KomboAPI
public import TerminalUI

/// The attachments screen's messages.
public enum AttachmentsMsg: Sendable {
  /// A field task's result (directory listings).
  case form(FormMessage)
  /// What the detector found about a local file (`AttachmentListField.factsKey`).
  case detected(key: String, facts: FileFacts)
}

/// The attachments step: the files to send with their types (the first CV is the resume), names,
/// sizes and real content types, the total against the size limit, a file picker to add several
/// files at once, and a web address instead of a file. Content is detected in effects, never in
/// `update`. Every change is written to `draft.attachments` at once. Enter on the list goes on to
/// the next step (Tab reaches the picker), so an application without files takes one key here, and
/// Enter adding the first files (while none are attached) goes on too once they are measured, so one
/// CV takes one key (unless a file breaks the integration's rules: then the step stays, its row marked);
/// Shift-Tab from the next step comes back to add more, and from then on Enter adds and stays.
public struct AttachmentsScreen: RecruiterScreen {
  /// The form: the list, the picker and the web address.
  public private(set) var host: FormHost
  /// Where files are measured and sniffed.
  let fileSystem: any FileSystem
  /// Where the picker starts and reads.
  let browsing: FileBrowsing
  /// Remembers the folder files were last added from.
  let folderMemory: PickerFolderMemory
  /// Facts of every local file seen, by `AttachmentListField.factsKey`.
  private(set) var facts: [String: FileFacts] = [:]
  /// Facts keys already asked for.
  private var requested: Set<String> = []
  /// Local FILE answers that count towards the total, by facts key.
  private var answerKeys: [String] = []
  /// Set by Enter in the picker while no file is attached: the files it adds finish the step.
  private var addingFirstFiles = false

  /// The form keys.
  static let listKey = FieldPath.attachments.rawValue
  static let pickerKey = "attachments.add"
  static let urlKey = "attachments.url"

  /// The screen for the draft in `flow`, entered as `arrival`. The picker opens in the folder files
  /// were last added from, on its newest file, while that folder exists; else in the working directory.
  public init(flow: Flow, arrival: Arrival, services: RecruiterServices) {
    self.init(
      flow: flow, arrival: arrival, fileSystem: services.fileSystem,
      browsing: .attachments(
        memory: services.pickerFolder, directory: services.workingDirectory, home: services.homeDirectory,
        reader: services.directoryReader),
      folderMemory: services.pickerFolder)
  }

  /// The screen reading files through `fileSystem`, browsing with `browsing` and remembering the
  /// folder of added files in `folderMemory`.
  init(
    flow: Flow, arrival: Arrival, fileSystem: any FileSystem, browsing: FileBrowsing,
    folderMemory: PickerFolderMemory = PickerFolderMemory(stateDirectory: nil)
  ) {
    self.fileSystem = fileSystem
    self.browsing = browsing
    self.folderMemory = folderMemory
    let list = AttachmentListField(
      FieldInfo(
        key: Self.listKey, title: "Files to send",
        description: "The first CV becomes the candidate's resume in ATSs that show one."),
      items: flow.draft.attachments, limit: Validator.defaultMaxTotalFileBytes)
    let group = FieldGroup(
      title: "Attachments", fields: [list, Self.picker(browsing), AttachmentURLField(key: Self.urlKey)])
    var form = Form(title: "Attachments", groups: [group])
    form.submitLabel = "Next"
    host = FormHost(form, arrival: arrival, size: flow.size)
    if arrival == .forward && flow.draft.attachments.isEmpty {
      // Nothing to reorder or remove yet: start where files are added.
      host.form.focus(key: Self.pickerKey)
    }
    answerKeys = Self.answerFiles(flow)
    syncRules(flow)
    if case .field(let path) = arrival, let index = Self.index(in: path) {
      modifyList { $0.select(index) }
    }
  }

  private static func picker(_ browsing: FileBrowsing, directory: String? = nil, focusing: String? = nil)
    -> FilePickerField
  {
    FilePickerField(
      FieldInfo(
        key: pickerKey, title: "Add files",
        description: "Space marks several files, enter adds them; or type or paste a path (tab completes)."),
      directory: directory ?? browsing.directory, home: browsing.home, reader: browsing.reader,
      filter: FileTypeFilter(extensions: ContentType.all.flatMap(\.extensions)), allowsMultiple: true,
      height: 6, focusing: focusing, startsOnNewest: directory == nil && browsing.startsOnNewest)
  }

  /// The attachment index in a path such as `attachments[2]`.
  static func index(in path: FieldPath) -> Int? {
    let text = path.rawValue
    guard text.hasPrefix(listKey + "["), let close = text.firstIndex(of: "]") else { return nil }
    return Int(text[text.index(text.startIndex, offsetBy: listKey.count + 1)..<close])
  }

  /// Facts keys of the local files given as answers to questions that apply (they count towards the
  /// same total in the core).
  static func answerFiles(_ flow: Flow) -> [String] {
    let questions = flow.job?.screeningQuestions ?? []
    let visibility = QuestionVisibility(questions: questions, answers: flow.draft.answers)
    return flow.draft.answers.sorted { $0.key < $1.key }.compactMap { id, answer in
      guard case .file(let reference) = answer, case .path(let path) = reference.source else { return nil }
      if let question = questions.first(where: { $0.id == id }), !visibility.applies(question) { return nil }
      return path + "\u{0}" + FileFacts.typeName(path: path, sendName: reference.name)
    }
  }

  /// The list field.
  var list: AttachmentListField {
    host.form[Self.listKey] as? AttachmentListField
      ?? AttachmentListField(FieldInfo(key: "", title: ""), items: [], limit: 0)
  }

  /// The focused field's keys and the form's.
  public var keyHelp: [KeyHelp] { host.keyHelp }

  /// Typing goes to the picker's path line and the web address; the list takes letters as commands.
  public var isTyping: Bool { host.isTyping && host.form.focusedField?.key != Self.listKey }

  /// Lists the picker's directory and measures every local file the draft names.
  public mutating func appear(flow: inout Flow) -> Transition<AttachmentsMsg> {
    let listing = PickerStart.start(Self.pickerKey, in: &host.form).map { $0.map(AttachmentsMsg.form) }
    return Transition(listing + detect(list.items.compactMap(AttachmentListField.factsKey) + answerKeys))
  }

  /// Keys go to the form; picked files and added addresses join the list; the list is the draft's.
  public mutating func handle(_ event: InputEvent, flow: inout Flow) -> Transition<AttachmentsMsg> {
    syncRules(flow)
    let onList =
      host.form.dialog == nil && host.form.focusedField?.key == Self.listKey && list.renaming == nil
    addingFirstFiles =
      event == .key(.enter) && list.items.isEmpty && host.form.dialog == nil
      && host.form.focusedField?.key == Self.pickerKey
    let (formEffects, outcome) = onList && event == .key(.enter) ? host.submit() : host.handle(event)
    var effects = formEffects.map { $0.map(AttachmentsMsg.form) }
    effects += absorbPicks(flow: &flow) + absorbAddress(flow: &flow)
    if let notice = list.notice { flow.notice = notice }
    flow.draft.attachments = list.items
    effects += detect(list.items.compactMap(AttachmentListField.factsKey))
    let (finishing, finished) = finishFirstFiles(flow: &flow)
    return Transition(effects + finishing, navigation: StageScreen.navigation(for: outcome ?? finished))
  }

  /// After Enter added the first files (at once, or when a typed path was checked) and they are
  /// measured, goes on to the next step as the Next button would; the step's checks still apply. A
  /// file that breaks the integration's rules keeps the step showing, its row saying why.
  private mutating func finishFirstFiles(flow: inout Flow) -> ([Effect<AttachmentsMsg>], FormOutcome?) {
    guard addingFirstFiles, !list.items.isEmpty, !list.isChecking else { return ([], nil) }
    addingFirstFiles = false
    if let first = list.findings.rows.keys.min() {
      let name = AttachmentListField.sendName(list.items[first])
      let problem = "\(name) does not meet \(flow.atsLabel)'s rules: see its row."
      flow.notice = flow.notice.map { $0 + " " + problem } ?? problem
      return ([], nil)
    }
    let (effects, outcome) = host.submit()
    if case .submitted = outcome, let added = flow.notice {
      flow.noticeForNextScreen = added + " Shift-Tab goes back to add more."
    }
    return (effects.map { $0.map(AttachmentsMsg.form) }, outcome)
  }

  /// Listing results and detections.
  public mutating func update(_ message: AttachmentsMsg, flow: inout Flow) -> Transition<AttachmentsMsg> {
    syncRules(flow)
    switch message {
    case .form(let inner):
      var effects = host.receive(inner).map { $0.map(AttachmentsMsg.form) }
      effects += absorbPicks(flow: &flow)
      flow.draft.attachments = list.items
      let (finishing, finished) = finishFirstFiles(flow: &flow)
      return Transition(effects + finishing, navigation: StageScreen.navigation(for: finished))
    case .detected(let key, let found):
      facts[key] = found
      let known = facts
      let answers = answerKeys
      modifyList {
        $0.facts = known
        $0.answerBytes = answers.compactMap { known[$0]?.size }.reduce(0, +)
      }
      let (finishing, finished) = finishFirstFiles(flow: &flow)
      return Transition(finishing, navigation: StageScreen.navigation(for: finished))
    }
  }

  /// The form, with the integration's rules as they are now (they may arrive after the screen).
  public func view(flow: Flow, size: Size) -> Screen {
    var shown = self
    shown.syncRules(flow)
    return shown.host.view(status: flow.statusText, size: size)
  }

  /// Gives the list the integration's rules and name, when they changed.
  private mutating func syncRules(_ flow: Flow) {
    let rules = flow.attachmentRules
    let name = flow.atsLabel
    guard list.rules != rules || list.toolName != name else { return }
    modifyList {
      $0.rules = rules
      $0.toolName = name
    }
  }

  /// Moves files the picker picked into the list (as the default type) — and files left marked when
  /// focus leaves the picker, so nothing marked is lost — and gives the picker a fresh start in the
  /// same directory, the highlight on the same row, so the same file can be picked again after
  /// removing it.
  private mutating func absorbPicks(flow: inout Flow) -> [Effect<AttachmentsMsg>] {
    guard let path = host.form.path(of: Self.pickerKey),
      let picker = host.form.field(at: path) as? FilePickerField
    else { return [] }
    let leftMarked = host.form.focusedField?.key != Self.pickerKey ? picker.model.marked : []
    let chosen = picker.model.picked.isEmpty ? leftMarked : picker.model.picked
    guard !chosen.isEmpty else { return [] }
    var items = list.items
    var added: [AttachmentDraft] = []
    var skipped: [String] = []
    for picked in chosen {
      if items.contains(where: { AttachmentListField.source($0) == picked }) {
        skipped.append(PathText.lastComponent(of: picked))
        continue
      }
      let item = AttachmentDraft(path: picked, type: defaultType(for: picked, among: items))
      items.append(item)
      added.append(item)
    }
    modifyList { $0.append(added) }
    let directory = picker.model.directory
    let highlighted = picker.model.current?.name
    let browsing = self.browsing
    host.form.modify(path) { $0 = Self.picker(browsing, directory: directory, focusing: highlighted) }
    let effects = PickerStart.start(Self.pickerKey, in: &host.form).map { $0.map(AttachmentsMsg.form) }
    flow.notice = Self.addedNotice(added.map(AttachmentListField.sendName), skipped: skipped)
    return effects + remember(added) + detect(added.compactMap(AttachmentListField.factsKey))
  }

  /// Adds the web address the address field submitted and clears the field.
  private mutating func absorbAddress(flow: inout Flow) -> [Effect<AttachmentsMsg>] {
    guard let path = host.form.path(of: Self.urlKey),
      let field = host.form.field(at: path) as? AttachmentURLField, let url = field.submitted
    else { return [] }
    let item = AttachmentDraft(url: url, type: defaultType(for: url, among: list.items))
    modifyList { $0.append([item]) }
    host.form.modify(path) { $0 = AttachmentURLField(key: Self.urlKey) }
    flow.notice = Self.addedNotice([AttachmentListField.sendName(item)], skipped: [])
    return []
  }

  /// Writes the folder of the last local file added, so the next picker opens there.
  private func remember(_ added: [AttachmentDraft]) -> [Effect<AttachmentsMsg>] {
    guard let path = added.compactMap(AttachmentListField.source).last(where: { $0.hasPrefix("/") }) else {
      return []
    }
    let memory = folderMemory
    return [
      .run(id: "attachments.remember-folder") {
        memory.remember(PathText.parent(of: path))
        return nil
      }
    ]
  }

  private static func addedNotice(_ added: [String], skipped: [String]) -> String {
    let addedText = added.isEmpty ? nil : "Added " + added.joined(separator: ", ") + "."
    let skippedText = skipped.isEmpty ? nil : skipped.joined(separator: ", ") + " already attached."
    return [addedText, skippedText].compactMap { $0 }.joined(separator: " ")
  }

  /// A cover letter when the name says so, else the CV while there is none, else other; then a type
  /// the integration takes and has room for (``AttachmentRuleCheck/typeForNewFile(preferred:among:)``).
  func defaultType(for source: String, among items: [AttachmentDraft]) -> Attachment.Kind {
    AttachmentRuleCheck(rules: list.rules).typeForNewFile(
      preferred: Self.defaultType(for: source, among: items), among: items.map(\.type))
  }

  /// A cover letter when the name says so, else the CV while there is none, else other.
  static func defaultType(for source: String, among items: [AttachmentDraft]) -> Attachment.Kind {
    let name = source.lowercased()
    if ["cover", "anschreiben", "motivation", "lettre"].contains(where: name.contains) {
      return .coverLetter
    }
    return items.contains { $0.type == .cv } ? .other : .cv
  }

  /// Effects sniffing each local file not asked about yet.
  private mutating func detect(_ keys: [String]) -> [Effect<AttachmentsMsg>] {
    let fileSystem = self.fileSystem
    let fresh = Set(keys).subtracting(requested)
    requested.formUnion(fresh)
    return fresh.sorted().map { key in
      let parts = key.split(separator: "\u{0}", maxSplits: 1, omittingEmptySubsequences: false).map(
        String.init)
      return .run(id: "attachments.detect:\(key)") {
        .detected(key: key, facts: FileFacts.detect(path: parts[0], name: parts[1], fileSystem: fileSystem))
      }
    }
  }

  private mutating func modifyList(_ change: (inout AttachmentListField) -> Void) {
    guard let path = host.form.path(of: Self.listKey) else { return }
    host.form.modify(path) { field in
      guard var list = field as? AttachmentListField else { return }
      change(&list)
      field = list
    }
  }
}

extension AttachmentsScreen {
  /// Embeds the attachments screen's messages.
  public static func wrap(_ message: AttachmentsMsg) -> AppMsg { .attachments(message) }
  /// The screen's own message in `message`, if it is one.
  public static func unwrap(_ message: AppMsg) -> AttachmentsMsg? {
    if case .attachments(let inner) = message { inner } else { nil }
  }
  /// Embeds the attachments screen.
  public static func wrap(_ screen: AttachmentsScreen) -> AppScreen { .attachments(screen) }
}
