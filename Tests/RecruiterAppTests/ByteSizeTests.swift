import ApplyCore
import PropertyBased
import TerminalUI
import Testing

/// Sizes read the same everywhere: the core's messages (`ByteSize`) and the terminal widgets
/// (`ByteCount`, the file picker's rows and the progress bar) write one style with binary units.
@Suite struct ByteSizeTests {
  @Test(arguments: [
    (0, "0 bytes"), (1, "1 byte"), (1023, "1023 bytes"), (1024, "1.0 KB"), (48_213, "47.1 KB"),
    (1_048_575, "1.0 MB"), (10 * 1024 * 1024, "10.0 MB"), (13_981_196, "13.3 MB"), (5 * 1 << 30, "5.0 GB"),
  ])
  func sizesAreWrittenWithBinaryUnits(bytes: Int, text: String) {
    #expect(ByteSize.text(bytes) == text)
    #expect(ByteCount.format(Int64(bytes)) == text)
  }

  @Test func theCoreAndTheWidgetsAgreeOnEverySize() async {
    await propertyCheck(count: 500, input: Gen.int(in: 0...(1 << 42))) { bytes in
      #expect(ByteSize.text(bytes) == ByteCount.format(Int64(bytes)))
    }
  }
}
