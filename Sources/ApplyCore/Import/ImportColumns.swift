import Foundation
public import KomboAPI
import TextSafety

/// The columns of an import file resolved to fields: from the header row, the `--map` renames and the
/// job's screening questions (for `answer:` columns).
///
/// Problems with the header as a whole (two columns for one field, a question the job does not have, a
/// required field without a column) stop the import before any row is read; columns that name no field
/// are listed as a warning and never sent.
public struct ImportColumns: Sendable, Equatable {
  /// One `--map COLUMN=FIELD`: the column (as in the header, compared like field names) and the field
  /// it fills, or `nil` for `COLUMN=` (ignore the column without a warning).
  public struct Rename: Sendable, Hashable {
    /// The header of the column.
    public var column: String
    /// The field it fills; `nil` to ignore it.
    public var field: ImportField?

    /// Parses `COLUMN=FIELD`; the message names what is wrong and what is allowed.
    public init(parsing text: String) throws(ImportProblem) {
      guard let equals = text.firstIndex(of: "=") else {
        throw ImportProblem(
          column: nil,
          message: "--map \(Sanitizer.line(text, limit: 80).debugDescription) is not COLUMN=FIELD, "
            + "e.g. --map \"E-Mail=email\"")
      }
      column = text[..<equals].trimmingCharacters(in: .whitespaces)
      let target = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      guard !column.isEmpty else {
        throw ImportProblem(column: nil, message: "--map \(text.debugDescription): the column name is empty")
      }
      if target.isEmpty {
        field = nil
        return
      }
      guard let field = ImportField(name: target) else {
        throw ImportProblem(
          column: nil,
          message: "--map \(Sanitizer.line(text, limit: 80).debugDescription): \(target.debugDescription) is "
            + "not a field; use one of \(ImportField.fixed.map(\.description).joined(separator: ", ")) "
            + "or answer:<question id or title>")
      }
      self.field = field
    }

    /// A rename of `column` to `field`.
    public init(column: String, field: ImportField?) {
      self.column = column
      self.field = field
    }
  }

  /// The header row as it is in the file.
  public let header: [String]
  /// The field of each column (`nil`: not sent); answers carry the question id.
  public let fields: [ImportField?]
  /// Headers that name no field (and were not ignored with `--map COLUMN=`).
  public let unknown: [String]

  /// Fields every application needs a column for.
  public static let required: [ImportField] = [.firstName, .lastName, .email]

  /// Resolves `header` with `renames` against `job` (`nil`: the job's questions are not known, so
  /// `answer:` columns are refused). Throws every problem with the header at once.
  public init(header: [String], renames: [Rename] = [], job: Job?) throws(ImportHeaderProblems) {
    var problems: [ImportProblem] = []
    var fields: [ImportField?] = []
    var unknown: [String] = []
    var usedRenames = Set<Int>()
    var seen: [ImportField: String] = [:]
    for column in header {
      let folded = ImportField.folded(column)
      let renameIndex = renames.lastIndex { ImportField.folded($0.column) == folded }
      var field: ImportField?
      if let renameIndex {
        usedRenames.insert(renameIndex)
        field = renames[renameIndex].field
      } else {
        field = ImportField(name: column)
        if field == nil, !column.trimmingCharacters(in: .whitespaces).isEmpty { unknown.append(column) }
      }
      if case .answer(let question) = field {
        switch Self.question(question, in: job) {
        case .found(let id): field = .answer(id)
        case .missing(let problem):
          problems.append(ImportProblem(column: column, message: problem))
          field = nil
        }
      }
      if let found = field {
        if let earlier = seen[found] {
          problems.append(
            ImportProblem(
              column: column,
              message: "fills \(found.displayName) like column \(earlier.debugDescription); give each field "
                + "one column, or ignore one with --map \"\(column)=\""))
          field = nil
        } else {
          seen[found] = column
        }
      }
      fields.append(field)
    }
    for (index, rename) in renames.enumerated() where !usedRenames.contains(index) {
      problems.append(
        ImportProblem(
          column: nil,
          message: "--map \(rename.column.debugDescription): the file has no such column; its columns are "
            + header.map { $0.debugDescription }.joined(separator: ", ")))
    }
    let missing = Self.required.filter { seen[$0] == nil }
    if !missing.isEmpty {
      problems.append(
        ImportProblem(
          column: nil,
          message: "no column for \(missing.map(\.description).joined(separator: ", ")) (every application "
            + "needs first_name, last_name and email); name the columns so, or use --map COLUMN=FIELD"))
    }
    guard problems.isEmpty else { throw ImportHeaderProblems(problems: problems) }
    self.header = header
    self.fields = fields
    self.unknown = unknown
  }

  /// The header of the column filling `field`, if any.
  public func column(for field: ImportField) -> String? {
    fields.firstIndex(of: field).map { header[$0] }
  }

  /// The id of the question `text` names (its id, or its exact title ignoring case), or why none.
  private static func question(_ text: String, in job: Job?) -> QuestionLookup {
    guard let job else {
      return .missing(
        "the job is not known to Kombo yet, so its questions cannot be read; use its Kombo id")
    }
    let questions = job.screeningQuestions
    if let match = questions.first(where: { $0.id == text }) { return .found(match.id) }
    let titled = questions.filter {
      ($0.title ?? "").trimmingCharacters(in: .whitespaces).lowercased() == text.lowercased()
    }
    if titled.count == 1 { return .found(titled[0].id) }
    if titled.count > 1 {
      return .missing(
        "several questions have this title; name it by id: \(titled.map(\.id).joined(separator: ", "))")
    }
    let known = questions.filter { $0.format?.isAnswerable ?? false }
      .map { "\($0.id) \(QuestionText.title(of: $0))" }
    let list =
      known.isEmpty ? "it has no answerable questions" : "its questions are: " + known.joined(separator: "; ")
    return .missing("this job has no question with this id or title; \(list)")
  }
}

/// The question an `answer:` column names, or why it names none.
private enum QuestionLookup {
  case found(String)
  case missing(String)
}

extension ImportField {
  /// The field as a message names it: `email`, or `the answer to <question>`.
  var displayName: String {
    if case .answer(let id) = self { return "the answer to question \(id)" }
    return description
  }
}

/// Every problem with an import file's header row (thrown together).
public struct ImportHeaderProblems: Error, Sendable, Equatable {
  /// The problems, each naming its column where it has one.
  public var problems: [ImportProblem]
}
