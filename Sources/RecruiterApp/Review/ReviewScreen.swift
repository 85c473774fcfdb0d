import ApplyCore
import KomboAPI
public import TerminalUI

/// The review screen's messages.
public enum ReviewMsg: Sendable {
  /// The check of the draft finished.
  case checked(ReviewCheck)
}

/// The review step: everything on one scrollable page with every validation problem at the top. The
/// core's validator runs in an effect (it reads the files); Enter on a problem opens the screen and
/// field it belongs to; Submit is blocked while there are errors (warnings are shown and allowed); the
/// request body can be shown as it will be sent, with embedded files shortened.
///
/// Keys: Tab/Shift-Tab move between problems and buttons, ↑/↓, PgUp/PgDn, Home/End (and space)
/// scroll, Enter opens or presses, ctrl+s submits, b shows the body, Esc goes back.
public struct ReviewScreen: RecruiterScreen {
  /// Where files are read.
  let fileSystem: any FileSystem
  /// The check, once it finished.
  public private(set) var check: ReviewCheck?
  /// Whether the request body shows instead of the summary.
  public private(set) var showsBody = false
  /// The rows, scroll and selection.
  private(set) var page = ReviewPage()
  /// Why the last Submit did nothing, shown on the status bar.
  private(set) var blockedNotice: String?
  /// The size the page was laid out for.
  private var laidOut = Size(width: 0, height: 0)

  /// The review of the draft in `flow`.
  public init(flow: Flow, services: RecruiterServices) {
    self.init(flow: flow, fileSystem: services.fileSystem)
  }

  /// The review reading files through `fileSystem`.
  init(flow: Flow, fileSystem: any FileSystem) {
    self.fileSystem = fileSystem
    layout(flow: flow, size: flow.size)
  }

  /// Nothing is typed here, so `?` opens the help.
  public var isTyping: Bool { false }

  /// The keys of the page.
  public var keyHelp: [KeyHelp] {
    let enter: String =
      switch page.selectedAction {
      case .jump?: "open field"
      case .submit?: "submit"
      case .toggleBody?: showsBody ? "hide body" : "show body"
      case nil: "select"
      }
    return [
      KeyHelp("enter", enter), KeyHelp("tab", "next"), KeyHelp("↑/↓ pgup/pgdn", "scroll"),
      KeyHelp("ctrl+s", "submit"),
      KeyHelp("b", "body"), KeyHelp("esc", "back"),
    ]
  }

  /// Runs the check.
  public mutating func appear(flow: inout Flow) -> Transition<ReviewMsg> {
    let draft = flow.draft
    let job = flow.job
    let today = flow.dayForRules
    let fileSystem = self.fileSystem
    let rules = flow.attachmentRules
    return Transition([
      .run(id: "review.check") {
        .checked(
          ReviewCheck.run(
            draft: draft, job: job, today: today, fileSystem: fileSystem, attachmentRules: rules))
      }
    ])
  }

  /// Keys move, scroll, open, submit and go back.
  public mutating func handle(_ event: InputEvent, flow: inout Flow) -> Transition<ReviewMsg> {
    switch event {
    case .resize(let size):
      layout(flow: flow, size: size)
      return .none
    case .key(let key):
      return handle(key, flow: &flow)
    default:
      return .none
    }
  }

  private mutating func handle(_ key: KeyPress, flow: inout Flow) -> Transition<ReviewMsg> {
    blockedNotice = nil
    switch key {
    case .tab:
      _ = page.moveSelection(forward: true)
    case .backTab:
      if !page.moveSelection(forward: false) { return .navigate(.back) }
    case .escape:
      return .navigate(.back)
    case KeyPress(.up), .character("k"): page.scroll(by: -1)
    case KeyPress(.down), .character("j"): page.scroll(by: 1)
    case KeyPress(.pageUp): page.scroll(by: -page.height + 1)
    case KeyPress(.pageDown), .character(" "): page.scroll(by: page.height - 1)
    case KeyPress(.home), .character("g"): page.scroll(by: -page.lines.count)
    case KeyPress(.end), .character("G"): page.scroll(by: page.lines.count)
    case .control("s"): return submit(flow: &flow)
    case .character("b"): toggleBody(flow: flow)
    case .enter:
      switch page.selectedAction {
      case .jump(let path)?: return .navigate(.edit(path))
      case .submit?: return submit(flow: &flow)
      case .toggleBody?: toggleBody(flow: flow)
      case nil: break
      }
    default: break
    }
    return .none
  }

  /// Goes on to sending when the check found no errors; otherwise says why not.
  private mutating func submit(flow: inout Flow) -> Transition<ReviewMsg> {
    guard let check else {
      blockedNotice = "Still checking the application; submit again in a moment."
      return .none
    }
    guard check.report.isValid else {
      let count = check.report.errors.count
      blockedNotice =
        "Fix the \(count) problem\(count == 1 ? "" : "s") listed at the top first; Enter on one opens it."
      if let first = page.selectable.first { page.select(page.lines[first].action ?? .submit) }
      return .none
    }
    return .navigate(.next)
  }

  private mutating func toggleBody(flow: Flow) {
    showsBody.toggle()
    layout(flow: flow, size: flow.size, preferring: .toggleBody)
  }

  /// The check's result.
  public mutating func update(_ message: ReviewMsg, flow: inout Flow) -> Transition<ReviewMsg> {
    switch message {
    case .checked(let result):
      check = result
      let first = (result.report.errors + result.report.warnings).first.map {
        ReviewLine.Action.jump($0.path)
      }
      layout(flow: flow, size: flow.size, preferring: first ?? .submit)
      return .none
    }
  }

  /// The page area at `size`: below the header, above the help line and status bar.
  static func area(_ size: Size) -> Rect {
    let width = min(max(0, size.width - 2), 110)
    return Rect(x: 1, y: 2, width: width, height: max(1, size.height - 4))
  }

  private mutating func layout(flow: Flow, size: Size, preferring action: ReviewLine.Action? = nil) {
    page = laidOutPage(flow: flow, size: size, preferring: action)
    laidOut = size
  }

  private func laidOutPage(flow: Flow, size: Size, preferring action: ReviewLine.Action?) -> ReviewPage {
    let area = Self.area(size)
    var page = self.page
    let lines = ReviewContent.lines(flow: flow, check: check, showsBody: showsBody, width: area.width - 4)
    page.setLines(lines, height: area.height, preferring: action)
    return page
  }

  /// The page (laid out again when drawn at another size than the last resize), and the status bar
  /// with the scroll position.
  public func view(flow: Flow, size: Size) -> Screen {
    var screen = Screen(size: size)
    let page = size == laidOut ? self.page : laidOutPage(flow: flow, size: size, preferring: nil)
    screen.withCanvas(origin: Self.area(size).origin, clip: Self.area(size)) {
      page.render(in: &$0, focused: true)
    }
    AppChrome.drawStatus(on: &screen, text: blockedNotice ?? flow.statusText, right: page.position)
    return screen
  }
}

extension ReviewScreen {
  /// Embeds the review screen's messages.
  public static func wrap(_ message: ReviewMsg) -> AppMsg { .review(message) }
  /// The screen's own message in `message`, if it is one.
  public static func unwrap(_ message: AppMsg) -> ReviewMsg? {
    if case .review(let inner) = message { inner } else { nil }
  }
  /// Embeds the review screen.
  public static func wrap(_ screen: ReviewScreen) -> AppScreen { .review(screen) }
}
