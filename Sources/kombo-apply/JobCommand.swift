import ApplyCore
import ArgumentParser
import Foundation
import KomboAPI
import TextSafety

/// `kombo-apply job ID`: one job with its stages and screening questions, in order.
struct JobCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "job",
    abstract: "Show one job: stages in order, screening questions with formats, options and conditions.")

  @Argument(help: "The Kombo job id, or the ATS's id as remote:<id>.")
  var id: String

  @Flag(
    help: "Print the job as Kombo returns it (JSON), with the integration's attachment_restrictions added.")
  var json = false

  @OptionGroup var connection: ConnectionOptions

  func validate() throws {
    let trimmed = id.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty || trimmed == KomboID.remotePrefix {
      throw ValidationError("give a job id: a Kombo id, or remote:<the ATS's id> (see `kombo-apply jobs`)")
    }
  }

  func run() async throws {
    try await reportingFailures {
      let context = try AppContext(connection: connection)
      let (job, lookup) = try await context.withBackend { session in
        do throws(KomboClientError) {
          let job = try await session.client.job(id: id)
          return (job, await AttachmentRulesLookup.read(through: session.client))
        } catch {
          throw error.commandFailure
        }
      }
      if let notice = lookup.notice { Console.error("kombo-apply: warning: \(notice)") }
      let visibility = QuestionVisibility(questions: job.screeningQuestions, answers: [:])
      for question in job.screeningQuestions where visibility.dependsOnMissingQuestion(question) {
        let parent = Sanitizer.line(question.preconditionQuestionID ?? "", limit: 40)
        Console.error(
          "kombo-apply: warning: question \(Sanitizer.line(question.id, limit: 40)) depends on question "
            + "\(parent), which is not on this job: it is never asked and never required")
      }
      if json {
        Console.out(SafeJSON.text(Self.json(job, rules: lookup.rules)))
      } else {
        JobDescription(job: job).lines.forEach { Console.out($0) }
        Console.out("")
        Console.out("Attachments: " + AttachmentRulesText.line(lookup.rules))
      }
    }
  }

  /// The job's JSON as Kombo returns it, plus `attachment_restrictions` as
  /// `GET /ats/actions/ats_create_application` gives them (`null` when nothing is known).
  static func json(_ job: Job, rules: AttachmentRules) -> Data {
    let encoder = KomboJSON.prettyEncoder()
    func value(_ encodable: some Encodable) -> JSONValue? {
      (try? encoder.encode(encodable)).flatMap { try? KomboJSON.decoder().decode(JSONValue.self, from: $0) }
    }
    guard case .object(var object)? = value(job) else { return Data() }
    object["attachment_restrictions"] = rules.isUnknown ? .null : value(rules) ?? .null
    return (try? encoder.encode(JSONValue.object(object))) ?? Data()
  }
}

/// A job described for people: header, stages, and questions with formats and conditions in words.
struct JobDescription {
  let job: Job

  var lines: [String] {
    var lines = [
      Sanitizer.line(job.name ?? "(untitled job)"),
      "  id \(Sanitizer.line(job.id))   remote id \(Sanitizer.line(job.remoteID))"
        + (job.status.map { "   status \(Sanitizer.line($0.rawValue))" } ?? "")
        + (job.visibility.map { "   visibility \(Sanitizer.line($0.rawValue))" } ?? ""),
    ]
    let stages = job.stages.enumerated().sorted {
      ($0.element.index ?? $0.offset) < ($1.element.index ?? $1.offset)
    }
    lines.append("")
    lines.append("Stages (--stage ID):")
    if stages.isEmpty { lines.append("  none listed: the ATS's default stage is used") }
    for (number, stage) in stages.map(\.element).enumerated() {
      let inactive = stage.status == .inactive ? "  (inactive)" : ""
      let name = Sanitizer.line(stage.name ?? "(unnamed)", limit: 50)
      lines.append("  \(number + 1). \(name)  \(Sanitizer.line(stage.id))\(inactive)")
    }
    let questions = job.screeningQuestions.enumerated()
      .sorted { ($0.element.index ?? $0.offset) < ($1.element.index ?? $1.offset) }.map(\.element)
    lines.append("")
    lines.append("Screening questions (--answer ID=VALUE; * = required):")
    if questions.isEmpty { lines.append("  none") }
    let visibility = QuestionVisibility(questions: job.screeningQuestions, answers: [:])
    for question in questions {
      let mark = question.required == true ? "*" : " "
      let title = Sanitizer.line(question.title ?? "(no title)", limit: 70)
      lines.append(" \(mark) \(Sanitizer.line(question.id))  \(title)")
      lines.append("      \(Self.describe(question.format))")
      for option in question.format?.options ?? [] {
        lines.append("        - \(Sanitizer.line(option.id))  \(Sanitizer.line(option.name, limit: 60))")
      }
      if let condition = visibility.conditionDescription(of: question) {
        lines.append("      asked only if \(Sanitizer.line(condition))")
      }
    }
    return lines
  }

  /// The answer format in words, with what `--answer` accepts.
  static func describe(_ format: QuestionFormat?) -> String {
    guard let format else { return "no format: cannot be answered here" }
    switch format {
    case .text(let text):
      let kind =
        text.displayType.map { "text (\($0.rawValue.lowercased().replacingOccurrences(of: "_", with: " ")))" }
        ?? "text"
      return kind + (text.maxLength.map { ", at most \($0) characters" } ?? "")
    case .number(let number):
      let range = [
        number.min.map { "min \(NumberRange.text($0))" }, number.max.map { "max \(NumberRange.text($0))" },
      ]
      .compactMap { $0 }.joined(separator: ", ")
      return "number" + (range.isEmpty ? "" : " (\(range))")
    case .file(let file):
      let types = file.acceptedMimeTypes.map { ", types " + Sanitizer.line($0.joined(separator: " ")) } ?? ""
      let size = file.maxFileSizeBytes.map { ", up to \(ByteCount.format($0))" } ?? ""
      return "file: give a path\(types)\(size)"
    case .singleSelect: return "one option: give its id or exact name"
    case .multiSelect: return "several options: ids or names separated by commas"
    case .boolean: return "yes or no"
    case .date: return "date, YYYY-MM-DD"
    case .information: return "information only, no answer"
    case .unknown, .unrecognized:
      return "type \(format.type.isEmpty ? "unknown" : Sanitizer.line(format.type)): cannot be answered here"
    }
  }
}
