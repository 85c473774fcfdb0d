/// Delivers a file picker request's events one at a time to chained field tasks, so a directory of
/// 100,000 entries reaches the form in chunks while it is still being read (a `FieldTask` returns one
/// result; each result starts the task for the next).
actor FilePickerFeed {
  private var pending: [FilePickerModel.Event] = []
  private var waiter: CheckedContinuation<FilePickerModel.Event?, Never>?
  private var isDone = false

  /// Starts running `request` against `reader`.
  init(_ request: FilePickerModel.Request, reader: any DirectoryReader) {
    Task { [weak self] in
      for await event in FilePickerLoader.events(for: request, reader: reader) {
        guard let self else { return }
        await self.push(event)
      }
      await self?.finish()
    }
  }

  /// The next event, or nil when there are no more or the waiting task is cancelled. Chunks waiting
  /// together are merged into one.
  func next() async -> FilePickerModel.Event? {
    if !pending.isEmpty {
      var first = pending.removeFirst()
      while case .chunk(let id, let entries) = first, case .chunk(let nextID, let more)? = pending.first,
        nextID == id
      {
        pending.removeFirst()
        first = .chunk(id: id, entries + more)
      }
      return first
    }
    if isDone || Task.isCancelled { return nil }
    return await withTaskCancellationHandler {
      await withCheckedContinuation { waiter = $0 }
    } onCancel: {
      Task { await self.abandonWaiter() }
    }
  }

  /// Ends the wait of a cancelled reader with nil (the events stay queued for a later `next`).
  private func abandonWaiter() {
    waiter?.resume(returning: nil)
    waiter = nil
  }

  private func push(_ event: FilePickerModel.Event) {
    if let waiter {
      self.waiter = nil
      waiter.resume(returning: event)
    } else {
      pending.append(event)
    }
  }

  private func finish() {
    isDone = true
    waiter?.resume(returning: nil)
    waiter = nil
  }
}

/// One event from a feed, handed back to the file picker field with the feed to read on from.
struct FilePickerDelivery: Sendable {
  let event: FilePickerModel.Event
  let feed: FilePickerFeed
}
