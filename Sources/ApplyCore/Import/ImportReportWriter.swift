import CSV
import Foundation
import TextSafety

/// `--report results.csv`: one row per input row (row, email, status, application id, error code,
/// message), in row order, written 0600 (it holds candidates' emails).
///
/// Messages come from Kombo and the ATS: control characters are removed, and a message that a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is prefixed with `'`.
public enum ImportReportWriter {
  /// The header row.
  public static let header = ["row", "email", "status", "application_id", "error_code", "message"]

  /// Writes `results` sorted by row to `path`.
  public static func write(_ results: [ImportRowResult], to path: String) throws(ImportFileError) {
    do {
      try PrivateFiles.ensureFile(path)
    } catch {
      throw .unreadable(path: path, reason: "it cannot be created: \(error.description)")
    }
    guard let stream = OutputStream(toFileAtPath: path, append: false) else {
      throw .unreadable(path: path, reason: "it cannot be opened for writing")
    }
    do {
      let writer = try CSVWriter(stream: stream)
      try writer.write(row: header)
      for result in results.sorted(by: { $0.row < $1.row }) {
        try writer.write(row: [
          String(result.row), result.email, result.statusName, result.applicationID ?? "",
          result.errorCode ?? "", cell(result.message),
        ])
      }
      writer.stream.close()
    } catch {
      throw .unreadable(path: path, reason: "writing it failed: \(error)")
    }
  }

  /// `text` safe for a spreadsheet cell.
  static func cell(_ text: String) -> String {
    let line = Sanitizer.line(text, limit: 2000)
    guard let first = line.first, "=+-@".contains(first) else { return line }
    return "'" + line
  }
}
