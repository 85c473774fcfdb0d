import ApplyCore
import Foundation
import KomboAPI
import Testing

@testable import RecruiterApp
@testable import TerminalUI

/// The attachments, questions and review screens inside the whole program: a web address attached,
/// a conditional question opened, closed and reopened, a jump from a review problem to the question
/// that shows it, and the application as the fake Kombo received it.
@Suite struct ReviewFlowTests {
  static let jobID = "JobPLATFRMAAAAAAAAAAAAA1"

  static var environment: AppTestEnvironment {
    get throws {
      let questions = QuestionsFixture.questions.filter {
        ["Q_relocate", "Q_visa", "Q_visa_type"].contains($0.id)
      }
      let job = AppSamples.job(
        id: jobID, remoteID: "4800", name: "Backend Platform Engineer", stages: AppSamples.stages,
        questions: questions)
      return try AppTestEnvironment(kombo: AppFakeKombo(jobs: [job]))
    }
  }

  @Test func anApplicationWithAFileByAddressAndAConditionalAnswerIsSentAsShown() async throws {
    let environment = try Self.environment
    var driver = await AppDriver(environment)
    await AppFlowTests.fillApplication(&driver)
    guard case .attachments = driver.model.screen else {
      Issue.record("expected attachments")
      return
    }
    await driver.key(.tab)
    await driver.type("https://files.example.com/Ada-CV.pdf")
    await driver.key(.enter)
    #expect(
      driver.model.draft.attachments == [
        AttachmentDraft(url: "https://files.example.com/Ada-CV.pdf", type: .cv)
      ])
    await driver.key(.control("s"))
    guard case .questions = driver.model.screen else {
      Issue.record("expected questions")
      return
    }
    #expect(driver.text().contains("Willing to relocate?"))
    await driver.key(.tab)
    await driver.key(.character("y"))
    #expect(driver.text().contains("Which permit?"))
    await driver.key(.character(" "))
    await driver.key(.control("s"))
    guard case .review(let review) = driver.model.screen else {
      Issue.record("expected review")
      return
    }
    #expect(review.check?.report.isValid == true)
    #expect(
      driver.text(Size(width: 100, height: 60)).contains(
        "Ada-CV.pdf · from https://files.example.com/Ada-CV.pdf"))
    await driver.key(.enter)
    guard case .result = driver.model.screen else {
      Issue.record("expected the result")
      return
    }
    let body = try #require(environment.kombo.createdBodies.first)
    #expect(body["attachments"]?[0]?["data_url"] == .string("https://files.example.com/Ada-CV.pdf"))
    #expect(body["attachments"]?[0]?["type"] == .string("CV"))
    let answers = body["screening_question_answers"]
    #expect(answers?[0]?["question_id"] == .string("Q_visa") && answers?[0]?["answer"] == .bool(true))
    #expect(
      answers?[1]?["question_id"] == .string("Q_visa_type") && answers?[1]?["answer"] == .string("O_blue"))
    #expect(answers?[2] == nil)
  }

  @Test func aProblemInTheReviewOpensTheQuestionThatShowsIt() async throws {
    var driver = await AppDriver(try Self.environment)
    await AppFlowTests.fillApplication(&driver)
    await driver.key(.control("s"))
    await driver.key(.tab)
    await driver.key(.character("y"))
    await driver.key(.character(" "))
    await driver.key(.backTab)
    await driver.key(.character("n"))
    #expect(driver.model.draft.answers["Q_visa_type"] == .option("O_blue"))
    guard case .review(let review) = driver.model.screen else {
      Issue.record("answering the last visible question goes on to the review")
      return
    }
    let warning = try #require(review.check?.report.warnings.first)
    #expect(warning.path == FieldPath.answer("Q_visa_type"))
    #expect(driver.text().contains("⚠ Questions · 'Which permit?' only applies when"))
    await driver.key(.enter)
    guard case .questions(let questions) = driver.model.screen else {
      Issue.record("expected questions")
      return
    }
    #expect(questions.form.focusedField?.key == "answers.Q_visa")
    await driver.key(.character("y"))
    #expect(driver.text().contains("● EU Blue Card"))
    await driver.key(.control("s"))
    guard case .review(let again) = driver.model.screen else {
      Issue.record("expected review")
      return
    }
    #expect(again.check?.report.issues.isEmpty == true)
  }
}
