import Testing

@testable import TerminalUI

/// A directory whose listing never ends (a stalled network mount).
private struct StalledReader: DirectoryReader {
  func entries(of directory: String, chunkSize: Int) -> AsyncThrowingStream<[FileEntry], any Error> {
    AsyncThrowingStream { _ in }
  }
  func kind(of path: String) async -> FileEntry.Kind? { nil }
}

/// A feed whose reader is cancelled while it waits hands back nil instead of hanging the task.
@Suite struct FilePickerFeedTests {
  @Test(.timeLimit(.minutes(1))) func aCancelledWaitEndsWithNothing() async {
    let feed = FilePickerFeed(
      FilePickerModel.Request(id: 1, kind: .list("/stalled")), reader: StalledReader())
    let waiting = Task { await feed.next() }
    try? await Task.sleep(for: .milliseconds(50))
    waiting.cancel()
    #expect(await waiting.value == nil, "the cancelled wait returns (a hang here is the defect)")
  }
}
