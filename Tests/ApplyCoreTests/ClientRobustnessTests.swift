import Foundation
import PropertyBased
import Testing

@testable import ApplyCore

/// Arbitrary bytes from a server never crash the client, and nothing it shows carries terminal controls.
@Suite struct ClientRobustnessTests {
  static let bytes = Gen<UInt8>.value(in: 0...255).array(of: 0...300)
  static let headerText = Gen<UInt8>.value(in: 0...127).array(of: 0...24).map {
    String(decoding: $0, as: UTF8.self)
  }

  @Test func anyErrorBodyBecomesATypedErrorWithPrintableText() async {
    await propertyCheck(input: Self.bytes, Gen<Int>.value(in: 400...599)) { body, status in
      let response = TransportResponse(
        status: status, headers: [("Content-Type", "text/\u{1B}[2Jhtml")], body: Data(body))
      let error = HTTPKomboClient.failure(from: response)
      let text = error.description
      #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
  }

  @Test func anyRetryHeaderGivesABoundedWaitOrNone() async {
    await propertyCheck(input: Self.headerText, Self.headerText) { retryAfter, milliseconds in
      let hints = RetryHints(retryAfter: retryAfter, retryAfterMilliseconds: milliseconds)
      if let wait = hints.delay(now: Date()) {
        #expect(wait >= .zero && wait <= .seconds(86_400))
      }
    }
  }

  @Test func hostileNumbersInHeadersDoNotTrap() {
    for value in ["inf", "-inf", "nan", "1e308", "-5", "9999999999999999999999"] {
      let wait = RetryHints(retryAfter: value).delay(now: Date())
      #expect(wait == nil || wait! <= .seconds(86_400), "\(value)")
      let ms = RetryHints(retryAfterMilliseconds: value).delay(now: Date())
      #expect(ms == nil || ms! <= .seconds(86_400), "\(value)")
    }
    #expect(RetryHints(retryAfter: "inf").delay(now: Date()) == .seconds(86_400))
  }
}
