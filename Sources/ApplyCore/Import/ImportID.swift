import Crypto
public import Foundation

/// An import's identity: a SHA-256 of the file's content, the job, the stage and the mapping. Running
/// the same import again (after a crash, Ctrl-C or kill -9) gives the same id, and with it the same
/// submission id for every row, which is how a rerun finds what the earlier run recorded.
public struct ImportID: Sendable, Hashable, CustomStringConvertible {
  /// The digest, lowercase hex.
  public let hex: String

  /// The id of importing `path` (read in 1 MB pieces) with these settings.
  public init(plan: ImportPlan) throws(ImportFileError) {
    var hasher = SHA256()
    let settings = [
      "kombo-apply import 1", plan.jobReference.trimmed, plan.stageID ?? "", plan.format.rawValue,
      plan.delimiter.map { String($0) } ?? "",
      plan.renames.map { "\($0.column)=\($0.field?.description ?? "")" }.joined(separator: "\u{1F}"),
    ].joined(separator: "\u{1E}")
    hasher.update(data: Data(settings.utf8))
    hasher.update(data: Data([0]))
    guard let handle = FileHandle(forReadingAtPath: plan.path) else {
      throw .unreadable(path: plan.path, reason: "it cannot be opened")
    }
    defer { try? handle.close() }
    while true {
      let chunk: Data
      do {
        chunk = try handle.read(upToCount: 1 << 20) ?? Data()
      } catch {
        throw .unreadable(path: plan.path, reason: error.localizedDescription)
      }
      if chunk.isEmpty { break }
      hasher.update(data: chunk)
    }
    hex = hasher.finalize().map { String(format: "%02x", $0) }.joined()
  }

  /// The first 12 hex digits, for people.
  public var description: String { String(hex.prefix(12)) }

  /// The submission id of row `number`: the same on every run of this import.
  public func submissionID(row number: Int) -> UUID {
    var bytes = Array(SHA256.hash(data: Data("\(hex):\(number)".utf8)).prefix(16))
    bytes[6] = (bytes[6] & 0x0F) | 0x50
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    return UUID(
      uuid: (
        bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
        bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
      ))
  }
}
