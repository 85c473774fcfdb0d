import Foundation
import Hummingbird
import HummingbirdTesting
import KomboAPI
import Testing

@testable import ATSSandbox

/// Shared helpers: temporary data directories, a server per test, request headers, JSON bodies.
enum Support {
  /// A fresh temporary directory for one test's database.
  static func temporaryDirectory() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("ats-sandbox-tests-\(UUID().uuidString)")
  }

  /// A server on a fresh data directory.
  static func server(
    faults: String = "", apiKey: String? = nil, concurrencyLimit: Int = 30, extraJobs: Int = 0,
    directory: URL = temporaryDirectory(), acceptsDuplicates: Bool = false
  ) throws -> SandboxServer {
    try SandboxServer(
      configuration: SandboxConfiguration(
        dataDirectory: directory, faults: FaultSpec(parsing: faults), extraJobs: extraJobs, apiKey: apiKey,
        concurrencyLimit: concurrencyLimit, acceptsDuplicates: acceptsDuplicates))
  }

  /// Bearer and integration headers.
  static func headers(
    key: String = "test-key", integration: String? = SandboxIntegrations.default.id
  ) -> HTTPFields {
    var fields: HTTPFields = [.authorization: "Bearer \(key)", .contentType: "application/json"]
    if let integration { fields[.integrationID] = integration }
    return fields
  }

  /// The seed job at catalogue position `index`.
  static func seedJob(_ index: Int) -> Job {
    SeedJobs.specs[index].job(index: index)
  }

  /// The seed job titled `title`.
  static func seedJob(titled title: String) -> Job {
    let index = SeedJobs.specs.firstIndex { $0.title == title }!
    return seedJob(index)
  }

  /// A valid answer for `question`, chosen from its format.
  static func answer(for question: ScreeningQuestion) -> JSONValue? {
    switch question.format {
    case .text(let format)?:
      switch format.displayType {
      case .email?: return "referee@example.com"
      case .url?: return "https://example.com/me"
      default: return "An answer"
      }
    case .number(let format)?: return .number(format.min ?? 1)
    case .file?:
      return [
        "name": "sample.pdf", "content_type": "application/pdf",
        "data": .string(Data("%PDF-1.4".utf8).base64EncodedString()),
      ]
    case .singleSelect(let format)?: return .string(format.options[0].id)
    case .multiSelect(let format)?: return [.string(format.options[0].id)]
    case .boolean?: return false
    case .date?: return "2027-01-15"
    default: return nil
    }
  }

  /// Answers to the required questions of `job` that are shown when Boolean parents are `false`.
  static func requiredAnswers(_ job: Job) -> [JSONValue] {
    var given: [String: JSONValue] = [:]
    for question in job.screeningQuestions where question.required == true {
      if let parent = question.preconditionQuestionID {
        guard let parentAnswer = given[parent], case .booleans(let values)? = question.preconditionOptions,
          values.contains(parentAnswer.boolValue ?? !values[0])
        else { continue }
      }
      given[question.id] = answer(for: question)
    }
    return job.screeningQuestions.compactMap { question in
      given[question.id].map { ["question_id": .string(question.id), "answer": $0] }
    }
  }

  /// A create-application body for `job` with the required answers.
  static func body(
    for job: Job, email: String = "ada@example.com", candidate extra: JSONObject = [:],
    answers: [JSONValue]? = nil, other: JSONObject = [:]
  ) -> JSONValue {
    var candidate: JSONObject = [
      "first_name": "Ada", "last_name": "Lovelace", "email_address": .string(email),
    ]
    for (key, value) in extra.members { candidate[key] = value }
    var body: JSONObject = [
      "candidate": .object(candidate), "screening_question_answers": .array(answers ?? requiredAnswers(job)),
    ]
    for (key, value) in other.members { body[key] = value }
    return .object(body)
  }

  /// `value` encoded as a request body.
  static func buffer(_ value: JSONValue) -> ByteBuffer {
    ByteBuffer(bytes: try! KomboJSON.encoder().encode(value))
  }

  /// The response body decoded as `type`.
  static func decode<T: Decodable>(_ type: T.Type, _ response: TestResponse) throws -> T {
    try KomboJSON.decoder().decode(type, from: Data(buffer: response.body))
  }

  /// The error envelope of a response, checking all four keys are present.
  static func error(_ response: TestResponse) throws -> KomboError {
    let raw = try decode(JSONValue.self, response)
    let error = try #require(raw.objectValue?["error"]?.objectValue)
    #expect(Set(error.keys) == ["code", "title", "message", "log_url"])
    #expect(raw.objectValue?["status"] == "error")
    return try decode(KomboErrorResponse.self, response).error
  }
}

extension Data {
  /// The readable bytes of `buffer`.
  init(buffer: ByteBuffer) {
    self = buffer.withUnsafeReadableBytes { Data($0) }
  }
}
