public import Foundation
public import KomboAPI

/// One record of an import file read as an application: a draft (CSV rows, JSONL drafts) or a
/// ready-made wire body (JSONL), with what it needs for messages.
public struct ImportApplication: Sendable {
  /// What is sent.
  public enum Payload: Sendable {
    /// A draft, validated and built like the terminal UI's and `submit`'s.
    case draft(ApplicationDraft)
    /// A wire body, validated like `submit --body` and sent byte for byte.
    case body(Data, CreateApplicationRequest)
  }

  /// The row number.
  public var row: Int
  /// The application.
  public var payload: Payload
  /// The candidate's email as given (for duplicates, the report and reconciliation).
  public var email: String {
    switch payload {
    case .draft(let draft): draft.candidate.emailAddress
    case .body(_, let request): request.candidate.emailAddress
    }
  }
  /// The column each field came from, for naming the validator's issues.
  var columns: ImportColumnMap
}

/// Which column a validator field path came from (CSV), or the JSON path itself (JSONL).
struct ImportColumnMap: Sendable {
  /// The column of each field that has one.
  var byField: [ImportField: String] = [:]

  /// The column to name for `path`: `email`, `attach (file 2)`, `answer:Q1` (a field the file has no
  /// column for by its name, `country`); JSONL rows name the path.
  func column(for path: FieldPath) -> String {
    guard !byField.isEmpty else { return path.rawValue }
    let raw = path.rawValue
    if path.isWithin(.answers) {
      let id = String(raw.dropFirst(FieldPath.answers.rawValue.count + 1).prefix { $0 != "." && $0 != "[" })
      return byField[.answer(id)] ?? ImportField.answer(id).description
    }
    if path.isWithin(.attachments), let column = byField[.attach] {
      return Self.index(in: raw, after: FieldPath.attachments.rawValue).map { "\(column) (file \($0 + 1))" }
        ?? column
    }
    if path.isWithin(.socialLinks), let column = byField[.link] {
      return Self.index(in: raw, after: FieldPath.socialLinks.rawValue).map { "\(column) (link \($0 + 1))" }
        ?? column
    }
    for (prefix, field) in Self.paths where path.isWithin(prefix) {
      return byField[field] ?? field.description
    }
    return raw
  }

  private static let paths: [(FieldPath, ImportField)] = [
    (.firstName, .firstName), (.lastName, .lastName), (.emailAddress, .email), (.phoneNumber, .phone),
    (.company, .company), (.title, .title), (.country, .country), (.city, .city), (.state, .state),
    (.street, .street), (.zipCode, .zip), (.location, .country), (.gender, .gender),
    (.availabilityDate, .availableFrom), (.salaryExpectations, .salary), (.gdprExpiresAt, .gdprUntil),
    (.gdprConsent, .gdprConsent), (.sourceName, .source),
  ]

  private static func index(in raw: String, after prefix: String) -> Int? {
    guard raw.hasPrefix(prefix + "[") else { return nil }
    return Int(raw.dropFirst(prefix.count + 1).prefix { $0.isNumber })
  }
}

/// Reads import records as applications for one job: CSV fields through the resolved columns, JSONL
/// lines as a draft (`ApplicationDraft`'s saved JSON) or a wire body (Kombo's create-application body,
/// told apart by `candidate.email_address`).
///
/// Values are copied as typed (trimmed); the `Validator` judges them afterwards. Relative file paths
/// (`attach`, FILE answers) are taken from the import file's folder.
public struct ImportRowParser: Sendable {
  /// The CSV columns (`nil` for JSONL).
  public var columns: ImportColumns?
  /// The job, when Kombo knows it (answers are parsed by its questions).
  public var job: Job?
  /// The job every row is sent to.
  public var jobReference: JobReference
  /// The stage for every row (`--stage`).
  public var stageID: String?
  /// The folder relative paths start from.
  public var folder: String

  /// A parser.
  public init(
    columns: ImportColumns?, job: Job?, jobReference: JobReference, stageID: String?, folder: String
  ) {
    self.columns = columns
    self.job = job
    self.jobReference = jobReference
    self.stageID = stageID
    self.folder = folder
  }

  /// The application in `row` (as far as it could be read, so the validator can judge the rest) and
  /// the problems found reading it; no application when the row cannot be read at all.
  public func parse(_ row: ImportRow) -> ParsedImportRow {
    let result: Result<ImportApplication, ImportRowProblems>
    switch row.content {
    case .fields(let fields):
      var problems: [ImportProblem] = []
      let application = parseFields(fields, row: row.number, problems: &problems)
      return ParsedImportRow(application: application, problems: problems)
    case .json(let bytes):
      result = parseJSON(Data(bytes), row: row.number)
    }
    switch result {
    case .success(let application): return ParsedImportRow(application: application, problems: [])
    case .failure(let failure): return ParsedImportRow(application: nil, problems: failure.problems)
    }
  }

  // MARK: - CSV

  private func parseFields(_ fields: [String], row: Int, problems found: inout [ImportProblem])
    -> ImportApplication?
  {
    var problems: [ImportProblem] = []
    defer { found += problems }
    guard let columns else {
      problems.append(ImportProblem(row: row, column: nil, message: "no header row"))
      return nil
    }
    if fields.count != columns.header.count {
      problems.append(
        ImportProblem(
          row: row, column: nil,
          message: "has \(fields.count) fields, but the header has \(columns.header.count) columns; a "
            + "delimiter or line break inside a value needs the value in double quotes"))
      return nil
    }
    var draft = ApplicationDraft(job: jobReference, stageID: stageID)
    var map = ImportColumnMap()
    var consent: String?
    var consentUntil: String?
    for (index, field) in columns.fields.enumerated() {
      guard let field else { continue }
      let column = columns.header[index]
      map.byField[field] = column
      let value = fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
      let problem = { (message: String) in
        problems.append(ImportProblem(row: row, column: column, message: message))
      }
      switch field {
      case .firstName: draft.candidate.firstName = value
      case .lastName: draft.candidate.lastName = value
      case .email: draft.candidate.emailAddress = value
      case .phone: draft.candidate.phoneNumber = value
      case .company: draft.candidate.company = value
      case .title: draft.candidate.title = value
      case .country: draft.candidate.location.country = value
      case .city: draft.candidate.location.city = value
      case .state: draft.candidate.location.state = value
      case .zip: draft.candidate.location.zipCode = value
      case .street: draft.candidate.location.street = value
      case .gender: draft.candidate.gender = value.uppercased()
      case .availableFrom: draft.candidate.availabilityDate = value
      case .source: draft.sourceName = value
      case .salary:
        guard !value.isEmpty else { continue }
        let parts = value.split(separator: "/", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
          draft.candidate.salaryAmount = parts[0]
          draft.candidate.salaryPeriod = parts[1].uppercased()
        } else {
          problem("\(value.debugDescription) is not AMOUNT/PERIOD, e.g. 70000/YEAR or 5000/MONTH")
        }
      case .link:
        draft.candidate.socialLinks = Self.list(value)
      case .attach:
        for item in Self.list(value) {
          let isURL = Self.isURL(item)
          let (location, type, typeProblem) = AttachmentSpec.split(
            item, isURL: isURL, isFirst: draft.attachments.isEmpty)
          if let typeProblem { problem(typeProblem) }
          draft.attachments.append(
            isURL
              ? AttachmentDraft(url: location, type: type)
              : AttachmentDraft(path: resolved(location), type: type))
        }
      case .gdprConsent: consent = value
      case .gdprUntil: consentUntil = value
      case .answer(let id):
        guard !value.isEmpty, let question = job?.screeningQuestions.first(where: { $0.id == id }) else {
          continue
        }
        do throws(AnswerParseError) {
          var answer = try AnswerParser.parse(value, for: question)
          if case .file(var file) = answer, case .path(let path) = file.source {
            file.source = .path(resolved(path))
            answer = .file(file)
          }
          draft.answers[id] = answer
        } catch {
          problem(error.message)
        }
      }
    }
    switch (consent.map { $0.isEmpty ? nil : $0 } ?? nil, consentUntil.map { $0.isEmpty ? nil : $0 } ?? nil) {
    case (nil, nil): break
    case (nil, .some):
      problems.append(
        ImportProblem(
          row: row, column: columns.column(for: .gdprUntil),
          message: "is given without gdpr_consent; give yes or no in the gdpr_consent column"))
    case (.some(let text), let until):
      if let given = AnswerParser.boolean(text) {
        draft.gdprConsent = ConsentDraft(given: given, expiresAt: until ?? "")
      } else {
        problems.append(
          ImportProblem(
            row: row, column: columns.column(for: .gdprConsent),
            message: "takes yes or no (also true/false, y/n, 1/0); \(text.debugDescription) is neither"))
      }
    }
    return ImportApplication(row: row, payload: .draft(draft), columns: map)
  }

  /// `a | b | c` as its non-empty, trimmed parts.
  private static func list(_ value: String) -> [String] {
    value.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  private static func isURL(_ text: String) -> Bool {
    let lower = text.lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://")
  }

  /// `path` from the import file's folder unless it is absolute (`~` is the home folder).
  private func resolved(_ path: String) -> String {
    let expanded = (path as NSString).expandingTildeInPath
    guard !expanded.hasPrefix("/") else { return expanded }
    return (folder as NSString).appendingPathComponent(expanded)
  }

  // MARK: - JSONL

  private func parseJSON(_ data: Data, row: Int) -> Result<ImportApplication, ImportRowProblems> {
    let fail = { (message: String) in
      Result<ImportApplication, ImportRowProblems>.failure(
        ImportRowProblems([ImportProblem(row: row, column: nil, message: message)]))
    }
    guard
      let object = (try? JSONSerialization.jsonObject(with: data, options: [])) as? [String: Any]
    else {
      return fail(
        "is not a JSON object; give one application per line (a draft or a create-application body)")
    }
    let repeated = DuplicateJSONKeys.find(in: data)
    guard repeated.isEmpty else {
      return .failure(
        ImportRowProblems(
          repeated.map {
            ImportProblem(
              row: row, column: $0,
              message: "the key appears more than once in its object; give each key once")
          }))
    }
    let candidate = object["candidate"] as? [String: Any]
    if candidate?["email_address"] != nil {
      do {
        let request = try KomboJSON.decode(CreateApplicationRequest.self, from: data)
        return .success(
          ImportApplication(row: row, payload: .body(data, request), columns: ImportColumnMap()))
      } catch let error as DecodingError {
        return fail("is not a create-application body: \(error.summary(reading: data))")
      } catch {
        return fail("is not a create-application body: \(error.localizedDescription)")
      }
    }
    do {
      var draft = try JSONDecoder().decode(ApplicationDraft.self, from: data)
      draft.job = jobReference
      if let stageID { draft.stageID = stageID }
      for index in draft.attachments.indices {
        if case .path(let path) = draft.attachments[index].file.source {
          draft.attachments[index].file.source = .path(resolved(path))
        }
      }
      for (id, answer) in draft.answers {
        if case .file(var file) = answer, case .path(let path) = file.source {
          file.source = .path(resolved(path))
          draft.answers[id] = .file(file)
        }
      }
      return .success(ImportApplication(row: row, payload: .draft(draft), columns: ImportColumnMap()))
    } catch let error as DecodingError {
      return fail(
        "is not an application draft: \(error.summary(reading: data)); see the README for the shape")
    } catch {
      return fail("is not an application draft: \(error.localizedDescription)")
    }
  }
}

/// A row as read: the application (when the row could be read) and the problems reading it found.
public struct ParsedImportRow: Sendable {
  /// The application, with the values that could not be read left empty.
  public var application: ImportApplication?
  /// What could not be read, by column.
  public var problems: [ImportProblem]
}

/// Every problem of one row (thrown together).
public struct ImportRowProblems: Error, Sendable, Equatable {
  /// The problems.
  public var problems: [ImportProblem]

  /// These problems.
  public init(_ problems: [ImportProblem]) {
    self.problems = problems
  }
}
