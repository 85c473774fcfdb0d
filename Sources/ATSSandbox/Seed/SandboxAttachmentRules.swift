import Foundation
import FoundationEssentials
import KomboAPI

/// What one emulated ATS accepts as `attachments[]`: served at
/// `GET /ats/actions/ats_create_application` and enforced on create with the sandbox's own checks, so
/// the app's checks are tested against an independent implementation.
///
/// Each tool gets one of six fixed profiles (by a hash of its slug, two of them requiring a CV for a few
/// tools); the Kombo Sandbox tool is generous.
/// `nil` means "unknown" and is not checked.
struct SandboxAttachmentRules: Sendable, Hashable {
  /// The rules of one attachment type; `supported == false` is `{"is_supported": false}`.
  struct TypeRule: Sendable, Hashable {
    var supported = true
    var minAmount: Int?
    var maxAmount: Int?
    var maxFileSizeBytes: Int?
    var acceptedMimeTypes: [String]?

    static let unsupported = TypeRule(supported: false)
  }

  /// The profile's name (the README's integration table groups the tools by it).
  var profile: String
  /// `total_size_bytes`.
  var totalSizeBytes: Int?
  /// By Kombo's type name: `CV`, `COVER_LETTER`, `OTHER`.
  var types: [String: TypeRule]

  /// Kombo's attachment type names, in its order.
  static let typeNames = ["CV", "COVER_LETTER", "OTHER"]

  static let pdf = "application/pdf"
  static let word = [
    "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ]
  static let megabyte = 1024 * 1024

  /// The rules of the tool with `slug`.
  static func forTool(slug: String) -> SandboxAttachmentRules {
    if slug == "sandbox" { return generous }
    return profiles[slots[Int(SandboxID.fnv1a("\(slug)#attachments") % UInt64(slots.count))]]
  }

  /// Indices into ``profiles``, repeated by how often each occurs: a CV is required by a few tools only.
  static let slots = [0, 0, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5]

  /// The Kombo Sandbox tool: every type, several files, large caps.
  static let generous = SandboxAttachmentRules(
    profile: "generous", totalSizeBytes: 50 * megabyte,
    types: [
      "CV": TypeRule(minAmount: 0, maxAmount: 5, maxFileSizeBytes: 25 * megabyte),
      "COVER_LETTER": TypeRule(minAmount: 0, maxAmount: 5, maxFileSizeBytes: 25 * megabyte),
      "OTHER": TypeRule(minAmount: 0, maxAmount: 10, maxFileSizeBytes: 25 * megabyte),
    ])

  /// The six profiles other tools get.
  static let profiles: [SandboxAttachmentRules] = [
    SandboxAttachmentRules(
      profile: "unknown", totalSizeBytes: nil,
      types: ["CV": TypeRule(), "COVER_LETTER": TypeRule(), "OTHER": TypeRule()]),
    SandboxAttachmentRules(
      profile: "one CV, PDF or Word", totalSizeBytes: 10 * megabyte,
      types: [
        "CV": TypeRule(
          minAmount: 1, maxAmount: 1, maxFileSizeBytes: 5 * megabyte, acceptedMimeTypes: [pdf] + word),
        "COVER_LETTER": .unsupported, "OTHER": .unsupported,
      ]),
    SandboxAttachmentRules(
      profile: "PDF only", totalSizeBytes: 20 * megabyte,
      types: [
        "CV": TypeRule(minAmount: 0, maxAmount: 1, maxFileSizeBytes: 8 * megabyte, acceptedMimeTypes: [pdf]),
        "COVER_LETTER": TypeRule(
          minAmount: 0, maxAmount: 1, maxFileSizeBytes: 8 * megabyte, acceptedMimeTypes: [pdf]),
        "OTHER": TypeRule(
          minAmount: 0, maxAmount: 3, maxFileSizeBytes: 8 * megabyte, acceptedMimeTypes: [pdf]),
      ]),
    SandboxAttachmentRules(
      profile: "no cover letters", totalSizeBytes: nil,
      types: [
        "CV": TypeRule(minAmount: 0, maxAmount: 2, maxFileSizeBytes: 10 * megabyte),
        "COVER_LETTER": .unsupported,
        "OTHER": TypeRule(minAmount: 0, maxAmount: 3, maxFileSizeBytes: 10 * megabyte),
      ]),
    SandboxAttachmentRules(
      profile: "small files", totalSizeBytes: 5 * megabyte,
      types: [
        "CV": TypeRule(minAmount: 0, maxAmount: nil, maxFileSizeBytes: 2 * megabyte),
        "COVER_LETTER": TypeRule(minAmount: 0, maxAmount: nil, maxFileSizeBytes: 2 * megabyte),
        "OTHER": TypeRule(minAmount: 0, maxAmount: nil, maxFileSizeBytes: 2 * megabyte),
      ]),
    SandboxAttachmentRules(
      profile: "Kombo's example", totalSizeBytes: 20_000_000,
      types: [
        "CV": TypeRule(
          minAmount: 1, maxAmount: 1, maxFileSizeBytes: 10_000_000,
          acceptedMimeTypes: [pdf, "application/msword"]),
        "COVER_LETTER": TypeRule(minAmount: 0),
        "OTHER": .unsupported,
      ]),
  ]

  /// The `data` of `GET /ats/actions/ats_create_application`.
  var capabilities: JSONValue {
    func number(_ value: Int?) -> JSONValue { value.map { .number(Double($0)) } ?? .null }
    var typeObjects: JSONObject = [:]
    for name in Self.typeNames {
      let rule = types[name] ?? TypeRule()
      guard rule.supported else {
        typeObjects[name] = .object(["is_supported": .bool(false)])
        continue
      }
      typeObjects[name] = .object([
        "is_supported": .bool(true), "min_amount": number(rule.minAmount),
        "max_amount": number(rule.maxAmount),
        "max_file_size_bytes": number(rule.maxFileSizeBytes),
        "accepted_mime_types": rule.acceptedMimeTypes.map { .array($0.map(JSONValue.string)) } ?? .null,
      ])
    }
    return .object([
      "attachment_restrictions": .object([
        "total_size_bytes": number(totalSizeBytes), "types": .object(typeObjects),
      ])
    ])
  }

  /// Refuses `attachments` (the body's `attachments[]`, in order) as this ATS would: a
  /// `PLATFORM.INPUT_INVALID` naming `attachments[i]` (or `attachments`) and the limit.
  func check(_ attachments: [SandboxStore.AttachmentRow]) throws(SandboxError) {
    var total = 0
    for (index, file) in attachments.enumerated() {
      let path = "attachments[\(index)]"
      let rule = types[file.type] ?? TypeRule()
      guard rule.supported else {
        throw .invalidInput("\(path).type: this ATS does not accept \(file.type) attachments")
      }
      let size = file.data?.count ?? 0
      total += size
      if let limit = rule.maxFileSizeBytes, size > limit {
        throw .invalidInput(
          "\(path).data: \(size) bytes; this ATS accepts \(file.type) files of at most \(limit) bytes")
      }
      if let accepted = rule.acceptedMimeTypes, let type = file.contentType,
        !accepted.contains(where: { $0.caseInsensitiveCompare(type) == .orderedSame })
      {
        throw .invalidInput(
          "\(path).content_type: '\(type)' is not accepted for \(file.type); accepted: "
            + accepted.joined(separator: ", "))
      }
    }
    for name in Self.typeNames {
      let rule = types[name] ?? TypeRule()
      let indices = attachments.indices.filter { attachments[$0].type == name }
      if let minimum = rule.minAmount, indices.count < minimum {
        throw .invalidInput("attachments: this ATS requires at least \(minimum) \(name) attachment(s)")
      }
      if let maximum = rule.maxAmount, indices.count > maximum {
        throw .invalidInput(
          "attachments[\(indices[maximum])].type: this ATS accepts at most \(maximum) \(name) attachment(s)")
      }
    }
    if let limit = totalSizeBytes, total > limit {
      throw .invalidInput("attachments: \(total) bytes in total; this ATS accepts at most \(limit) bytes")
    }
  }
}

extension SandboxIntegration {
  /// What this integration's tool accepts as attachments.
  var attachmentRules: SandboxAttachmentRules { SandboxAttachmentRules.forTool(slug: tool.slug) }
}
