import ApplyCore
import Foundation
import PropertyBased
import TerminalUI
import Testing

@testable import RecruiterApp

/// Random streams of keys, pastes and resizes through the whole program: nothing traps, every view
/// has exactly the terminal's size with the cursor inside it, and the draft stays the draft of the
/// screen the keys went to.
@Suite struct AppPropertyTests {
  static let events: [InputEvent] = {
    let keys: [KeyPress] = [
      .character("a"), .character("Z"), .character("ë"), .character("山"), .character("@"), .character("."),
      .character(" "), .character("?"), .character("y"), .character("n"), .character("q"), .character("e"),
      .character("{"), .character("\""), .enter, .tab, .backTab, .escape, .backspace, KeyPress(.up),
      KeyPress(.down),
      KeyPress(.left), KeyPress(.right), KeyPress(.home), KeyPress(.end), KeyPress(.pageDown),
      KeyPress(.pageUp),
      .control("s"), .control("t"), .control("r"), .control("x"), .control("u"), .control("o"), .control("c"),
      KeyPress(.function(1)), KeyPress(.function(2)), KeyPress(.function(5)),
    ]
    let pastes = ["ada@example.com", "\u{1B}[31mred\u{1B}[0m\nline", String(repeating: "Zoë ", count: 50)]
    let sizes = [
      Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 79, height: 30),
      Size(width: 200, height: 24),
    ]
    return keys.map { InputEvent.key($0) } + pastes.map(InputEvent.paste) + sizes.map(InputEvent.resize)
  }()

  static let streams = Gen.int(in: 0...(events.count - 1)).array(of: 0...150)

  /// On the candidate step, the draft holds exactly what the form shows: mapping the form onto the
  /// draft again changes nothing.
  static func expectDraftFollowsTheCandidateForm(_ model: AppModel) {
    guard case .candidate(let screen) = model.screen else { return }
    var remapped = model.flow.draft
    CandidateMapping.apply(screen.host.form, to: &remapped, slug: model.flow.toolSlug)
    #expect(remapped == model.flow.draft, "the draft and the candidate form disagree")
  }

  @Test func keyStreamsNeverCrashAndEveryViewFitsItsSize() async throws {
    let environment = try AppTestEnvironment()
    let start = await AppDriver(environment)
    await propertyCheck(count: 120, input: Self.streams) { indexes in
      var driver = start
      var size = Size(width: 80, height: 24)
      for index in indexes {
        let event = Self.events[index]
        if case .resize(let newSize) = event { size = newSize }
        await driver.send(event)
        if driver.model.exit != nil { driver.model.exit = nil }
        let screen = driver.program.view(driver.model, size: size)
        #expect(screen.size == size)
        if let cursor = screen.cursor { #expect(screen.bounds.contains(cursor)) }
        #expect(!screen.text.contains("\u{1B}"))
        Self.expectDraftFollowsTheCandidateForm(driver.model)
      }
    }
  }
}
