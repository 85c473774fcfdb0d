import Foundation
import KomboAPI
import Testing

/// Foundation says "not valid JSON" about valid JSON it cannot hold; the app says what is really wrong.
@Suite struct JSONSyntaxTests {
  struct Whole: Decodable { let a: Int }
  struct Text: Decodable { let a: String }
  struct Number: Decodable { let a: Double }
  struct Numbers: Decodable { let a: [Double] }

  static func message<T: Decodable>(_ type: T.Type, _ text: String) -> String? {
    do {
      _ = try KomboJSON.decode(T.self, from: Data(text.utf8))
      return nil
    } catch let error as DecodingError {
      return error.summary(reading: Data(text.utf8))
    } catch {
      return "\(error)"
    }
  }

  @Test func validNumbersThatFitAreRead() {
    #expect(Self.message(Number.self, #"{"a":1e300}"#) == nil)
    #expect(Self.message(Number.self, #"{"a":-0.0E+2}"#) == nil)
    #expect(Self.message(Whole.self, #"{"a":-0.0E+2}"#) == nil)
    #expect(Self.message(Numbers.self, #"{"a":[-0.0e2, 0.0E-7, -0.5E+1]}"#) == nil)
    let data = Data(#"{"a":-0.0E+2,"b":"-0.0E+2"}"#.utf8)
    #expect(String(decoding: JSONSyntax.readable(data), as: UTF8.self) == #"{"a":-0,"b":"-0.0E+2"}"#)
  }

  @Test(arguments: ["1.5", "9223372036854775808", "1e19"])
  func aNumberThatDoesNotFitIsNamedNotCalledInvalid(_ number: String) throws {
    let message = try #require(Self.message(Whole.self, #"{"a":"# + number + "}"))
    #expect(
      message
        == "the JSON is valid JSON, but the number \(number) at line 1, column 6 does not fit its field: it is not "
        + "a whole number between -2^63 and 2^63-1, or beyond ±1.8e308")
  }

  @Test func deepNestingAndLoneSurrogatesAreValidJSONThatCannotBeHeld() throws {
    let deep = #"{"a":"# + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}"
    let nested = try #require(Self.message(Text.self, deep))
    #expect(nested.hasPrefix("the JSON is valid JSON, but nested 601 levels deep"), "\(nested)")
    let surrogate = try #require(Self.message(Text.self, #"{"a":"\ud800"}"#))
    #expect(
      surrogate.contains("is valid JSON, but the string at line 1, column 6 has a lone surrogate escape"))
  }

  @Test(arguments: [
    (#"{"a":1 2}"#, "line 1, column 8: expected ',' or '}'"),
    (#"{"a":"x"#, "line 1, column 8: a string is not closed"),
    ("{\n\"a\" \"x\"}", "line 2, column 5: expected ':' after a key"),
    (#"{"a":tru}"#, "line 1, column 6: expected a value"),
  ])
  func reallyInvalidJSONSaysWhereAndWhat(_ text: String, _ expected: String) throws {
    let message = try #require(Self.message(Text.self, text))
    #expect(message.hasPrefix("the JSON is not valid JSON: " + expected), "\(message)")
  }
}
