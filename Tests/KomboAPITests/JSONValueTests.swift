import Foundation
import KomboAPI
import Testing

@Suite struct JSONValueTests {
  @Test func decodesEveryKindOfValue() throws {
    let value = try TestSupport.decode(
      JSONValue.self, #"{"n":null,"t":true,"f":false,"i":3,"d":-2.5,"s":"x/y","a":[1,"two",[]],"o":{"k":{}}}"#
    )
    #expect(value["n"] == .null)
    #expect(value["t"] == .bool(true))
    #expect(value["f"] == .bool(false))
    #expect(value["i"] == .number(3))
    #expect(value["d"] == .number(-2.5))
    #expect(value["s"] == .string("x/y"))
    #expect(value["a"] == [1, "two", []])
    #expect(value["o"]?["k"] == .object(JSONObject()))
  }

  @Test func booleansAndNumbersStayDistinct() throws {
    #expect(try TestSupport.decode(JSONValue.self, "1") == .number(1))
    #expect(try TestSupport.decode(JSONValue.self, "0") == .number(0))
    #expect(try TestSupport.decode(JSONValue.self, "true") == .bool(true))
  }

  @Test func encodesIntegralNumbersWithoutFractionAndSlashesUnescaped() throws {
    let value: JSONValue = ["url": "https://a.example/b", "n": 70000, "x": 0.5, "big": 1e21]
    #expect(try TestSupport.json(value) == #"{"big":1e+21,"n":70000,"url":"https://a.example/b","x":0.5}"#)
  }

  @Test func nonFiniteNumbersCannotBeEncoded() {
    #expect(throws: EncodingError.self) { try TestSupport.json(JSONValue.number(.nan)) }
    #expect(throws: EncodingError.self) { try TestSupport.json(["x": .number(.infinity)] as JSONValue) }
  }

  @Test func thePrettyEncoderAlsoSortsKeysAndKeepsSlashes() throws {
    let value: JSONValue = ["b": "https://x/y", "a": 1]
    let text = String(decoding: try KomboJSON.prettyEncoder().encode(value), as: UTF8.self)
    #expect(text == "{\n  \"a\" : 1,\n  \"b\" : \"https://x/y\"\n}")
  }

  @Test func objectsKeepInsertionOrderAndCompareIgnoringOrder() {
    var object: JSONObject = ["z": 1, "a": 2]
    object["m"] = 3
    object["z"] = 4
    #expect(object.keys == ["z", "a", "m"])
    #expect(object.members.map(\.value) == [4, 2, 3])
    object["a"] = nil
    #expect(object.keys == ["z", "m"])
    #expect(object.count == 2)
    #expect(object == ["m": 3, "z": 4])
    #expect(Set([object, ["m": 3, "z": 4]]).count == 1)
  }

  @Test func decodedObjectsHaveSortedKeys() throws {
    let object = try TestSupport.decode(JSONObject.self, #"{"b":1,"c":2,"a":3}"#)
    #expect(object.keys == ["a", "b", "c"])
  }

  @Test func repeatedKeyKeepsFirstPositionAndLastValue() {
    let object = JSONObject([("a", 1), ("b", 2), ("a", 3)])
    #expect(object.keys == ["a", "b"])
    #expect(object["a"] == 3)
  }

  @Test func accessorsReturnNilForOtherKinds() {
    let value: JSONValue = "text"
    #expect(value.stringValue == "text")
    #expect(value.numberValue == nil)
    #expect(value.boolValue == nil)
    #expect(value.arrayValue == nil)
    #expect(value.objectValue == nil)
    #expect(value["key"] == nil)
    #expect(value[0] == nil)
    #expect(!value.isNull)
  }

  @Test func invalidJSONThrows() {
    #expect(throws: DecodingError.self) { try TestSupport.decode(JSONValue.self, "{\"a\":") }
  }
}
