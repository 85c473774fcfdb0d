public import KomboAPI

extension Validator {
  /// Checks a ready-made wire body for `job` (`submit --body`) by the rules the flags and the terminal UI
  /// follow, every issue named by its JSON path in the body (`candidate.email_address`,
  /// `screening_question_answers[2].answer`).
  ///
  /// The body is sent as it is, so nothing is left out of it: an answer to a question whose condition is
  /// not met, a warning for the flags and the terminal UI ("will not be sent"), is an error here. `jobInfo` is nil for a `remote:` job
  /// Kombo has not synced; `today` enables the rules about dates in the past.
  public func validate(
    body: CreateApplicationRequest, job: JobReference, jobInfo: Job?, today: KomboDateTime? = nil
  ) -> ValidationReport {
    let converted = BodyDraft(body, job: job, questions: jobInfo?.screeningQuestions)
    var checker = self
    checker.fileSystem = converted.files
    let validation = checker.validate(converted.draft, job: jobInfo, today: today)
    let questions = jobInfo?.screeningQuestions ?? []
    let visibility = QuestionVisibility(questions: questions, answers: converted.draft.answers)
    let sentAnyway = Set(
      questions.filter { converted.answers($0.id) && !visibility.applies($0) }.map { FieldPath.answer($0.id) }
    )
    var issues = converted.problems
    for issue in validation.report.issues {
      let severity = issue.severity == .warning && sentAnyway.contains(issue.path) ? .error : issue.severity
      issues.append(
        ValidationIssue(
          converted.bodyPath(for: issue.path), severity, issue.message, suggestion: issue.suggestion))
    }
    return ValidationReport(issues)
  }
}
