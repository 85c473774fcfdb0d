import SnapshotTesting
import Testing

@testable import TerminalUI

/// Text snapshots of a small form: plain text, and the resolved look in the default theme (16
/// colours) and in mono (what NO_COLOR gives), at 80×24 and 120×40. Re-record with
/// `SNAPSHOT_TESTING_RECORD=all swift test --filter FormSnapshotTests`.
@Suite struct FormSnapshotTests {
  /// Name typed, an invalid email with its message showing, focus on the email.
  static func filledForm(size: Size) -> Form {
    var form = sampleForm()
    _ = form.update(.event(.resize(size)))
    form.type("Zoë Łukasiewicz")
    form.send(.key(.tab))
    form.type("zoe-at-example")
    form.send(.key(.tab))
    return form
  }

  @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
  func formLooks(size: Size) throws {
    let screen = Self.filledForm(size: size).view(size: size)
    let name = "\(size.width)x\(size.height)"
    let theme = try #require(ThemeLoader.bundled("default"))
    assertSnapshot(of: screen.text, as: .lines, named: "\(name)-text")
    assertSnapshot(
      of: screen.styledText(label: theme.dumpLabel(depth: .ansi16)), as: .lines, named: "\(name)-default")
    assertSnapshot(
      of: screen.styledText(label: theme.dumpLabel(depth: .mono)), as: .lines, named: "\(name)-mono")
  }

  @Test func dialogAndTooSmall() {
    var form = Self.filledForm(size: Size(width: 80, height: 24))
    form.send(.key(.control("c")))
    assertSnapshot(of: form.view(size: form.size).text, as: .lines, named: "discard-dialog")
    assertSnapshot(of: form.view(size: Size(width: 60, height: 12)).text, as: .lines, named: "too-small")
  }
}
