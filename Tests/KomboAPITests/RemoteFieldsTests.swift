import Foundation
import KomboAPI
import Testing

@Suite struct RemoteFieldsTests {
  @Test func acceptedKeysListExactlyTheKeysTheTypesEncode() throws {
    let tree = try #require(try TestSupport.tree(SampleRequests.everyRemoteField()).objectValue)
    var encoded: [String: Set<String>] = [:]
    for (ats, value) in tree.members {
      encoded[ats] = Set(value.objectValue?.keys ?? [])
    }
    #expect(encoded == RemoteFields.acceptedKeys.mapValues(Set.init))
    #expect(RemoteFields.acceptedKeys.count == 26)
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
      try TestSupport.decode(RemoteFields.self, #"{"covetorest":{"candidate":{"aktiv":"Yes"}}}"#)
    }
    #expect(throws: DecodingError.self) {
      try TestSupport.decode(RemoteFields.self, #"{"avature":{"workflow":{"step":{}}}}"#)
    }
  }
}
