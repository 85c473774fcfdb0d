/// Runs a file picker's `Request`s against a `DirectoryReader`, producing the `Event`s to feed back.
///
/// A listing arrives as many `.chunk` events followed by `.finished` (or `.failed`), so the UI can
/// draw the first entries of a 100,000-entry directory while the rest is still being read.
public enum FilePickerLoader {
  /// The events answering `request`, in order. Stops reading when the consumer stops iterating.
  public static func events(
    for request: FilePickerModel.Request, reader: any DirectoryReader
  ) -> AsyncStream<FilePickerModel.Event> {
    AsyncStream { continuation in
      let task = Task {
        switch request.kind {
        case .list(let directory):
          do {
            for try await chunk in reader.entries(of: directory, chunkSize: FilePickerModel.chunkSize) {
              if Task.isCancelled { break }
              continuation.yield(.chunk(id: request.id, chunk))
            }
            continuation.yield(.finished(id: request.id))
          } catch let error as DirectoryReadError {
            continuation.yield(.failed(id: request.id, error))
          } catch {
            continuation.yield(
              .failed(id: request.id, DirectoryReadError(path: directory, reason: .other("\(error)"))))
          }
        case .examine(let path):
          continuation.yield(.examined(id: request.id, path: path, await reader.kind(of: path)))
        }
        continuation.finish()
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }
}
