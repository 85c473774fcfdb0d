import ApplyCore
import Foundation
import KomboAPI
import Testing

@Suite struct DraftTests {
  /// A draft with every field set, some of them to values that do not validate (kept as typed).
  static func fullDraft() -> ApplicationDraft {
    var draft = RequestTestDrafts.fullCandidate
    draft.job = "remote:4711"
    draft.candidate.additionalPhoneNumbers.append(ContactDraft(type: .other, value: "not a phone"))
    draft.candidate.availabilityDate = "2026-02-30"
    draft.candidate.socialLinks.append("typo")
    draft.attachments = RequestTestDrafts.withAttachments.attachments
    draft.answers = [
      "QText": .text("Hello\nworld"), "QNumber": .number("4,5"), "QBool": .boolean(false),
      "QDate": .date("soon"),
      "QOne": .option("OptA"), "QMany": .options(["OptA", "OptB"]),
      "QFile": .file(FileReference(path: "/home/ada/portfolio.pdf", name: "Portfolio.pdf")),
      "QUrlFile": .file(FileReference(url: "https://files.example/p.pdf")),
    ]
    return draft
  }

  @Test func aFullDraftRoundTripsThroughJSONUnchanged() throws {
    let draft = Self.fullDraft()
    let data = try JSONEncoder().encode(draft)
    #expect(try JSONDecoder().decode(ApplicationDraft.self, from: data) == draft)
  }

  @Test func theSavedLayoutIsReadableAndVersioned() throws {
    var draft = ApplicationDraft(job: "JobAAAAAAAAAAAAAAAAAAAA1")
    draft.candidate.firstName = "Ada"
    draft.attachments = [AttachmentDraft(path: "/cv.pdf", type: .cv)]
    draft.answers = ["Q1": .options(["A"])]
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let json = String(decoding: try encoder.encode(draft), as: UTF8.self)
    #expect(
      json.hasPrefix(
        #"{"answers":{"Q1":{"type":"options","value":["A"]}},"#
          + #""attachments":[{"file":{"name":"","path":"/cv.pdf"},"type":"CV"}],"candidate":{"#
      ))
    #expect(json.contains(#""job":"JobAAAAAAAAAAAAAAAAAAAA1""#))
    #expect(json.hasSuffix(#""version":1}"#))
  }

  @Test func draftsWithMissingKeysLoadWithDefaults() throws {
    let json = #"{"job":"remote:1","candidate":{"firstName":"Ada","location":{"city":"Paris"}}}"#
    let draft = try JSONDecoder().decode(ApplicationDraft.self, from: Data(json.utf8))
    #expect(draft.job == .remote("1"))
    #expect(draft.candidate.firstName == "Ada")
    #expect(draft.candidate.location == LocationDraft(city: "Paris"))
    #expect(draft.candidate.emailAddress == "")
    #expect(
      draft.attachments == [] && draft.answers == [:] && draft.gdprConsent == nil && draft.stageID == nil)
  }

  @Test func draftsFromANewerFormatAreRefusedNotTruncated() {
    let json = #"{"version":2,"job":"remote:1"}"#
    #expect {
      try JSONDecoder().decode(ApplicationDraft.self, from: Data(json.utf8))
    } throws: { error in
      String(describing: error).contains("saved by a newer kombo-apply (format 2)")
    }
  }

  @Test func unknownAnswerTypesAndFilesWithoutSourceAreRefused() {
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(AnswerDraft.self, from: Data(#"{"type":"video","value":"x"}"#.utf8))
    }
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(FileReference.self, from: Data(#"{"name":"x.pdf"}"#.utf8))
    }
  }

  @Test(arguments: [
    (
      "JobAAAAAAAAAAAAAAAAAAAA1", JobReference.Kind?.some(.kombo("JobAAAAAAAAAAAAAAAAAAAA1")),
      "JobAAAAAAAAAAAAAAAAAAAA1"
    ),
    (" remote:4711 ", .some(.remote("4711")), "remote%3A4711"),
    ("remote:a/b c", .some(.remote("a/b c")), "remote%3Aa%2Fb%20c"),
    ("remote:Zürich~_.-", .some(.remote("Zürich~_.-")), "remote%3AZ%C3%BCrich~_.-"),
    ("remote:", nil, "remote%3A"),
    ("4711", nil, "4711"),
    ("JobOOOOOOOOOOOOOOOOOOOO1", nil, "JobOOOOOOOOOOOOOOOOOOOO1"),
  ])
  func jobReferences(typed: String, kind: JobReference.Kind?, segment: String) {
    let reference = JobReference(typed)
    #expect(reference.kind == kind)
    #expect(reference.pathSegment == segment)
    #expect(reference.text == typed)
  }
}
