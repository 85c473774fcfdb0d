import ApplyCore
import Foundation
import KomboAPI
import TerminalUI

/// What a question's field holds, in terms both sides understand: typed text (TEXT, NUMBER and DATE
/// answers keep it as typed), yes/no, option ids, or a file path or web address.
enum AnswerInput: Hashable, Sendable {
  /// Nothing entered.
  case none
  /// Text as typed (text, number or date).
  case text(String)
  /// Yes or no.
  case bool(Bool)
  /// One option id.
  case choice(String)
  /// Option ids, in the options' order.
  case choices([String])
  /// A file path or an `http(s)://` address.
  case file(String)
}

/// Converts between draft answers and what the question fields hold.
///
/// Writing back keeps the draft's own answer whenever the field still shows what that answer showed,
/// so an answer the field cannot display (from the command line, a file name override, an unknown
/// option) is never rewritten or lost by opening the screen.
enum QuestionAnswers {
  /// What the field for a question of `format` shows for `answer`.
  static func input(for answer: AnswerDraft?, format: QuestionFormat) -> AnswerInput {
    guard let answer else { return .none }
    switch (format, answer) {
    case (.text, _), (.number, _), (.date, _):
      return text(of: answer).map(nonEmpty) ?? .none
    case (.boolean, .boolean(let value)):
      return .bool(value)
    case (.boolean, .text(let text)):
      return AnswerParser.boolean(text).map(AnswerInput.bool) ?? .none
    case (.singleSelect(let select), .option(let text)), (.singleSelect(let select), .text(let text)):
      return option(text, in: select.options).map(AnswerInput.choice) ?? .none
    case (.multiSelect(let select), .options(let ids)):
      return choices(select.options.map(\.id).filter(ids.contains))
    case (.multiSelect(let select), .option(let text)), (.multiSelect(let select), .text(let text)):
      let ids = text.split(separator: ",").compactMap { option(String($0), in: select.options) }
      return choices(select.options.map(\.id).filter(ids.contains))
    case (.file, .file(let reference)):
      switch reference.source {
      case .path(let path): return path.isEmpty ? .none : .file(path)
      case .url(let url): return url.isEmpty ? .none : .file(url)
      }
    default:
      return .none
    }
  }

  /// What `field` holds.
  static func input(of field: any Field) -> AnswerInput {
    switch field {
    case let input as TextInput: return nonEmpty(input.text)
    case let address as WebAddressAnswerField: return nonEmpty(address.wrapped.text)
    case let area as TextAreaField: return nonEmpty(area.model.text)
    case let number as NumberAnswerField: return nonEmpty(number.text)
    case let date as DateField:
      if case .date(let day) = date.value { return .text(day.description) }
      return nonEmpty(date.model.text)
    default:
      switch field.value {
      case .bool(let value): return .bool(value)
      case .choice(let id) where !id.isEmpty: return .choice(id)
      case .choices(let ids) where !ids.isEmpty: return .choices(ids)
      case .files(let paths): return paths.first.flatMap { $0.isEmpty ? nil : .file($0) } ?? .none
      default: return .none
      }
    }
  }

  /// The draft answer for `input` to a question of `format`; nil for nothing entered.
  static func answer(for input: AnswerInput, format: QuestionFormat) -> AnswerDraft? {
    switch (input, format) {
    case (.none, _): nil
    case (.text(let text), .number): .number(text)
    case (.text(let text), .date): .date(text)
    case (.text(let text), _): .text(text)
    case (.bool(let value), _): .boolean(value)
    case (.choice(let id), _): .option(id)
    case (.choices(let ids), _): .options(ids)
    case (.file(let source), _):
      .file(FileAnswerField.isWebAddress(source) ? FileReference(url: source) : FileReference(path: source))
    }
  }

  /// The answer to store after editing: the original when the field still shows it (a date such as
  /// `+3d` that the field shows as the day it stands for included), else the field's.
  static func updated(_ original: AnswerDraft?, field: any Field, format: QuestionFormat) -> AnswerDraft? {
    let now = input(of: field)
    if now == input(for: original, format: format) { return original }
    if let date = field as? DateField, case .date(let typed)? = original, let shown = date.model.value,
      DateFieldModel(text: typed, today: date.model.today).value == shown
    {
      return original
    }
    return answer(for: now, format: format)
  }

  /// No options chosen is nothing entered, as the multi-select field reports it.
  private static func choices(_ ids: [String]) -> AnswerInput {
    ids.isEmpty ? .none : .choices(ids)
  }

  private static func nonEmpty(_ text: String) -> AnswerInput {
    text.isEmpty ? .none : .text(text)
  }

  /// The text of a text-like answer.
  private static func text(of answer: AnswerDraft) -> String? {
    switch answer {
    case .text(let text), .number(let text), .date(let text), .option(let text): text
    case .boolean, .options, .file: nil
    }
  }

  /// The id of the option whose id is `text`, or whose name equals it ignoring case and spaces.
  private static func option(_ text: String, in options: [KomboAPI.SelectOption]) -> String? {
    let wanted = text.trimmingCharacters(in: .whitespaces)
    if let byID = options.first(where: { $0.id == wanted }) { return byID.id }
    let named = options.filter {
      $0.name.trimmingCharacters(in: .whitespaces).lowercased() == wanted.lowercased()
    }
    return named.count == 1 ? named[0].id : nil
  }
}
