import Foundation
import KomboAPI
import Testing

@Suite struct QuestionFormatTests {
  @Test(arguments: [
    #"{"type":"TEXT","display_type":"SINGLE_LINE","max_length":10}"#,
    #"{"type":"NUMBER","display_type":"FIELD","min":-1.5,"max":null}"#,
    #"{"type":"FILE","accepted_mime_types":null,"max_file_size_bytes":1}"#,
    #"{"type":"SINGLE_SELECT","display_type":"DROPDOWN","options":[{"id":"a","remote_id":null,"name":"A"}]}"#,
    #"{"type":"MULTI_SELECT","options":[{"id":"a","remote_id":"r","name":"A"}]}"#,
    #"{"type":"BOOLEAN"}"#, #"{"type":"DATE"}"#, #"{"type":"INFORMATION"}"#,
    #"{"type":"UNKNOWN","raw_question":[1,{"x":null}]}"#,
  ])
  func knownFormatsRoundTripToTheSameJSON(json: String) throws {
    let format = try TestSupport.decode(QuestionFormat.self, json)
    #expect(format.isAnswerable == !["INFORMATION", "UNKNOWN"].contains(format.type))
    let again = try TestSupport.decode(QuestionFormat.self, try TestSupport.json(format))
    #expect(again == format)
    #expect(try TestSupport.tree(format) == TestSupport.decode(JSONValue.self, json))
  }

  @Test func encodesEveryOptionalKeyOfAFormat() throws {
    #expect(
      try TestSupport.json(QuestionFormat.text(.init()))
        == #"{"display_type":null,"max_length":null,"type":"TEXT"}"#)
    #expect(
      try TestSupport.json(QuestionFormat.unknown(rawQuestion: nil))
        == #"{"raw_question":null,"type":"UNKNOWN"}"#)
    #expect(try TestSupport.json(QuestionFormat.boolean) == #"{"type":"BOOLEAN"}"#)
  }

  @Test func unknownDisplayTypesFallBackToTheDefault() throws {
    let text = try TestSupport.decode(QuestionFormat.self, #"{"type":"TEXT","display_type":"RICH_TEXT"}"#)
    #expect(text == .text(.init()))
    let select = try TestSupport.decode(
      QuestionFormat.self, #"{"type":"SINGLE_SELECT","display_type":"CHIPS","options":[]}"#)
    #expect(select == .singleSelect(.init(options: [])))
  }

  @Test func malformedKnownFormatsAreKeptRawInsteadOfFailing() throws {
    let json = #"{"type":"SINGLE_SELECT","display_type":"RADIO"}"#
    let format = try TestSupport.decode(QuestionFormat.self, json)
    #expect(
      format == .unrecognized(type: "SINGLE_SELECT", raw: ["type": "SINGLE_SELECT", "display_type": "RADIO"]))
    #expect(!format.isAnswerable)
    #expect(try TestSupport.tree(format) == TestSupport.decode(JSONValue.self, json))
  }

  @Test func aFormatWithoutTypeIsUnrecognised() throws {
    let format = try TestSupport.decode(QuestionFormat.self, #"{"max_length":3}"#)
    #expect(format == .unrecognized(type: nil, raw: ["max_length": 3]))
    #expect(format.type == "")
  }

  @Test func aNonObjectFormatFailsToDecode() {
    #expect(throws: DecodingError.self) { try TestSupport.decode(QuestionFormat.self, #""TEXT""#) }
  }
}
