import Foundation
import KomboAPI
import Testing

@Suite struct KomboErrorTests {
  @Test func decodesAKnownCodeWithAllFields() throws {
    let body = #"""
      {"status":"error","error":{"code":"ATS.APPLICATION_ALREADY_EXISTS","title":"Already applied",
       "message":"The candidate already applied.","log_url":"https://app.kombo.dev/logs/abc"}}
      """#
    let error = try TestSupport.decode(KomboErrorResponse.self, body).error
    #expect(error.code == .atsApplicationAlreadyExists)
    #expect(error.title == "Already applied")
    #expect(error.message == "The candidate already applied.")
    #expect(error.logURL == "https://app.kombo.dev/logs/abc")
    #expect(error.retryAdvice == .notAutomatically)
    #expect(error.description == "ATS.APPLICATION_ALREADY_EXISTS: The candidate already applied.")
  }

  @Test func keepsAnUnknownCodeVerbatim() throws {
    let body =
      #"{"status":"error","error":{"code":"ATS.CANDIDATE_BLOCKED","title":null,"message":"m","log_url":null}}"#
    let response = try TestSupport.decode(KomboErrorResponse.self, body)
    #expect(response.error.code == .unrecognized("ATS.CANDIDATE_BLOCKED"))
    #expect(response.error.code?.isKnown == false)
    #expect(response.error.retryAdvice == .notAutomatically)
    #expect(response.error.explanation.contains("ATS.CANDIDATE_BLOCKED"))
    #expect(
      try TestSupport.decode(JSONValue.self, TestSupport.json(response))
        == TestSupport.decode(JSONValue.self, body))
  }

  @Test func nullCodeAndTitleDecodeAndEncodeBackAsNull() throws {
    let body =
      #"{"error":{"code":null,"log_url":null,"message":"Bad gateway","title":null},"status":"error"}"#
    let response = try TestSupport.decode(KomboErrorResponse.self, body)
    #expect(response.error.code == nil)
    #expect(response.error.title == nil)
    #expect(response.error.explanation == "Bad gateway")
    #expect(response.error.nextStep == KomboErrorCode.unrecognized("").nextStep)
    #expect(try TestSupport.json(response) == body)
    let missingKeys = try TestSupport.decode(
      KomboErrorResponse.self, #"{"status":"error","error":{"message":"m"}}"#)
    #expect(missingKeys.error == KomboError(message: "m"))
    #expect(
      try TestSupport.json(KomboErrorResponse(error: KomboError(title: "T", message: "m")))
        == #"{"error":{"code":null,"log_url":null,"message":"m","title":"T"},"status":"error"}"#)
  }

  @Test(arguments: [
    "<html><body><h1>502 Bad Gateway</h1></body></html>", "", "Service Unavailable", "null", "[]", "{}",
    #"{"status":"success","data":{}}"#, #"{"status":"error"}"#, #"{"status":"error","error":{"code":"X"}}"#,
    #"{"error":{"message":"m"}}"#,
  ])
  func bodiesThatAreNotAnErrorEnvelopeFailCleanly(body: String) {
    #expect(throws: DecodingError.self) { try TestSupport.decode(KomboErrorResponse.self, body) }
  }

  @Test func everyDocumentedCodeRoundTripsAndHasFacts() throws {
    #expect(KomboErrorCode.allCases.count == 24)
    for code in KomboErrorCode.allCases {
      #expect(KomboErrorCode(rawValue: code.rawValue) == code)
      #expect(try TestSupport.roundTrip(code) == code)
      #expect(code.isKnown)
      #expect(!code.explanation.isEmpty && !code.nextStep.isEmpty)
      #expect(code.explanation.hasSuffix(".") && code.nextStep.hasSuffix("."), "\(code) reads as sentences")
      #expect((400...599).contains(code.conventionalHTTPStatus))
    }
    #expect(Set(KomboErrorCode.allCases.map(\.explanation)).count == 24, "each code explains itself")
  }

  @Test func onlyRateLimitsConcurrencyAndUnavailabilityAreRetriedAutomatically() {
    let automatic = KomboErrorCode.allCases.filter(\.isSafeToRetryAutomatically).map(\.rawValue)
    #expect(
      Set(automatic) == [
        "PLATFORM.RATE_LIMIT_EXCEEDED", "PLATFORM.CONCURRENCY_LIMIT_EXCEEDED", "REMOTE.RATE_LIMIT_EXCEEDED",
        "REMOTE.SERVICE_UNAVAILABLE",
      ])
    let afterFix = KomboErrorCode.allCases.filter { $0.retryAdvice == .afterFixingInput }.map(\.rawValue)
    #expect(Set(afterFix) == ["PLATFORM.INPUT_INVALID", "REMOTE.INPUT_INVALID"])
    #expect(KomboErrorCode.integrationSetupSyncPending.conventionalHTTPStatus == 409)
    #expect(KomboErrorCode.platformConcurrencyLimitExceeded.conventionalHTTPStatus == 429)
  }

  @Test func generalEndpointsUseOnlyPlatformCodes() {
    #expect(KomboErrorCode.allCases.filter(\.isGeneral).count == 8)
    #expect(!KomboErrorCode.atsJobClosed.isGeneral)
    #expect(!KomboErrorCode.unrecognized("PLATFORM.NEW").isGeneral)
  }

  @Test func aKomboErrorCanBeThrown() {
    #expect(throws: KomboError(code: .atsJobClosed, message: "closed")) {
      throw KomboError(code: .atsJobClosed, message: "closed")
    }
  }
}
