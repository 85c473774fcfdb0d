import Testing

@testable import TextSafety

/// File names that are not UTF-8 survive the round trip through a `String` and are shown escaped.
@Suite struct FileNameBytesTests {
  @Test func invalidBytesRoundTripAndValidUTF8IsDecoded() {
    let names: [[UInt8]] = [
      Array("caf".utf8) + [0xE9] + Array(".pdf".utf8),
      Array("café.pdf".utf8),
      [0xC3],
      [0xE2, 0x82],
      [0xC0, 0xAF],
      [0xED, 0xA0, 0x80],
      [0xF4, 0x90, 0x80, 0x80],
      [0x80, 0xFF, 0x41],
    ]
    for name in names {
      #expect(FileNameBytes.encode(FileNameBytes.decode(name)) == name, "\(name)")
    }
    #expect(FileNameBytes.decode(Array("café.pdf".utf8)) == "café.pdf")
  }

  @Test func aNameIsSentWithEachUndecodableBytePercentEscaped() {
    #expect(
      FileNameBytes.percentEscaped(FileNameBytes.decode(Array("caf".utf8) + [0xE9] + Array(".pdf".utf8)))
        == "caf%E9.pdf")
    #expect(FileNameBytes.percentEscaped(FileNameBytes.decode([0x80, 0xFF, 0x41])) == "%80%FFA")
    #expect(FileNameBytes.percentEscaped("café 100%.pdf") == "café 100%.pdf")
  }

  @Test func theSanitiserShowsEachUndecodableByteEscaped() {
    let name = FileNameBytes.decode(Array("caf".utf8) + [0xE9] + Array(".pdf".utf8))
    #expect(Sanitizer.clean(name) == "caf\\xE9.pdf")
    #expect(Sanitizer.clean(FileNameBytes.decode([0xC0, 0xAF])) == "\\xC0\\xAF")
  }
}
