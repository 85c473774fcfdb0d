public import ApplyCore
public import Foundation
import KomboAPI
public import TerminalUI

/// Where the app is connected, for the header and the submission records.
public struct BackendInfo: Sendable, Equatable {
  /// Where the client points (never includes the key), e.g. `https://api.kombo.dev/v1`.
  public var label: String
  /// Whether this is the embedded sandbox rather than a configured API.
  public var isSandbox: Bool
  /// The integration every `/ats/*` call goes through.
  public var integrationID: String?
  /// What the status bar must keep showing, e.g. that the sandbox stands in for an integration it lacks.
  public var notice: String?

  /// Backend facts.
  public init(label: String, isSandbox: Bool, integrationID: String?, notice: String? = nil) {
    self.label = label
    self.isSandbox = isSandbox
    self.integrationID = integrationID
    self.notice = notice
  }

  /// The tool slug of the integration id (`greenhouse` of `greenhouse:abc…`), if any.
  public var toolSlug: String? {
    integrationID.flatMap { $0.split(separator: ":", maxSplits: 1).first.map(String.init) }
  }
}

/// Everything the app's effects need from the outside world. `update` and `view` never touch these;
/// only effects do. The executable builds the real ones; tests build them over an in-memory transport,
/// a temporary SQLite file, an in-memory file system and a manual clock.
public struct RecruiterServices: Sendable {
  /// Kombo's API (or the sandbox).
  public var client: any KomboClient
  /// Sends confirmed submissions through the ledger.
  public var submitter: Submitter
  /// Autosaved drafts.
  public var drafts: DraftStore
  /// Writes drafts in revision order (autosave and the final save at exit), locked against other instances.
  public var draftRepository: DraftRepository
  /// The outbox.
  public var ledger: Ledger
  /// Successful submissions.
  public var history: HistoryStore
  /// Attachment and FILE-answer reads (validation, request building).
  public var fileSystem: any FileSystem
  /// Directory listings for the file picker.
  public var directoryReader: any DirectoryReader
  /// The user's home directory (file picker).
  public var homeDirectory: String
  /// The directory the app was started in (file picker's first directory).
  public var workingDirectory: String
  /// The folder the attachments picker last added a file from (it opens there next time).
  public var pickerFolder: PickerFolderMemory
  /// The time source; "now" reaches the model only through messages.
  public var clock: any WallClock
  /// The zone times are shown in ("draft saved 14:02:11").
  public var timeZone: TimeZone
  /// Where the app is connected.
  public var backend: BackendInfo
  /// A value unique to this run, from which draft ids are derived without randomness in `update`.
  public var sessionSeed: String
  /// Jobs asked for per page (1…250).
  public var jobPageSize: Int

  /// Services over one state database: the ledger, history and drafts all live in `database`.
  public init(
    client: any KomboClient, database: StateDatabase, submitter: Submitter? = nil,
    fileSystem: any FileSystem = LocalFileSystem(),
    directoryReader: any DirectoryReader = LocalDirectoryReader(),
    homeDirectory: String, workingDirectory: String,
    pickerFolder: PickerFolderMemory = PickerFolderMemory(stateDirectory: nil),
    clock: any WallClock = SystemClock(),
    timeZone: TimeZone = .current, backend: BackendInfo, sessionSeed: String, jobPageSize: Int = 100
  ) {
    self.client = client
    let ledger = Ledger(database: database)
    self.ledger = ledger
    self.submitter =
      submitter
      ?? Submitter(client: client, ledger: ledger, clock: clock, integrationID: backend.integrationID)
    let drafts = DraftStore(database: database)
    self.drafts = drafts
    self.draftRepository = DraftRepository(database: database, clock: clock)
    self.history = HistoryStore(database: database)
    self.fileSystem = fileSystem
    self.directoryReader = directoryReader
    self.homeDirectory = homeDirectory
    self.workingDirectory = workingDirectory
    self.pickerFolder = pickerFolder
    self.clock = clock
    self.timeZone = timeZone
    self.backend = backend
    self.sessionSeed = sessionSeed
    self.jobPageSize = jobPageSize
  }
}
