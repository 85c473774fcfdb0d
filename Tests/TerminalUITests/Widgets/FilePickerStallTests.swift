import TerminalUITesting
import Testing

@testable import TerminalUI

/// A directory whose listing never ends (a stalled network mount).
private struct StalledReader: DirectoryReader {
  func entries(of directory: String, chunkSize: Int) -> AsyncThrowingStream<[FileEntry], any Error> {
    AsyncThrowingStream { _ in }
  }
  func kind(of path: String) async -> FileEntry.Kind? { nil }
}

/// The picker's listing is a streaming field task: cancelling it (the user left the screen, or a newer
/// listing replaced it) ends the work instead of leaving it waiting on the reader forever.
@Suite struct FilePickerStallTests {
  @Test(.timeLimit(.minutes(1))) func aCancelledListingOfAStalledDirectoryEnds() async throws {
    var field = FilePickerField(
      FieldInfo(key: "cv", title: "CV"), directory: "/stalled", home: "/", reader: StalledReader())
    let task = try #require(field.handle(.paste("")).tasks.first, "the first event starts the listing")
    let effect = task.effect(forField: "cv")
    #expect(effect.workID == "field:cv:list")
    let running = Task { await effect.messages() }
    try await Task.sleep(for: .milliseconds(50))
    running.cancel()
    #expect(await running.value.isEmpty, "the cancelled listing returns (a hang here is the defect)")
  }
}
