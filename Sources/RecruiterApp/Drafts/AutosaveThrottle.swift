public import Foundation

/// The timing of draft autosaving: a pure state machine that says when to save, so that a
/// crash or `kill -9` loses at most `interval` of typing.
///
/// - A change arms a timer `interval` after the *first* unsaved change; further typing does not
///   push it back (a throttle, not a debounce), so continuous typing still saves every `interval`.
/// - A screen or focus change saves at once (`flush`).
/// - One save runs at a time (two writers could land out of order and regress the draft); a save
///   wanted while one runs starts as soon as it finishes.
/// - A failed save is kept on show (`failure`) and retried after `interval`; it is never dropped.
///
/// Time never enters: the owner turns `Command`s into effects (a timer, a save of the current
/// draft) and reports back with `timerFired`, `saved` and `failed`.
public struct AutosaveThrottle: Sendable, Equatable {
  /// The longest time typing stays unsaved.
  public static let interval: Duration = .seconds(2)

  /// What the owner should do.
  public enum Command: Sendable, Equatable {
    /// Start (or restart) the timer; report `timerFired()` after the duration.
    case armTimer(Duration)
    /// Stop the timer (a save is starting anyway).
    case cancelTimer
    /// Save the draft as it is now, tagged with `revision`; report `saved` or `failed`.
    case save(revision: Int)
  }

  /// Bumped by every change of the draft.
  public private(set) var revision = 0
  /// The newest revision known to be on disk.
  public private(set) var savedRevision = 0
  /// The revision being written, while a save runs.
  public private(set) var savingRevision: Int?
  /// Whether a timer is armed.
  public private(set) var timerArmed = false
  /// When the draft was last saved.
  public private(set) var lastSaved: Date?
  /// Why the last save failed, until one succeeds.
  public private(set) var failure: String?
  /// Whether a save was asked for while another one ran.
  private var saveQueued = false

  /// A draft with nothing unsaved (new, or just loaded from disk at `loadedAt`).
  public init(loadedAt: Date? = nil) {
    lastSaved = loadedAt
  }

  /// Whether the draft has changes not yet on disk.
  public var isDirty: Bool { revision > savedRevision }

  /// The draft changed.
  public mutating func changed() -> [Command] {
    revision += 1
    guard !timerArmed else { return [] }
    timerArmed = true
    return [.armTimer(Self.interval)]
  }

  /// The screen or focused field changed (or the app is about to leave): save now if needed.
  public mutating func flush() -> [Command] {
    guard isDirty else { return [] }
    let cancel: [Command] = timerArmed ? [.cancelTimer] : []
    timerArmed = false
    return cancel + startSave()
  }

  /// The timer armed by `changed` (or a retry) went off.
  public mutating func timerFired() -> [Command] {
    timerArmed = false
    guard isDirty else { return [] }
    return startSave()
  }

  /// The save of `revision` reached the disk at `date`.
  public mutating func saved(revision saved: Int, at date: Date) -> [Command] {
    guard savingRevision == saved else { return [] }
    savingRevision = nil
    savedRevision = max(savedRevision, saved)
    lastSaved = date
    failure = nil
    return afterSave()
  }

  /// The save of `revision` failed with `message` (no draft content in it): shown, then retried.
  public mutating func failed(revision failedRevision: Int, message: String) -> [Command] {
    guard savingRevision == failedRevision else { return [] }
    savingRevision = nil
    failure = message
    if saveQueued {
      saveQueued = false
      return startSave()
    }
    guard !timerArmed else { return [] }
    timerArmed = true
    return [.armTimer(Self.interval)]
  }

  /// The draft was saved by other means (a synchronous save on exit), replaced by a saved one, or had
  /// nothing worth saving: no save is in flight any more (a later change saves again).
  public mutating func markSaved(at date: Date) {
    savingRevision = nil
    savedRevision = revision
    lastSaved = date
    failure = nil
    saveQueued = false
  }

  private mutating func startSave() -> [Command] {
    guard savingRevision == nil else {
      saveQueued = true
      return []
    }
    saveQueued = false
    savingRevision = revision
    return [.save(revision: revision)]
  }

  private mutating func afterSave() -> [Command] {
    guard isDirty else {
      saveQueued = false
      return []
    }
    if saveQueued {
      let cancel: [Command] = timerArmed ? [.cancelTimer] : []
      timerArmed = false
      return cancel + startSave()
    }
    if timerArmed { return [] }
    timerArmed = true
    return [.armTimer(Self.interval)]
  }
}
