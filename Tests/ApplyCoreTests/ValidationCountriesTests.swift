import ApplyCore
import Testing

@Suite struct ValidationCountriesTests {
  @Test func theListHasAll249OfficialCodesOnceEach() {
    #expect(Countries.all.count == 249)
    #expect(Set(Countries.all.map(\.code)).count == 249)
    #expect(Set(Countries.all.map(\.alpha3)).count == 249)
    #expect(
      Countries.all.allSatisfy { $0.code.count == 2 && $0.code.allSatisfy { $0.isUppercase && $0.isASCII } })
    #expect(Countries.all.map(\.code) == Countries.all.map(\.code).sorted())
  }

  @Test(arguments: [
    ("DE", "Germany"), ("GB", "United Kingdom"), ("US", "United States"), ("AX", "Åland Islands"),
    ("CI", "Côte d'Ivoire"), ("KR", "Korea, Republic of"), ("TW", "Taiwan, Province of China"),
    ("VA", "Holy See (Vatican City State)"), ("SS", "South Sudan"),
    ("BQ", "Bonaire, Sint Eustatius and Saba"),
    ("AQ", "Antarctica"), ("UM", "United States Minor Outlying Islands"),
  ])
  func spotChecks(code: String, name: String) {
    #expect(Countries.country(forCode: code)?.name == name)
  }

  @Test(arguments: ["de", " De ", "DE"])
  func codesAreFoundInAnyCase(typed: String) {
    #expect(Countries.country(forCode: typed)?.code == "DE")
  }

  @Test(arguments: ["UK", "EU", "XX", "DEU", "", "D"])
  func nonCodesAreNotCodes(typed: String) {
    #expect(Countries.country(forCode: typed) == nil)
  }

  @Test(arguments: [
    ("Germany", "DE"), ("germany", "DE"), ("Deutschland", "DE"), ("DEU", "DE"), ("UK", "GB"),
    ("United Kingdom", "GB"), ("Great Britain", "GB"), ("England", "GB"), ("USA", "US"), ("U.S.A.", "US"),
    ("United States of America", "US"), ("the Netherlands", "NL"), ("Holland", "NL"),
    ("Czech Republic", "CZ"),
    ("Russia", "RU"), ("South Korea", "KR"), ("North Korea", "KP"), ("Bolivia", "BO"),
    ("Cote d'Ivoire", "CI"),
    ("Ivory Coast", "CI"), ("Turkey", "TR"), ("Türkiye", "TR"), ("Vietnam", "VN"),
    ("Vatican City State", "VA"),
    ("St. Lucia", "LC"), ("Saint Barthelemy", "BL"), ("Trinidad & Tobago", "TT"), ("Germnay", "DE"),
    ("Switzerland", "CH"), ("Schweiz", "CH"), ("Österreich", "AT"), ("Moldova", "MD"), ("Iran", "IR"),
  ])
  func namesSuggestTheirCode(typed: String, code: String) {
    #expect(Countries.suggestion(for: typed)?.code == code)
  }

  @Test(arguments: ["Narnia", "", "   ", "Congo Republic of Nowhere", "Xy"])
  func unknownOrAmbiguousNamesSuggestNothing(typed: String) {
    #expect(Countries.suggestion(for: typed) == nil)
  }

  @Test func theTwoCongosAndVirginIslandsAreNotConfused() {
    #expect(Countries.suggestion(for: "Congo")?.code == "CG")
    #expect(Countries.suggestion(for: "DR Congo")?.code == "CD")
    #expect(Countries.suggestion(for: "Virgin Islands") == nil)
    #expect(Countries.suggestion(for: "British Virgin Islands")?.code == "VG")
  }
}
