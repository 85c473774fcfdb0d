import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Opening an import file: the checks both formats share, and the format a path names.
public enum ImportFile {
  /// The two formats an import reads.
  public enum Format: String, Sendable, Equatable, CaseIterable {
    /// Comma-, semicolon- or tab-separated values with a header row.
    case csv
    /// One JSON object per line.
    case jsonl
  }

  /// The format of `path` by its extension: `.jsonl`/`.ndjson` are JSONL, everything else CSV.
  public static func format(of path: String) -> Format {
    switch (path as NSString).pathExtension.lowercased() {
    case "jsonl", "ndjson": .jsonl
    default: .csv
    }
  }

  /// Opens `path` in its format (`delimiter` applies to CSV; `nil` detects it).
  public static func open(
    _ path: String, format: Format, delimiter: UnicodeScalar? = nil
  ) throws(ImportFileError) -> any ImportRowSource {
    switch format {
    case .csv: try CSVRowSource(path: path, delimiter: delimiter)
    case .jsonl: try JSONLRowSource(path: path)
    }
  }

  /// Throws unless `path` is a regular file that can be read (a FIFO is refused, not waited on).
  static func checkRegular(_ path: String) throws(ImportFileError) {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw .unreadable(
        path: path, reason: errno == ENOENT || errno == ENOTDIR ? "no such file" : "cannot stat it")
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR:
      throw .unreadable(path: path, reason: "it is a directory; give the path of a CSV or JSONL file")
    default: throw .unreadable(path: path, reason: "it is not a regular file (a device, FIFO or socket)")
    }
    guard access(path, R_OK) == 0 else { throw .unreadable(path: path, reason: "permission denied") }
  }
}
