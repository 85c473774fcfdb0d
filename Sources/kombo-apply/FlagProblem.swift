import ApplyCore

/// One problem with the command line's input, named by its flag: `--email: not an email address`.
struct FlagProblem: Hashable {
  /// The flag as the user typed it, e.g. `--email` or `--answer QboAAA…`.
  let flag: String
  /// What is wrong and what is allowed.
  let message: String

  /// `--flag: message`.
  var line: String { "\(flag): \(message)" }
}

/// Which `submit` flag a validation field path came from.
struct FlagMap {
  /// The paths given with `--attach`, in order; `--attach-url` ones follow them in the draft.
  let attachPaths: [String]
  /// The URLs given with `--attach-url`, in order.
  let attachURLs: [String]

  private static let candidateFlags: [(FieldPath, String)] = [
    (.firstName, "--first-name"), (.lastName, "--last-name"), (.emailAddress, "--email"),
    (.phoneNumber, "--phone"), (.company, "--company"), (.title, "--title"), (.country, "--country"),
    (.city, "--city"), (.state, "--state"), (.street, "--street"), (.zipCode, "--zip"),
    (.location, "--country"),
    (.gender, "--gender"), (.availabilityDate, "--available-from"), (.salaryExpectations, "--salary"),
    (.socialLinks, "--link"), (.gdprExpiresAt, "--gdpr-until"), (.gdprConsent, "--gdpr-consent"),
    (.stageID, "--stage"), (.job, "--job"), (.sourcedBy, "--sourced-by"), (.sourceName, "--source"),
    (.remoteFields, "--remote-fields"), (.attachments, "--attach"),
  ]

  /// The flag for `path`, with the value it concerns where several were given.
  func flag(for path: FieldPath) -> String {
    let raw = path.rawValue
    if path.isWithin(.answers) {
      let id = raw.dropFirst(FieldPath.answers.rawValue.count + 1).prefix { $0 != "." && $0 != "[" }
      return id.isEmpty ? "--answer" : "--answer \(id)"
    }
    if path.isWithin(.attachments), let index = Self.index(in: raw, after: FieldPath.attachments.rawValue) {
      if index < attachPaths.count { return "--attach \(attachPaths[index])" }
      let urlIndex = index - attachPaths.count
      return urlIndex < attachURLs.count ? "--attach-url \(attachURLs[urlIndex])" : "--attach"
    }
    if path.isWithin(.socialLinks), let index = Self.index(in: raw, after: FieldPath.socialLinks.rawValue) {
      return "--link #\(index + 1)"
    }
    for (list, flag) in [
      (FieldPath.additionalEmailAddresses, "--additional-email"),
      (.additionalPhoneNumbers, "--additional-phone"),
    ] where path.isWithin(list) {
      return Self.index(in: raw, after: list.rawValue).map { "\(flag) #\($0 + 1)" } ?? flag
    }
    for (prefix, flag) in Self.candidateFlags where path.isWithin(prefix) { return flag }
    return raw
  }

  private static func index(in raw: String, after prefix: String) -> Int? {
    guard raw.hasPrefix(prefix + "[") else { return nil }
    return Int(raw.dropFirst(prefix.count + 1).prefix { $0.isNumber })
  }
}
