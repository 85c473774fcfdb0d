/// An integration Kombo's create-application endpoint supports: the tool slug (as in
/// `tool.id`, integration ids and `remote_fields`) and the name people know it by.
///
/// ``all`` lists the 66 integrations on Kombo's *Create application* page, in the page's order.
/// Slugs are checked against the Python SDK's tool enum by the SDK cross-check test.
public struct ATSTool: Hashable, Sendable, Codable, Identifiable, CustomStringConvertible {
  /// The tool slug, e.g. `successfactors`.
  public let slug: String
  /// The display name, e.g. `SAP SuccessFactors`.
  public let label: String

  /// A tool with `slug` and `label`.
  public init(slug: String, label: String) {
    self.slug = slug
    self.label = label
  }

  /// The slug.
  public var id: String { slug }

  /// The label.
  public var description: String { label }

  /// The tool with `slug`, if it is one of ``all``.
  public static func named(_ slug: String) -> ATSTool? {
    all.first { $0.slug == slug }
  }

  /// The label for `slug`, or the slug itself for a tool not in ``all``.
  public static func label(forSlug slug: String) -> String {
    named(slug)?.label ?? slug
  }

  /// The 66 integrations that support creating applications, in Kombo's order.
  public static let all: [ATSTool] = [
    ATSTool(slug: "workday", label: "Workday"),
    ATSTool(slug: "successfactors", label: "SAP SuccessFactors"),
    ATSTool(slug: "smartrecruiters", label: "SmartRecruiters"),
    ATSTool(slug: "factorial", label: "Factorial"),
    ATSTool(slug: "oraclerecruiting", label: "Oracle Recruiting Cloud"),
    ATSTool(slug: "lever", label: "Lever"),
    ATSTool(slug: "icims", label: "iCIMS"),
    ATSTool(slug: "cornerstonetalentlink", label: "Cornerstone TalentLink"),
    ATSTool(slug: "recruitee", label: "Recruitee"),
    ATSTool(slug: "greenhouse", label: "Greenhouse"),
    ATSTool(slug: "greenhousejobboard", label: "Greenhouse Job Board"),
    ATSTool(slug: "teamtailor", label: "Teamtailor"),
    ATSTool(slug: "ashby", label: "Ashby"),
    ATSTool(slug: "talentsoft", label: "CEGID TalentSoft FrontOffice"),
    ATSTool(slug: "concludis", label: "concludis"),
    ATSTool(slug: "piloga", label: "P&I Loga"),
    ATSTool(slug: "onlyfy", label: "Onlyfy"),
    ATSTool(slug: "personio", label: "Personio"),
    ATSTool(slug: "ukgpro", label: "UKG Pro"),
    ATSTool(slug: "rexx", label: "rexx systems"),
    ATSTool(slug: "afas", label: "AFAS Software"),
    ATSTool(slug: "bamboohr", label: "BambooHR"),
    ATSTool(slug: "bullhorn", label: "Bullhorn"),
    ATSTool(slug: "bullhornlogin", label: "Bullhorn Login"),
    ATSTool(slug: "workable", label: "Workable"),
    ATSTool(slug: "jobvite", label: "Jobvite"),
    ATSTool(slug: "fountain", label: "Fountain"),
    ATSTool(slug: "softgarden", label: "Softgarden"),
    ATSTool(slug: "pinpoint", label: "Pinpoint"),
    ATSTool(slug: "welcometothejungle", label: "Welcome to the Jungle"),
    ATSTool(slug: "dvinci", label: "d.vinci"),
    ATSTool(slug: "join", label: "JOIN"),
    ATSTool(slug: "sagehr", label: "Sage HR"),
    ATSTool(slug: "traffit", label: "TRAFFIT"),
    ATSTool(slug: "erecruiter", label: "eRecruiter"),
    ATSTool(slug: "abacusumantis", label: "Abacus Umantis"),
    ATSTool(slug: "umantis", label: "Haufe Umantis"),
    ATSTool(slug: "jobylon", label: "Jobylon"),
    ATSTool(slug: "taleez", label: "Taleez"),
    ATSTool(slug: "hrworks", label: "HRworks"),
    ATSTool(slug: "otys", label: "OTYS"),
    ATSTool(slug: "zohorecruit", label: "Zoho Recruit"),
    ATSTool(slug: "eploy", label: "Eploy"),
    ATSTool(slug: "jobdiva", label: "JobDiva"),
    ATSTool(slug: "careerplug", label: "CareerPlug"),
    ATSTool(slug: "heyrecruit", label: "Heyrecruit"),
    ATSTool(slug: "recruhr", label: "RECRU"),
    ATSTool(slug: "jazzhr", label: "JazzHR"),
    ATSTool(slug: "bite", label: "BITE"),
    ATSTool(slug: "homerun", label: "Homerun"),
    ATSTool(slug: "mysolution", label: "Mysolution"),
    ATSTool(slug: "carerix", label: "Carerix"),
    ATSTool(slug: "hroffice", label: "HR Office"),
    ATSTool(slug: "talentclue", label: "Talent Clue"),
    ATSTool(slug: "inrecruiting", label: "InRecruiting"),
    ATSTool(slug: "ubeeo", label: "Ubeeo"),
    ATSTool(slug: "connexys", label: "Connexys By Bullhorn"),
    ATSTool(slug: "hr4you", label: "HR4YOU"),
    ATSTool(slug: "cornerstoneondemand", label: "Cornerstone OnDemand"),
    ATSTool(slug: "zvooverecruit", label: "Zvoove Recruit"),
    ATSTool(slug: "breezyhr", label: "Breezy HR"),
    ATSTool(slug: "flatchr", label: "Flatchr"),
    ATSTool(slug: "reachmee", label: "ReachMee"),
    ATSTool(slug: "talentadore", label: "TalentAdore"),
    ATSTool(slug: "sandbox", label: "Kombo Sandbox"),
    ATSTool(slug: "guidecom", label: "GuideCom"),
  ]
}
