import Foundation
import Hummingbird
import HummingbirdTesting
import KomboAPI
import Testing

@testable import ATSSandbox

/// `GET /ats/actions/ats_create_application` and the create checks that enforce what it publishes.
@Suite struct AttachmentRulesRouteTests {
  let server: SandboxServer
  let designer = Support.seedJob(titled: "Product Designer")

  init() throws {
    server = try Support.server()
  }

  /// The first integration whose tool has the profile named `profile`.
  static func integration(_ profile: String) throws -> SandboxIntegration {
    try #require(SandboxIntegrations.all.first { $0.attachmentRules.profile == profile })
  }

  static func file(_ name: String, type: String, contentType: String, bytes: Int = 100) -> JSONValue {
    [
      "name": .string(name), "type": .string(type), "content_type": .string(contentType),
      "data": .string(Data(repeating: 0x25, count: bytes).base64EncodedString()),
    ]
  }

  func create(_ client: some TestClientProtocol, integration: SandboxIntegration, attachments: [JSONValue])
    async throws -> TestResponse
  {
    let body = Support.body(for: designer, other: ["attachments": .array(attachments)])
    return try await client.execute(
      uri: "/v1/ats/jobs/\(designer.id)/applications", method: .post,
      headers: Support.headers(integration: integration.id), body: Support.buffer(body))
  }

  @Test func everyIntegrationPublishesItsRulesInKombosShape() async throws {
    try await server.makeApplication().test(.router) { client in
      var profiles: Set<String> = []
      for integration in SandboxIntegrations.all {
        let response = try await client.execute(
          uri: "/v1/ats/actions/ats_create_application", method: .get,
          headers: Support.headers(integration: integration.id))
        #expect(response.status == .ok)
        let raw = try Support.decode(JSONValue.self, response)
        let types = try #require(
          raw.objectValue?["data"]?.objectValue?["attachment_restrictions"]?
            .objectValue?["types"]?.objectValue)
        #expect(Set(types.keys) == ["CV", "COVER_LETTER", "OTHER"])
        for (_, rule) in types.members {
          let keys = Set(rule.objectValue?.keys ?? [])
          #expect(
            keys == ["is_supported"] && rule.objectValue?["is_supported"] == .bool(false)
              || keys == [
                "is_supported", "min_amount", "max_amount", "max_file_size_bytes", "accepted_mime_types",
              ])
        }
        let decoded = try Support.decode(KomboResponse<CreateApplicationCapabilities>.self, response)
        #expect(decoded.data.attachmentRestrictions != nil)
        profiles.insert(integration.attachmentRules.profile)
      }
      #expect(profiles.count == 7, "six profiles and the generous one: \(profiles.sorted())")
    }
  }

  @Test func aPDFOnlyToolRefusesAWordCVNamingTheAttachmentAndWhatItAccepts() async throws {
    let integration = try Self.integration("PDF only")
    let word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    try await server.makeApplication().test(.router) { client in
      let refused = try await create(
        client, integration: integration, attachments: [Self.file("cv.docx", type: "CV", contentType: word)])
      #expect(refused.status == .badRequest)
      let error = try Support.error(refused)
      #expect(error.code == .platformInputInvalid)
      #expect(
        error.message.hasPrefix("attachments[0].content_type:") && error.message.contains("application/pdf"))
      let accepted = try await create(
        client, integration: integration,
        attachments: [Self.file("cv.pdf", type: "CV", contentType: "application/pdf")])
      #expect(accepted.status == .ok)
    }
  }

  @Test func countsSizesAndUnsupportedTypesAreRefused() async throws {
    let oneCV = try Self.integration("one CV, PDF or Word")
    let small = try Self.integration("small files")
    let pdf = "application/pdf"
    try await server.makeApplication().test(.router) { client in
      let cases: [(SandboxIntegration, [JSONValue], String)] = [
        (oneCV, [], "attachments: this ATS requires at least 1 CV"),
        (
          oneCV,
          [
            Self.file("a.pdf", type: "CV", contentType: pdf),
            Self.file("b.pdf", type: "CV", contentType: pdf),
          ],
          "attachments[1].type: this ATS accepts at most 1 CV"
        ),
        (
          oneCV,
          [
            Self.file("a.pdf", type: "CV", contentType: pdf),
            Self.file("l.pdf", type: "COVER_LETTER", contentType: pdf),
          ],
          "attachments[1].type: this ATS does not accept COVER_LETTER"
        ),
        (
          small, [Self.file("a.pdf", type: "CV", contentType: pdf, bytes: 2 * 1024 * 1024 + 1)],
          "attachments[0].data: 2097153 bytes; this ATS accepts CV files of at most 2097152 bytes"
        ),
      ]
      for (integration, attachments, expected) in cases {
        let response = try await create(client, integration: integration, attachments: attachments)
        #expect(response.status == .badRequest)
        #expect(try Support.error(response).message.hasPrefix(expected), "\(expected)")
      }
    }
  }
}
