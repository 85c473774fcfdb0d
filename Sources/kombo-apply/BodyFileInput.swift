import ApplyCore
import Foundation
import KomboAPI

/// A ready-made request body from `--body FILE.json`: decoded into the wire type to check it, and
/// checked against the job; sent byte for byte as it is in the file.
struct BodyFileInput {
  let path: String

  /// The body, the candidate's email and the text to show for `--dry-run`; exit 65 naming `--body`
  /// for every problem.
  func check(against job: Job?) throws(CommandFailure) -> (body: Data, email: String, display: String) {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw invalid(["cannot read \(path): \(error.localizedDescription)"])
    }
    let request: CreateApplicationRequest
    do {
      request = try KomboJSON.decode(CreateApplicationRequest.self, from: data)
    } catch let error as DecodingError {
      throw invalid(["\(path) is not a create-application body: \(error.summary(reading: data))"])
    } catch {
      throw invalid(["\(path) is not JSON: \(error.localizedDescription)"])
    }
    var problems: [String] = []
    if request.candidate.emailAddress.trimmingCharacters(in: .whitespaces).isEmpty {
      problems.append("candidate.email_address is empty")
    }
    var files = request.attachments.enumerated().map {
      ("attachments[\($0.offset)].data", $0.element.content)
    }
    for answer in request.screeningQuestionAnswers {
      if case .file(let file) = answer.answer {
        files.append(("screening_question_answers[\(answer.questionID)].answer.data", file.content))
      }
    }
    for (field, content) in files {
      guard case .base64(let text) = content, Data(base64Encoded: text) == nil else { continue }
      problems.append(
        text.hasPrefix("<") && text.hasSuffix(" bytes>")
          ? "\(field) is \(text), a placeholder from `submit --dry-run`; make the body with --dry-run --full --json"
          : "\(field) is not valid base64")
    }
    if let job {
      if let stage = request.stageID, !job.stages.contains(where: { $0.id == stage }) {
        problems.append(
          "stage_id \(stage.debugDescription) is not a stage of this job; its stages are "
            + job.stages.map(\.id).joined(separator: ", "))
      }
      let questions = Dictionary(job.screeningQuestions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      for answer in request.screeningQuestionAnswers where questions[answer.questionID] == nil {
        problems.append(
          "screening_question_answers: this job has no question \(answer.questionID.debugDescription)")
      }
    }
    guard problems.isEmpty else { throw invalid(problems) }
    return (data, request.candidate.emailAddress, String(decoding: data, as: UTF8.self))
  }

  private func invalid(_ problems: [String]) -> CommandFailure {
    CommandFailure(
      message: (["kombo-apply: the application was not sent; fix these and run the command again:"]
        + problems.map { "  --body: \(DisplaySafe.line($0, limit: 400))" }).joined(separator: "\n"),
      exitCode: ExitStatus.invalidInput)
  }
}
