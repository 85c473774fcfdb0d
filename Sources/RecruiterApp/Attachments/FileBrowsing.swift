import TerminalUI

/// Where the file pickers of the attachments and questions screens start and how they read
/// directories: the real file system in the app, an in-memory one in tests.
public struct FileBrowsing: Sendable {
  /// The directory a picker opens in.
  public var directory: String
  /// The home directory, for `~` in typed paths.
  public var home: String
  /// Reads directory listings (streamed, off the update loop).
  public var reader: any DirectoryReader

  /// Picker settings.
  public init(directory: String, home: String, reader: any DirectoryReader = LocalDirectoryReader()) {
    self.directory = directory
    self.home = home
    self.reader = reader
  }
}
