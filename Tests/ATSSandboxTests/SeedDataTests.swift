import Foundation
import KomboAPI
import Testing

@testable import ATSSandbox

@Suite struct SeedDataTests {
  let jobs = SeedJobs.specs.indices.map { SeedJobs.specs[$0].job(index: $0) }

  @Test func jobsSpreadAcrossStatusesVisibilitiesTypesAndPlaces() {
    #expect(jobs.count >= 25)
    #expect(Set(jobs.compactMap(\.status)) == Set(JobStatus.knownValues))
    #expect(Set(jobs.compactMap(\.visibility)) == Set(JobVisibility.knownValues))
    #expect(Set(jobs.compactMap(\.employmentType)) == Set(EmploymentType.knownValues))
    #expect(Set(jobs.compactMap(\.department)).count >= 8)
    #expect(Set(jobs.compactMap { $0.location?.country }).count >= 15)
    #expect(jobs.contains { $0.remoteDeletedAt != nil })
    #expect(Set(jobs.map(\.id)).count == jobs.count)
    #expect(Set(jobs.map(\.remoteID)).count == jobs.count)
  }

  @Test func stagesAreOrderedWithAnInactiveOne() {
    for job in jobs {
      #expect(job.stages.map(\.index) == job.stages.indices.map { $0 })
    }
    #expect(jobs.contains { $0.stages.contains { $0.status == .inactive } })
  }

  @Test func questionsCoverEveryFormatAndDisplayType() {
    let formats = jobs.flatMap(\.screeningQuestions).compactMap(\.format)
    #expect(
      Set(formats.map(\.type)) == [
        "TEXT", "NUMBER", "FILE", "SINGLE_SELECT", "MULTI_SELECT", "BOOLEAN", "DATE",
        "INFORMATION", "UNKNOWN",
      ])
    var textDisplays: Set<String> = []
    var numberDisplays: Set<String> = []
    var selectDisplays: Set<String> = []
    for format in formats {
      switch format {
      case .text(let text):
        textDisplays.insert(text.displayType?.rawValue ?? "null")
      case .number(let number):
        numberDisplays.insert(number.displayType?.rawValue ?? "null")
        #expect(number.min != nil)
      case .singleSelect(let select): selectDisplays.insert(select.displayType?.rawValue ?? "null")
      case .file(let file): #expect(file.acceptedMimeTypes != nil && file.maxFileSizeBytes != nil)
      default: break
      }
    }
    #expect(textDisplays.isSuperset(of: ["SINGLE_LINE", "MULTI_LINE", "EMAIL", "URL", "null"]))
    #expect(numberDisplays.isSuperset(of: ["FIELD", "SLIDER"]))
    #expect(selectDisplays.isSuperset(of: ["DROPDOWN", "RADIO"]))
    let questions = jobs.flatMap(\.screeningQuestions)
    #expect(questions.contains { $0.category == .eeo } && questions.contains { $0.category == .demographic })
    #expect(questions.contains { $0.required == true } && questions.contains { $0.required == false })
    #expect(questions.contains { $0.format == .information && ($0.description ?? "").contains("<strong>") })
  }

  @Test func demoJobHasEveryTypeAndATwoDeepChainOnBooleanAndSelectParents() throws {
    let demo = jobs[SeedJobs.demoJobIndex]
    #expect(Set(demo.screeningQuestions.compactMap(\.format?.type)).count == 9)
    let byID = Dictionary(uniqueKeysWithValues: demo.screeningQuestions.map { ($0.id, $0) })
    let deep = try #require(
      demo.screeningQuestions.first { question in
        guard let parent = question.preconditionQuestionID.flatMap({ byID[$0] }) else { return false }
        return parent.preconditionQuestionID != nil
      })
    let parent = try #require(deep.preconditionQuestionID.flatMap { byID[$0] })
    let grandparent = try #require(parent.preconditionQuestionID.flatMap { byID[$0] })
    #expect(grandparent.format == .boolean)
    #expect(parent.preconditionOptions == .booleans([true]))
    guard case .singleSelect(let select)? = parent.format, case .options(let ids)? = deep.preconditionOptions
    else {
      Issue.record("the middle question should be a select whose options gate the last one")
      return
    }
    #expect(!ids.isEmpty && ids.allSatisfy { id in select.options.contains { $0.id == id } })
  }

  @Test func longFormAndNonLatinText() {
    #expect(jobs[SeedJobs.longFormJobIndex].screeningQuestions.count >= 60)
    let titles = jobs.compactMap(\.name).joined()
    #expect(titles.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) })
    #expect(titles.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) })
    #expect(titles.contains("ü"))
    let options = jobs.flatMap(\.screeningQuestions).flatMap { $0.format?.options ?? [] }.map(\.name).joined()
    #expect(options.contains("日本語") && options.contains("العربية"))
  }

  @Test func catalogueIsDeterministicAndScales() {
    let large = JobCatalog(extraJobs: 100_000)
    #expect(large.count == SeedJobs.specs.count + 100_000)
    let again = JobCatalog(extraJobs: 10)
    #expect(again.job(at: 3) == large.job(at: 3))
    #expect(again.job(at: SeedJobs.specs.count + 5) == large.job(at: SeedJobs.specs.count + 5))
    let last = large.job(at: large.count - 1)
    #expect(large.job(reference: last.id)?.id == last.id)
    #expect(large.job(reference: "remote:\(last.remoteID)")?.id == last.id)
  }
}
