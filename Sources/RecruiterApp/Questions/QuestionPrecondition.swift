import Foundation
import KomboAPI
import TerminalUI

/// A conditional question's precondition as the form evaluates it: the parent's field value (present
/// only while the parent is shown) is one of the listed answers. Mirrors `QuestionVisibility`: a
/// boolean parent's yes/no, a select parent's chosen option id (any of a multi-select's), and typed
/// text taken as an option id.
enum QuestionPrecondition {
  /// The visibility predicate for a question shown when field `parentKey` holds one of `options`.
  static func predicate(parentKey: String, options: PreconditionOptions) -> @Sendable (FormValues) -> Bool {
    { values in isSatisfied(options, by: values[parentKey]) }
  }

  /// Whether the parent's `value` satisfies `options`.
  static func isSatisfied(_ options: PreconditionOptions, by value: FieldValue) -> Bool {
    switch (options, value) {
    case (.booleans(let flags), .bool(let answer)): flags.contains(answer)
    case (.options(let ids), .choice(let id)): ids.contains(id)
    case (.options(let ids), .choices(let chosen)): chosen.contains(where: ids.contains)
    case (.options(let ids), .text(let text)): ids.contains(text.trimmingCharacters(in: .whitespaces))
    default: false
    }
  }
}
