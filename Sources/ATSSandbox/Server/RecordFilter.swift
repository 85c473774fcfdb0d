import Foundation
import GRDB
import KomboAPI

/// The filters `GET /ats/candidates` and `GET /ats/applications` share beyond ids and jobs, as SQL
/// over the stored wire JSON (`remote_id`, `changed_at`, `remote_created_at`, `remote_deleted_at`).
struct RecordFilter: Sendable, Equatable {
  /// Whether records with `remote_deleted_at` set are listed (`include_deleted`).
  var includeDeleted = false
  /// Only records whose `changed_at` is later than this (`updated_after`).
  var updatedAfter: Date?
  /// Only records the ATS created at or after this (`remote_created_after`).
  var remoteCreatedAfter: Date?
  /// Only records with one of these remote ids (`remote_ids`).
  var remoteIDs: [String]?
  /// Only candidates with this first name, case-insensitively (`first_name`).
  var firstName: String?
  /// Only candidates with this last name, case-insensitively (`last_name`).
  var lastName: String?

  /// The SQL name of the case-folding function the store registers (Unicode-aware, unlike `lower`).
  static let foldFunction = DatabaseFunction("sandbox_fold", argumentCount: 1, pure: true) { values in
    String.fromDatabaseValue(values[0])?.lowercased()
  }

  /// The `WHERE` clauses and their arguments.
  var clauses: [(sql: String, arguments: StatementArguments)] {
    func field(_ key: String) -> String { "json_extract(CAST(payload AS TEXT), '$.\(key)')" }
    var clauses: [(sql: String, arguments: StatementArguments)] = []
    if !includeDeleted { clauses.append(("\(field("remote_deleted_at")) IS NULL", [])) }
    if let updatedAfter {
      clauses.append(("\(field("changed_at")) > ?", [KomboTimestamp(updatedAfter).iso8601]))
    }
    if let remoteCreatedAfter {
      clauses.append(("\(field("remote_created_at")) >= ?", [KomboTimestamp(remoteCreatedAfter).iso8601]))
    }
    if let remoteIDs {
      let marks = Array(repeating: "?", count: remoteIDs.count).joined(separator: ",")
      clauses.append(("\(field("remote_id")) IN (\(marks))", StatementArguments(remoteIDs)))
    }
    for (key, name) in [("first_name", firstName), ("last_name", lastName)] {
      guard let name else { continue }
      clauses.append(("sandbox_fold(\(field(key))) = ?", [name.lowercased()]))
    }
    return clauses
  }
}
