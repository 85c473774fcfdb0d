import Foundation
import KomboAPI

/// A create-application body that passed the sandbox's validation, reduced to what the emulated
/// ATS writes, plus the warnings for what it ignored.
struct ValidatedApplication: Sendable {
  /// The candidate fields the ATS keeps.
  struct Candidate: Sendable {
    var firstName: String
    var lastName: String
    var email: String
    var additionalEmails: [(type: String, address: String)] = []
    var company: String?
    var title: String?
    var phone: String?
    var additionalPhones: [(type: String, number: String)] = []
    var location: KomboLocation?
    var gender: String?
    var availabilityDate: String?
    var salary: (period: String, amount: Double)?
    var socialLinks: [String] = []
    var source: String?
  }

  /// An answer that was accepted, with its question.
  struct Answer: Sendable {
    var question: ScreeningQuestion
    var value: JSONValue
  }

  var stage: JobStage
  var candidate: Candidate
  /// Attachments and FILE answers, decoded, with their new ids.
  var files: [SandboxStore.AttachmentRow] = []
  var answers: [Answer] = []
  var warnings: [String] = []
}
