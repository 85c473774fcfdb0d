public import TerminalUI

/// Where the file pickers of the attachments and questions screens start and how they read
/// directories: the real file system in the app, an in-memory one in tests.
public struct FileBrowsing: Sendable {
  /// The directory a picker opens in.
  public var directory: String
  /// The home directory, for `~` in typed paths.
  public var home: String
  /// Reads directory listings (streamed, off the update loop).
  public var reader: any DirectoryReader
  /// Whether the highlight starts on the newest file shown (the remembered folder) rather than
  /// the first entry.
  public var startsOnNewest: Bool

  /// Picker settings.
  public init(
    directory: String, home: String, reader: any DirectoryReader = LocalDirectoryReader(),
    startsOnNewest: Bool = false
  ) {
    self.directory = directory
    self.home = home
    self.reader = reader
    self.startsOnNewest = startsOnNewest
  }

  /// The attachments picker's start: the folder in `memory` while it still exists, on its newest
  /// file, else `directory` on its first entry.
  static func attachments(
    memory: PickerFolderMemory, directory: String, home: String, reader: any DirectoryReader
  ) -> FileBrowsing {
    let remembered = memory.existingFolder
    return FileBrowsing(
      directory: remembered ?? directory, home: home, reader: reader, startsOnNewest: remembered != nil)
  }
}
