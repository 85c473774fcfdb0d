import ApplyCoreTesting
import Foundation
import KomboAPI
import Synchronization
import Testing

@testable import ApplyCore

/// The integration's published attachment rules (`GET /ats/actions/ats_create_application`), checked
/// before sending; `nil` (unknown) is never checked.
@Suite struct ValidationAttachmentRulesTests {
  static let files = InMemoryFileSystem(files: [
    "/docs/cv.pdf": FilesTestSamples.pdf, "/docs/cv2.pdf": FilesTestSamples.pdf,
    "/docs/letter.odt": FilesTestSamples.odt,
    "/docs/big.pdf": FilesTestSamples.pdf + [UInt8](repeating: 0x20, count: 3 << 20),
  ])

  static let pdfOnlyOneCV = AttachmentRules(
    totalSizeBytes: 4 << 20,
    types: [
      .cv: .init(
        minAmount: 1, maxAmount: 1, maxFileSizeBytes: 2 << 20, acceptedMimeTypes: ["application/pdf"]),
      .coverLetter: .unsupported,
      .other: .init(),
    ])

  func errors(_ attachments: [AttachmentDraft], rules: AttachmentRules) -> [ValidationIssue] {
    var draft = ValidationTestJob.validDraft()
    draft.answers = [:]
    draft.attachments = attachments
    return Validator(fileSystem: Self.files, attachmentRules: rules).validate(draft, job: nil).report.errors
  }

  @Test func eachRuleNamesTheAttachmentAndWhatIsAllowed() {
    let rules = Self.pdfOnlyOneCV
    let cases: [([AttachmentDraft], String, String)] = [
      ([], "attachments", "A CV is required by this ATS"),
      ([.init(path: "/docs/letter.odt", type: .cv)], "attachments[0]", "takes CVs as PDF only"),
      ([.init(path: "/docs/big.pdf", type: .cv)], "attachments[0]", "takes CVs up to 2 MB each"),
      (
        [.init(path: "/docs/cv.pdf", type: .cv), .init(path: "/docs/cv2.pdf", type: .cv)], "attachments[1]",
        "takes at most 1 CV"
      ),
      (
        [.init(path: "/docs/cv.pdf", type: .cv), .init(path: "/docs/letter.odt", type: .coverLetter)],
        "attachments[1]", "takes no cover letters; send it as CV or other file"
      ),
    ]
    for (attachments, path, message) in cases {
      let found = errors(attachments, rules: rules)
      #expect(
        found.contains { $0.path.rawValue == path && $0.message.contains(message) },
        "\(message): \(found.map { "\($0.path.rawValue): \($0.message)" })")
    }
    #expect(errors([.init(path: "/docs/cv.pdf", type: .cv)], rules: rules).isEmpty)
  }

  /// The one draft-to-body path checks the rules too, and keeps the warnings beside the body.
  @Test func buildingFromTheDraftChecksTheRulesAndKeepsTheWarnings() throws {
    var draft = ValidationTestJob.validDraft()
    draft.answers = [:]
    draft.attachments = [.init(path: "/docs/letter.odt", type: .cv)]
    let builder = RequestBuilder(fileSystem: Self.files, attachmentRules: Self.pdfOnlyOneCV)
    #expect {
      try builder.build(draft, job: nil)
    } throws: { error in
      guard case RequestBuildError.invalid(let report) = error else { return false }
      return report.errors.contains {
        $0.path.rawValue == "attachments[0]" && $0.message.contains("PDF only")
      }
    }
    draft.attachments = [.init(path: "/docs/cv.pdf", type: .cv)]
    draft.candidate.availabilityDate = "2020-01-01"
    let built = try builder.build(draft, job: nil, today: try KomboDateTime("2026-12-04"))
    #expect(built.prepared.files.count == 1)
    #expect(built.report.warnings.contains { $0.message.contains("is in the past") })
  }

  @Test func theTotalOfTheIntegrationIsChecked() {
    let rules = AttachmentRules(totalSizeBytes: 3 << 20)
    let found = errors(
      [.init(path: "/docs/big.pdf", type: .cv), .init(path: "/docs/cv.pdf", type: .other)], rules: rules)
    #expect(found.contains { $0.path == .attachments && $0.message.contains("up to 3 MB in all") })
  }

  @Test func unknownRulesCheckNothingBeyondTheDefaults() {
    let attachments: [AttachmentDraft] = [
      .init(path: "/docs/letter.odt", type: .cv), .init(path: "/docs/cv.pdf", type: .cv),
      .init(path: "/docs/cv2.pdf", type: .coverLetter),
    ]
    #expect(errors(attachments, rules: .unknown).isEmpty)
    #expect(
      errors(attachments, rules: AttachmentRules(types: [.cv: .init(), .coverLetter: .init()])).isEmpty)
  }

  @Test func kombosDocumentedExampleDecodesAndNullsReadAsUnknown() throws {
    let json = """
      {"attachment_restrictions": {"total_size_bytes": 20000000, "types": {
        "CV": {"is_supported": true, "min_amount": 1, "max_amount": 1, "max_file_size_bytes": 10000000,
               "accepted_mime_types": ["application/pdf", "application/msword"]},
        "COVER_LETTER": {"is_supported": true, "min_amount": 0, "max_amount": null,
                         "max_file_size_bytes": null, "accepted_mime_types": null},
        "OTHER": {"is_supported": false}}}}
      """
    let decoded = try KomboJSON.decoder().decode(CreateApplicationCapabilities.self, from: Data(json.utf8))
    let rules = try #require(decoded.attachmentRestrictions)
    #expect(rules.totalSizeBytes == 20_000_000)
    #expect(rules.rule(for: .cv).maxAmount == 1 && rules.rule(for: .cv).acceptedMimeTypes?.count == 2)
    #expect(rules.rule(for: .coverLetter) == .init(minAmount: 0))
    #expect(!rules.rule(for: .other).isSupported)
    #expect(
      AttachmentRulesText.line(rules)
        == "1 CV required · CVs PDF or Word · CVs ≤ 9.5 MB · ≤ 19.1 MB in all · no other files")
  }

  /// A client over the in-memory transport answering every request with `status` and `body`, counting them.
  static func client(status: Int, body: String, calls: CallCount) -> HTTPKomboClient {
    HTTPKomboClient(
      server: KomboServer(region: .us), apiKey: APIKey("sk_test_abcdefghijklmnop")!,
      integration: IntegrationID("greenhouse:8d1hpPsbjxUkoCoa1veLZGe5")!,
      transport: InMemoryTransport { _ throws(TransportFailure) in
        calls.value.add(1, ordering: .relaxed)
        return TransportResponse(status: status, body: Data(body.utf8))
      })
  }

  @Test func aFailedLookupFallsBackToUnknownWithANotice() async {
    let calls = CallCount()
    let body =
      #"{"status":"error","error":{"code":"PLATFORM.UNKNOWN_ERROR","title":"Not found","message":"no"}}"#
    let client = Self.client(status: 404, body: body, calls: calls)
    let first = await AttachmentRulesLookup.read(through: client)
    #expect(first.rules == .unknown)
    #expect(
      first.notice?.contains("Kombo publishes none for this integration") == true, "\(first.notice ?? "")")
    #expect(calls.value.load(ordering: .relaxed) == 1, "a read is not retried")
  }

  @Test func publishedRulesAreReadAsPublished() async {
    let calls = CallCount()
    let body =
      #"{"status":"success","data":{"attachment_restrictions":{"total_size_bytes":null,"types":{"#
      + #""CV":{"is_supported":true,"min_amount":1,"max_amount":1,"max_file_size_bytes":null,"#
      + #""accepted_mime_types":null},"COVER_LETTER":{"is_supported":false}}}}}"#
    let client = Self.client(status: 200, body: body, calls: calls)
    let lookup = await AttachmentRulesLookup.read(through: client)
    #expect(lookup.notice == nil)
    #expect(lookup.rules.rule(for: .cv).minAmount == 1 && !lookup.rules.rule(for: .coverLetter).isSupported)
    #expect(lookup.rules.rule(for: .other) == .unknown, "a type Kombo leaves out is unknown")
    #expect(calls.value.load(ordering: .relaxed) == 1)
  }
}

/// How many requests a transport answered.
final class CallCount: Sendable {
  let value = Atomic<Int>(0)
}
