import ApplyCore
import Foundation
import KomboAPI
import PropertyBased
import Testing

/// Arbitrary Unicode in every draft field: validation and request building never crash, valid drafts
/// build bodies that decode back to what was validated, and drafts survive a JSON round trip.
@Suite struct DraftPropertyTests {
  /// Printable ASCII most of the time, plus control characters, combining marks, other planes, emoji
  /// sequences and fragments that steer into the validator's rules.
  static let character = zip(Gen.int(in: 0...9), Gen<UInt32>.value(in: 0...0x10_FFFF)).map {
    (kind: Int, raw: UInt32) -> Character in
    let fragments: [Character] = ["@", ".", ":", "/", ",", "-", "+", "x", "é", "👩‍👩‍👧", "\r\n", "\u{200D}", "\""]
    let scalar: UInt32
    switch kind {
    case 0...3: scalar = 0x20 + raw % 0x5F
    case 4: scalar = raw % 0x20
    case 5: scalar = 0x80 + raw % (0xD800 - 0x80)
    case 6: scalar = 0xE000 + raw % (0x11_0000 - 0xE000)
    case 7: scalar = 0x300 + raw % 0x70
    default: return fragments[Int(raw) % fragments.count]
    }
    return Character(Unicode.Scalar(scalar) ?? "?")
  }

  static let text = character.string(of: 0...16)

  static let files = InMemoryFileSystem(files: [
    "/cv.pdf": FilesTestSamples.pdf, "/p.png": FilesTestSamples.png,
  ])

  /// A draft whose every field comes from `strings` (indices wrap around).
  static func draft(from strings: [String]) -> ApplicationDraft {
    let s = { (index: Int) in strings[index % strings.count] }
    let flag = { (index: Int) in s(index).unicodeScalars.count % 2 == 0 }
    var remoteFields = RemoteFields()
    remoteFields.personio = .init(application: JSONObject([(s(30), .string(s(31)))]))
    return ApplicationDraft(
      job: JobReference(flag(0) ? "remote:" + s(0) : s(0)), stageID: flag(1) ? s(1) : nil,
      candidate: CandidateDraft(
        firstName: s(2), lastName: s(3), emailAddress: s(4),
        additionalEmailAddresses: [ContactDraft(type: .work, value: s(5))], phoneNumber: s(6),
        additionalPhoneNumbers: [ContactDraft(type: .other, value: s(7))], company: s(8), title: s(9),
        location: LocationDraft(country: s(10), city: s(11), state: s(12), street: s(13), zipCode: s(14)),
        gender: s(15), availabilityDate: s(16), salaryAmount: s(17), salaryPeriod: s(18), socialLinks: [s(19)]
      ),
      attachments: [
        AttachmentDraft(path: flag(20) ? "/cv.pdf" : s(20), type: .cv, name: s(21)),
        AttachmentDraft(url: s(22), type: .other, name: s(23)),
      ],
      answers: [
        "QPermit": flag(24) ? .boolean(flag(25)) : .text(s(24)), "QOffice": .option(s(25)),
        "QPermitType": .text(s(26)), "QYears": .number(s(27)), "QLanguages": .options([s(28), s(29)]),
        "QStart": .date(s(30)),
        "QPortfolio": .file(FileReference(path: flag(31) ? "/p.png" : s(31), name: s(32))),
        "QReferrer": .text(s(33)), "QWebsite": .text(s(34)), "QVideo": .text(s(35)), s(36): .text(s(37)),
      ],
      gdprConsent: ConsentDraft(given: flag(38), expiresAt: s(38)), remoteFields: remoteFields,
      sourcedByUserID: s(39), sourceName: s(40))
  }

  @Test func arbitraryDraftsNeverCrashValidationOrBuilding() async {
    await propertyCheck(count: 300, input: Self.text.array(of: 41)) { strings in
      let draft = Self.draft(from: strings)
      for job in [ValidationTestJob.job, nil] {
        let validation = Validator(fileSystem: Self.files).validate(draft, job: job)
        #expect(validation.report.isValid == (validation.prepared != nil))
        #expect(validation.report.issues.allSatisfy { !$0.message.isEmpty })
        let control = { (scalar: Unicode.Scalar) in
          scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
        }
        #expect(!validation.report.issues.contains { $0.message.unicodeScalars.contains(where: control) })
        guard let prepared = validation.prepared else { continue }
        let built = try RequestBuilder(fileSystem: Self.files).build(prepared)
        #expect(built.body == (try RequestTestDrafts.plainBody(prepared, files: Self.files)))
        #expect(!RequestBuilder.displayBody(prepared).isEmpty)
      }
    }
  }

  @Test func arbitraryTextInFreeFieldsSurvivesIntoTheBody() async {
    let line = Self.character.filter { character in
      !character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }.string(of: 1...40)
    await propertyCheck(count: 300, input: line.array(of: 6)) { strings in
      var draft = ValidationTestJob.validDraft()
      draft.candidate.firstName = "A" + strings[0]
      draft.candidate.lastName = strings[1] + "L"
      draft.candidate.company = strings[2]
      draft.candidate.location = LocationDraft(country: "de", city: strings[3])
      let fileName =
        "n" + String(String.UnicodeScalarView(strings[4].unicodeScalars.filter { $0 != "/" && $0 != "\\" }))
        + ".pdf"
      draft.attachments = [AttachmentDraft(path: "/cv.pdf", type: .cv, name: fileName)]
      draft.answers["QOffice"] = .option("OptRemote")
      // At most 10 characters as the ATS counts them (UTF-16 units), the question's limit.
      var answer = ""
      for character in strings[5] where (answer + String(character)).utf16.count <= 10 {
        answer.append(character)
      }
      draft.answers["QWhyRemote"] = .text(answer)
      let validation = Validator(fileSystem: Self.files).validate(draft, job: ValidationTestJob.job)
      let trimmed = { (text: String) in text.trimmingCharacters(in: .whitespacesAndNewlines) }
      if trimmed(answer).isEmpty {
        #expect(validation.report.errors.map(\.path) == [.answer("QWhyRemote")])
        return
      }
      #expect(validation.report.errors == [])
      let prepared = try #require(validation.prepared)
      let body = try RequestBuilder(fileSystem: Self.files).build(prepared).body
      let sent = try KomboJSON.decoder().decode(CreateApplicationRequest.self, from: body)
      #expect(sent.candidate.firstName == trimmed("A" + strings[0]))
      #expect(sent.candidate.lastName == trimmed(strings[1] + "L"))
      #expect(sent.candidate.company == (trimmed(strings[2]).isEmpty ? nil : trimmed(strings[2])))
      #expect(sent.candidate.location?.city == (trimmed(strings[3]).isEmpty ? nil : trimmed(strings[3])))
      #expect(sent.attachments.first?.name == fileName)
      #expect(body == (try RequestTestDrafts.plainBody(prepared, files: Self.files)))
    }
  }

  @Test func draftsRoundTripThroughJSONUnchanged() async {
    await propertyCheck(count: 300, input: Self.text.array(of: 41)) { strings in
      let draft = Self.draft(from: strings)
      let data = try JSONEncoder().encode(draft)
      #expect(try JSONDecoder().decode(ApplicationDraft.self, from: data) == draft)
    }
  }

  @Test func typedAnswersNeverCrashTheParserAndParseToTheRightShape() async {
    await propertyCheck(count: 300, input: Self.text) { typed in
      for question in ValidationTestJob.questions {
        guard let answer = try? AnswerParser.parse(typed, for: question) else { continue }
        var draft = ValidationTestJob.validDraft()
        draft.answers[question.id] = answer
        let report = Validator(fileSystem: Self.files).validate(draft, job: ValidationTestJob.job).report
        #expect(
          !report.issues.contains { $0.message.contains("the answer given is") }, "\(question.id): \(answer)")
      }
    }
  }
}
