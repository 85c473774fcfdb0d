import ApplyCore
import Foundation
import TerminalUI

/// The core's text rules as form rules, so a field says while typing what the validator would say:
/// each checks the trimmed text and lets empty text pass (required-ness is the field's own).
enum AnswerRules {
  /// A rule running `check` on the trimmed, non-empty text.
  static func trimmed(_ check: @escaping @Sendable (String) -> String?) -> FieldRule {
    FieldRule { value in
      guard let text = value.text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
        return nil
      }
      return check(text)
    }
  }

  /// An email address (`TextRules.emailProblem`).
  static let email = trimmed { TextRules.emailProblem($0).map(\.sentence) }

  /// An `http(s)://` address (`TextRules.urlProblem`, with its suggestion).
  static let webAddress = trimmed(webAddressProblem)

  /// Why `text` is not a web address, or nil.
  @Sendable static func webAddressProblem(_ text: String) -> String? {
    TextRules.urlProblem(text).map(\.message.sentence)
  }

  /// At most `limit` characters; `title` names the question.
  static func maxLength(_ limit: Int, title: String) -> FieldRule {
    trimmed { text in
      text.count > limit ? "\(title) takes at most \(limit) characters; the answer has \(text.count)." : nil
    }
  }
}
