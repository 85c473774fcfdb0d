import Foundation
import KomboAPI
import Testing

@Suite struct IdentifierTests {
  @Test func validatesKomboIDs() {
    #expect(KomboID.isValid("8d1hpPsbjxUkoCoa1veLZGe5"))
    #expect(KomboID.isValid("26vafvWSRmbhNcxJYqjCzuJg"))
    #expect(!KomboID.isValid("8d1hpPsbjxUkoCoa1veLZGe"), "23 characters")
    #expect(!KomboID.isValid("8d1hpPsbjxUkoCoa1veLZGe55"), "25 characters")
    for excluded in ["0", "O", "I", "l", "-", "é"] {
      #expect(!KomboID.isValid("8d1hpPsbjxUkoCoa1veLZGe" + excluded), "\(excluded) is not base58")
    }
  }

  @Test func generatesValidReproducibleIDs() {
    var first = SplitMix(seed: 7)
    var second = SplitMix(seed: 7)
    let ids = (0..<50).map { _ in KomboID.random(using: &first) }
    #expect(ids.allSatisfy(KomboID.isValid))
    #expect(ids == (0..<50).map { _ in KomboID.random(using: &second) })
    #expect(Set(ids).count == 50)
    #expect(KomboID.isValid(KomboID.random()))
  }

  @Test func parsesIntegrationIDs() throws {
    let id = try #require(IntegrationID("factorial:8d1hpPsbjxUkoCoa1veLZGe5"))
    #expect(id.tool == "factorial")
    #expect(id.id == "8d1hpPsbjxUkoCoa1veLZGe5")
    #expect(id.description == "factorial:8d1hpPsbjxUkoCoa1veLZGe5")
    #expect(try TestSupport.roundTrip(id) == id)
    for bad in [
      "factorial", "factorial:", ":8d1hpPsbjxUkoCoa1veLZGe5", "Factorial:8d1hpPsbjxUkoCoa1veLZGe5",
      "factorial:8d1hpPsbjxUkoCoa1veLZGe0", "a b:8d1hpPsbjxUkoCoa1veLZGe5", "x:y:8d1hpPsbjxUkoCoa1veLZGe5",
    ] {
      #expect(IntegrationID(bad) == nil, "\(bad)")
    }
    #expect(throws: DecodingError.self) { try TestSupport.decode(IntegrationID.self, #""nope""#) }
  }

  @Test func listsTheSixtySixToolsWithUniqueSlugs() {
    #expect(ATSTool.all.count == 66)
    #expect(Set(ATSTool.all.map(\.slug)).count == 66)
    #expect(Set(ATSTool.all.map(\.label)).count == 66)
    #expect(ATSTool.all.allSatisfy { IntegrationID(tool: $0.slug, id: "8d1hpPsbjxUkoCoa1veLZGe5") != nil })
    #expect(ATSTool.named("successfactors")?.label == "SAP SuccessFactors")
    #expect(ATSTool.label(forSlug: "recruhr") == "RECRU")
    #expect(ATSTool.label(forSlug: "sandbox") == "Kombo Sandbox")
    #expect(ATSTool.label(forSlug: "mystery") == "mystery")
    #expect(ATSTool.all.first?.label == "Workday")
    #expect(ATSTool.all.last?.slug == "guidecom")
  }

  @Test func regionsHaveTheDocumentedBaseURLs() {
    #expect(KomboRegion.eu.baseURL.absoluteString == "https://api.kombo.dev/v1")
    #expect(KomboRegion.us.baseURL.absoluteString == "https://api.us.kombo.dev/v1")
    #expect(KomboRegion.ca.baseURL.absoluteString == "https://api.ca.kombo.dev/v1")
    #expect(KomboRegion(host: "API.US.kombo.dev") == .us)
    #expect(KomboRegion(host: "example.com") == nil)
    #expect(KomboRegion(rawValue: "eu") == .eu)
    #expect(KomboRegion.ca.description == "CA (https://api.ca.kombo.dev/v1)")
  }
}

/// A small seeded generator for reproducible ids.
struct SplitMix: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
