import ApplyCore
import Foundation
import KomboAPI
import TerminalUI
import TextSafety

/// Builds the form field for one screening question: the widget its format and display type call
/// for, its key (`answers.<question id>`), title, description, required mark, the core's rules for
/// what is allowed, and its precondition.
struct QuestionFieldFactory: Sendable {
  /// Today, for date questions' shortcuts and calendar.
  var today: CalendarDate
  /// Where file pickers start.
  var directory: String
  /// The home directory, for `~` in typed paths.
  var home: String
  /// Where file pickers read directories.
  var reader: any DirectoryReader

  /// The form key of a question's field.
  static func key(_ questionID: String) -> String { FieldPath.answer(questionID).rawValue }

  /// The field for `entry`, showing `answer`; `visibility` describes its condition.
  func field(for entry: QuestionOrder.Entry, answer: AnswerDraft?, visibility: QuestionVisibility)
    -> any Field
  {
    let question = entry.question
    var info = FieldInfo(
      key: Self.key(question.id), title: Self.title(of: question), description: nil,
      required: question.required == true)
    if let parentID = entry.parentID, let options = question.preconditionOptions {
      info.visibleWhen = QuestionPrecondition.predicate(parentKey: Self.key(parentID), options: options)
    }
    if visibility.dependsOnMissingQuestion(question) {
      info.isRequired = false
      let condition =
        visibility.conditionDescription(of: question) ?? "a question not on this job is answered"
      return NoticeField(info, text: "Not asked: asked only if \(condition).", role: .muted)
    }
    let condition = entry.parentID == nil ? nil : visibility.conditionDescription(of: question)
    let plainDescription = question.description.map { RichText(html: $0).plainText } ?? ""
    guard let format = question.format, format.isAnswerable else {
      info.isRequired = false
      info.description = Self.join([condition.map { "Asked when \($0)." }])
      if case .information? = question.format {
        return RichTextNote(info, html: question.description ?? "")
      }
      info.description = Self.join([plainDescription, info.description])
      return NoticeField(
        info, text: Self.unanswerableText(question), role: question.required == true ? .warning : .muted)
    }
    info.description = Self.join([
      plainDescription, Self.hint(for: format), condition.map { "Asked when \($0)." },
    ])
    let input = QuestionAnswers.input(for: answer, format: format)
    return makeField(info, format: format, input: input, title: Self.title(of: question))
  }

  private func makeField(_ info: FieldInfo, format: QuestionFormat, input: AnswerInput, title: String)
    -> any Field
  {
    var info = info
    switch format {
    case .text(let rules):
      let text = if case .text(let typed) = input { typed } else { "" }
      info.validators = Self.textRules(rules, title: title)
      let limit = rules.maxLength.flatMap { text.count <= $0 ? $0 : nil }
      if rules.displayType == .multiLine {
        return TextAreaField(info, text: text, maxLength: limit, lines: 4)
      }
      if rules.displayType == .url {
        return WebAddressAnswerField(info, text: text, maxLength: limit)
      }
      let placeholder =
        switch rules.displayType {
        case .email?: "name@example.com"
        default: ""
        }
      return TextInput(info, text: text, placeholder: placeholder, maxLength: limit)
    case .number(let rules):
      let text = if case .text(let typed) = input { typed } else { "" }
      return NumberAnswerField(
        info, text: text, minimum: rules.min, maximum: rules.max, slider: rules.displayType == .slider)
    case .date:
      let text = if case .text(let typed) = input { typed } else { "" }
      return DateField(info, text: text, today: today)
    case .boolean:
      let answer = if case .bool(let value) = input { value } else { Bool?.none }
      return BooleanAnswerField(info, answer: answer)
    case .singleSelect(let select):
      let options = select.options.map { TerminalUI.SelectOption($0.name, value: $0.id) }
      let chosen = if case .choice(let id) = input { id } else { String?.none }
      let dropdown = select.displayType == .dropdown || (select.displayType == nil && options.count > 6)
      return OptionAnswerField(
        info, options: options, value: chosen, style: dropdown ? .dropdown : .list,
        rows: dropdown ? min(8, options.count) : min(6, options.count))
    case .multiSelect(let select):
      let options = select.options.map { TerminalUI.SelectOption($0.name, value: $0.id) }
      let chosen = if case .choices(let ids) = input { ids } else { [String]() }
      return MultiSelectField(info, options: options, values: chosen, height: min(6, max(1, options.count)))
    case .file(let rules):
      let chosen = if case .file(let source) = input { source } else { String?.none }
      let accepted = rules.acceptedMimeTypes ?? []
      let filter = FileTypeFilter(
        extensions: accepted.filter { $0.hasPrefix(".") }, mimeTypes: accepted.filter { !$0.hasPrefix(".") })
      return FileAnswerField(
        info, chosen: chosen, directory: directory, home: home, reader: reader, filter: filter,
        sizeLimit: rules.maxFileSizeBytes)
    case .information, .unknown, .unrecognized:
      return NoticeField(info, text: "", role: .muted)
    }
  }

  /// The question's title, or a stand-in naming its id.
  static func title(of question: ScreeningQuestion) -> String {
    let title = Sanitizer.clean(question.title ?? "").trimmingCharacters(in: .whitespaces)
    return title.isEmpty ? "Untitled question (\(question.id))" : title
  }

  /// The core's text rules: email and web address syntax, and the length for answers restored longer
  /// than the editor would let anyone type.
  private static func textRules(_ rules: QuestionFormat.Text, title: String) -> [FieldRule] {
    let format: FieldRule? =
      switch rules.displayType {
      case .email?: AnswerRules.email
      case .url?: AnswerRules.webAddress
      default: nil
      }
    return [rules.maxLength.map { AnswerRules.maxLength($0, title: title) }, format].compactMap { $0 }
  }

  /// A short line on what the format takes.
  private static func hint(for format: QuestionFormat) -> String? {
    switch format {
    case .text(let rules):
      let kind =
        switch rules.displayType {
        case .email?: "An email address"
        case .url?: "A web address (http or https)"
        case .multiLine?: "Text, several lines allowed"
        default: nil as String?
        }
      let limit = rules.maxLength.map { "at most \($0) characters" }
      switch (kind, limit) {
      case (let kind?, let limit?): return "\(kind), \(limit)."
      case (let kind?, nil): return "\(kind)."
      case (nil, let limit?): return limit.prefix(1).uppercased() + limit.dropFirst() + "."
      case (nil, nil): return nil
      }
    case .number(let rules):
      switch (rules.min, rules.max) {
      case (let low?, let high?): return "A number from \(number(low)) to \(number(high))."
      case (let low?, nil): return "A number of at least \(number(low))."
      case (nil, let high?): return "A number of at most \(number(high))."
      case (nil, nil): return nil
      }
    case .multiSelect: return "Choose any number of options."
    default: return nil
    }
  }

  private static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }

  /// Why an UNKNOWN (or unrecognised) question shows no input, and what a required one means.
  private static func unanswerableText(_ question: ScreeningQuestion) -> String {
    let type = question.format.map { $0.type.isEmpty ? "no type" : $0.type } ?? "no format"
    let base =
      "Can't be answered here: Kombo doesn't support this question's type (\(type)), so nothing is sent."
    guard question.required == true else { return base }
    return base
      + " The ATS marks it required and may reject the application; complete it in the ATS afterwards."
  }

  private static func join(_ parts: [String?]) -> String? {
    let kept = parts.compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    return kept.isEmpty ? nil : kept.joined(separator: "\n")
  }
}
