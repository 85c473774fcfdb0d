import Foundation
import KomboAPI
import TestHarness
import Testing

@Suite struct RemoteFieldsTests {
  @Test func acceptedKeysListExactlyTheKeysTheTypesEncode() throws {
    let tree = try #require(try TestSupport.tree(SampleRequests.everyRemoteField()).objectValue)
    var encoded: [String: Set<String>] = [:]
    for (ats, value) in tree.members {
      encoded[ats] = Set(value.objectValue?.keys ?? [])
    }
    #expect(encoded == RemoteFields.acceptedKeys.mapValues(Set.init))
    #expect(RemoteFields.acceptedKeys.count == 20)
  }

  /// The spec is the source of truth: the tools and keys are exactly those of the `remote_fields`
  /// schema in Kombo's OpenAPI description (its `allOf` parts together).
  @Test func acceptedKeysAreExactlyTheSpecs() throws {
    let file = PackageLocations.root.deletingLastPathComponent()
      .appendingPathComponent("shared/reference/kombo-openapi.json")
    let spec = try KomboJSON.decoder().decode(JSONValue.self, from: Data(contentsOf: file))
    let body = try #require(spec["components"]?["schemas"]?["PostAtsJobsJobIdApplicationsRequestBody"])
    var documented: [String: Set<String>] = [:]
    for part in body["properties"]?["remote_fields"]?["allOf"]?.arrayValue ?? [] {
      for (tool, schema) in part["properties"]?.objectValue?.members ?? [] {
        documented[tool, default: []].formUnion(schema["properties"]?.objectValue?.keys ?? [])
      }
    }
    #expect(documented.count == 20)
    #expect(documented == RemoteFields.acceptedKeys.mapValues(Set.init))
  }

  @Test func everyRemoteFieldDecodesBack() throws {
    let fields = try SampleRequests.everyRemoteField()
    #expect(try TestSupport.roundTrip(fields) == fields)
  }

  @Test func unknownATSKeysAreIgnoredWhenDecoding() throws {
    let fields = try TestSupport.decode(
      RemoteFields.self, #"{"lever":{"candidate":{"a":1}},"madeup":{"x":1}}"#)
    #expect(fields == RemoteFields(lever: .init(candidate: ["a": 1])))
  }

  @Test func closedValuesAreChecked() {
    #expect(throws: DecodingError.self) {
      try TestSupport.decode(RemoteFields.self, #"{"piloga":{"candidate":{"geburtsdatum":"soon"}}}"#)
    }
    #expect(throws: DecodingError.self) {
      try TestSupport.decode(RemoteFields.self, #"{"avature":{"workflow":{"step":{}}}}"#)
    }
  }
}
