import Foundation
import KomboAPI
import PropertyBased
import Testing

/// Any Unicode text the user types or an ATS sends must survive encoding and decoding unchanged.
@Suite struct RoundTripPropertyTests {
  /// Unicode scalars: a quarter ASCII (control characters, quotes, backslash and slash included),
  /// the rest anywhere in Unicode except the surrogate range (emoji, CJK, combining marks, …).
  static let scalar = Gen<UInt32>.value(in: 0...(0x10_FFFF - 0x800)).map { value -> Character in
    let code = value % 4 == 0 ? value / 4 % 128 : (value < 0xD800 ? value : value + 0x800)
    return Character(Unicode.Scalar(code) ?? "?")
  }

  static let text = scalar.string(of: 0...12)

  /// How many strings one generated request consumes (more than ``RequestBuilder`` takes).
  static let stringsPerRequest = 64

  @Test func everyStringFieldOfARequestRoundTrips() async {
    await propertyCheck(count: 150, input: Self.text.array(of: Self.stringsPerRequest)) { strings in
      var builder = RequestBuilder(strings)
      let original = try builder.request()
      let data = try KomboJSON.encoder().encode(original)
      let decoded = try KomboJSON.decoder().decode(CreateApplicationRequest.self, from: data)
      var retyped = decoded
      retyped.screeningQuestionAnswers = zip(decoded.screeningQuestionAnswers, RequestBuilder.answerFormats)
        .map {
          ScreeningAnswer(questionID: $0.questionID, answer: $0.answer.reading(as: $1))
        }
      #expect(retyped == original)
      #expect(try KomboJSON.encoder().encode(decoded) == data, "re-encoding gives the same bytes")
      #expect(!String(decoding: data, as: UTF8.self).contains("null"))
    }
  }

  @Test func jsonValuesRoundTrip() async {
    await propertyCheck(
      count: 300, input: Gen<UInt32>.value(in: 0...UInt32.max).array(of: 1...40), Self.text.array(of: 1...20)
    ) { (numbers, strings) throws in
      var builder = JSONValueBuilder(numbers: numbers, strings: strings)
      let value = builder.value(depth: 0)
      #expect(try TestSupport.roundTrip(value) == value)
      #expect(try TestSupport.roundTrip(JSONValue.array([value, value])) == [value, value])
    }
  }

  @Test func responseTextRoundTrips() async {
    await propertyCheck(count: 100, input: Self.text.array(of: 8)) { (strings) throws in
      let job = Job(
        id: strings[0], remoteID: strings[1], name: strings[2], description: strings[3],
        status: JobStatus(rawValue: strings[4]),
        customFields: JSONObject([(strings[5], .string(strings[6]))]),
        changedAt: KomboTimestamp(millisecondsSince1970: 0),
        screeningQuestions: [
          ScreeningQuestion(
            id: strings[7], title: strings[2],
            format: .singleSelect(.init(options: [SelectOption(id: strings[0], name: strings[1])])))
        ])
      #expect(try TestSupport.roundTrip(job) == job)
      let error = KomboErrorResponse(
        error: KomboError(
          code: KomboErrorCode(rawValue: strings[0]), title: strings[1], message: strings[2],
          logURL: strings[3]))
      #expect(try TestSupport.roundTrip(error) == error)
    }
  }
}

/// Builds a request that puts a generated string into every string field.
private struct RequestBuilder {
  private var strings: IndexingIterator<[String]>

  init(_ strings: [String]) {
    self.strings = strings.makeIterator()
  }

  /// The formats of the questions the answers of ``request()`` answer, in order.
  static let answerFormats: [QuestionFormat] = [
    .text(.init()), .singleSelect(.init(options: [])), .multiSelect(.init(options: [])), .file(.init()),
    .file(.init()),
  ]

  private mutating func next() -> String { strings.next() ?? "" }

  private mutating func object() -> JSONObject { [next(): .string(next())] }

  mutating func request() throws -> CreateApplicationRequest {
    CreateApplicationRequest(
      stageID: next(),
      candidate: NewCandidate(
        firstName: next(), lastName: next(), emailAddress: next(),
        additionalEmailAddresses: [.init(type: .other, emailAddress: next())], company: next(), title: next(),
        phoneNumber: next(), additionalPhoneNumbers: [.init(type: .work, phoneNumber: next())],
        location: .init(country: next(), city: next(), state: next(), zipCode: next()),
        socialLinks: [.init(url: next())]),
      attachments: [
        Attachment(name: next(), type: .cv, contentType: next(), content: .base64(next())),
        Attachment(name: next(), type: .other, content: .url(next())),
      ],
      source: .init(name: next(), unifiedKey: next(), id: next()),
      sourcedBy: .init(userID: next()),
      remoteFields: try remoteFields(),
      screeningQuestionAnswers: [
        .init(questionID: next(), answer: .text(next())),
        .init(questionID: next(), answer: .singleSelect(optionID: next())),
        .init(questionID: next(), answer: .multiSelect(optionIDs: [next(), next()])),
        .init(
          questionID: next(),
          answer: .file(.init(name: next(), contentType: next(), content: .base64(next())))),
        .init(questionID: next(), answer: .file(.init(name: next(), content: .url(next())))),
      ])
  }

  private mutating func remoteFields() throws -> RemoteFields {
    RemoteFields(
      successfactors: .init(candidate: object(), jobApplication: object()),
      greenhouse: .init(candidate: object(), postHeaders: .init(onBehalfOf: next())),
      workable: .init(candidate: object(), onBehalfOfUserRemoteID: next()),
      workday: .init(
        candidateData: .init(
          nameDetailData: .init(
            middleName: next(), socialSuffixReference: .init(predefinedNameComponentID: next())),
          workerReference: .init(wid: next(), employeeID: next())),
        overrideSourceReferenceWID: next()),
      bullhorn: .init(candidate: object()),
      smartrecruiters: .init(candidate: object()),
      hrworks: .init(jobApplication: object()),
      jobylon: .init(application: .init(message: next())),
      recruitee: .init(candidate: .init(coverLetterText: next())),
      piloga: .init(candidate: .init(street: next())))
  }
}

/// Builds an arbitrary JSON tree from generated numbers and strings.
private struct JSONValueBuilder {
  private var numbers: [UInt32]
  private var strings: [String]
  private var position = 0

  init(numbers: [UInt32], strings: [String]) {
    self.numbers = numbers
    self.strings = strings
  }

  private mutating func number() -> UInt32 {
    defer { position += 1 }
    return numbers[position % numbers.count]
  }

  private mutating func string() -> String {
    strings[Int(number()) % strings.count]
  }

  mutating func value(depth: Int) -> JSONValue {
    let choice = number() % (depth < 4 ? 7 : 5)
    switch choice {
    case 0: return .null
    case 1: return .bool(number() % 2 == 0)
    case 2: return .number(Double(Int32(bitPattern: number())) / Double(1 << (number() % 24)))
    case 3: return .number(Double(number()) * 1e15)
    case 4: return .string(string())
    case 5: return .array((0..<number() % 4).map { _ in value(depth: depth + 1) })
    default: return .object(JSONObject((0..<number() % 4).map { _ in (string(), value(depth: depth + 1)) }))
    }
  }
}
