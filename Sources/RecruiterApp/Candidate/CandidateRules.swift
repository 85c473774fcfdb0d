import ApplyCore
import KomboAPI
import TerminalUI

/// The core's per-field rules as form checks, and which fields the connected ATS ignores.
enum CandidateRules {
  /// One line of at most 255 characters.
  static let line = FieldRule { value in value.text.flatMap(TextRules.lineProblem).map { "This " + $0 + "." }
  }
  /// An email address.
  static let email = FieldRule { $0.text.flatMap(TextRules.emailProblem).map { $0 + "." } }
  /// A phone number.
  static let phone = FieldRule { $0.text.flatMap(TextRules.phoneProblem).map { $0 + "." } }
  /// An http(s) web address.
  static let url = FieldRule { $0.text.flatMap(TextRules.urlProblem).map(\.message.sentence) }
  /// A number above 0.
  static let positive = FieldRule { value in
    if case .number(let number) = value, number <= 0 { return "Enter an amount greater than 0." }
    return nil
  }

  /// `Not supported by Greenhouse: it is ignored there.` when the integration says the ATS ignores
  /// the create-application input covering `key`; nil when supported or unknown.
  static func unsupportedNote(_ key: String, flow: Flow) -> String? {
    guard let fields = flow.integration?.createApplicationFields, !fields.isEmpty else { return nil }
    let path = FieldPath(key)
    let covering = fields.filter { path.isWithin(FieldPath($0.id)) }.max { $0.id.count < $1.id.count }
    guard let covering, !covering.isAvailable || covering.coverageStatus != .supported else { return nil }
    return "Not supported by \(flow.atsLabel): it is ignored there."
  }
}

extension FieldInfo {
  /// Field information for the draft field at `path`, marked when the connected ATS ignores it.
  static func candidate(
    _ path: FieldPath, _ title: String, description: String? = nil, required: Bool = false,
    rules: [FieldRule] = [CandidateRules.line], flow: Flow,
    visibleWhen: (@Sendable (FormValues) -> Bool)? = nil
  ) -> FieldInfo {
    let note = CandidateRules.unsupportedNote(path.rawValue, flow: flow)
    let text = [description, note].compactMap { $0 }.joined(separator: " ")
    return FieldInfo(
      key: path.rawValue, title: title, description: text.isEmpty ? nil : text, required: required,
      validators: rules, visibleWhen: visibleWhen)
  }
}
