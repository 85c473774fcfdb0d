import Foundation
import Testing
import TextSafety

@Suite struct SafeJSONTests {
  @Test func escapesWhatEncodersLeaveRawAndKeepsTheData() throws {
    let hostile =
      "a\u{7F}b\u{9B}2Jc\u{202E}d\u{200B}e\u{FEFF}f\u{200D}g\u{2028}h\u{E0041}i\u{1B}]52;c;x\u{07}"
    let data = try JSONEncoder().encode(["name": hostile])
    let text = SafeJSON.text(data)
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0.value >= 0x7F })
    #expect(text.contains("\\u007f") && text.contains("\\u009b") && text.contains("\\u202e"))
    #expect(text.contains("\\udb40\\udc41"))
    let decoded = try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
    #expect(decoded["name"] == hostile)
  }

  @Test func plainJSONIsUnchanged() throws {
    let data = try JSONEncoder().encode(["name": "Zoë 山田 🚀", "id": "Job1"])
    #expect(SafeJSON.text(data) == String(decoding: data, as: UTF8.self))
  }
}
