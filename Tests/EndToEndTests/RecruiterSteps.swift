import Foundation
import Testing

/// The sandbox's demo job: every question type, EEO questions, a two-deep precondition chain.
enum DemoJob {
  /// Its Kombo id.
  static let id = "oiFqWj5uger6peFLAc3r51vD"
  /// Its name as listed.
  static let name = "Senior Backend Engineer (Platform)"
}

/// What the tests type into the candidate form.
struct TypedCandidate {
  var firstName = "Zoë"
  var lastName = "Łukasiewicz"
  var email: String
  var phone = "+49 30 1234567"
}

/// Steps through the app that several tests share; each waits for the screen it leads to.
extension RecruiterSession {
  /// From the job list: finds the demo job by search and opens it (its first stage is taken); ends on
  /// the candidate form.
  func openDemoJob() async throws {
    try await type("Senior Backend")
    try await see("> \(DemoJob.name)")
    try await press("Enter")
    try await see("┃ First name *")
  }

  /// Fills name, email, phone and (through the country picker, by name) Germany; ends on the country.
  func fillCandidate(_ candidate: TypedCandidate) async throws {
    try await type(candidate.firstName)
    try await press("Tab")
    try await type(candidate.lastName)
    try await press("Tab")
    try await type(candidate.email)
    try await press("Tab")
    try await type(candidate.phone)
    try await press("Tab")
    try await see("┃ Country")
    try await type("germ")
    try await see("DE  Germany")
    try await press("Enter")
    try await see("✓ Germany")
  }

  /// From the candidate form (ctrl+s): adds `name` from the working directory as the CV by typing its
  /// name in the file picker; the first file added goes on, so this ends on the next step.
  func attachCV(_ name: String) async throws {
    try await press("C-s")
    try await see("┃ Add files")
    try await type(name)
    try await press("Enter")
    try await see("Added \(name). Shift-Tab goes back to add more.")
  }
}

/// A small, valid one-page PDF (catalog, page tree, page, content stream, font; a correct xref table).
enum SamplePDF {
  /// A PDF showing `text`.
  static func make(_ text: String) -> Data {
    let stream = "BT /F1 24 Tf 72 720 Td (\(text)) Tj ET"
    let objects = [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        + "/Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    var pdf = "%PDF-1.4\n"
    var offsets: [Int] = []
    for (index, object) in objects.enumerated() {
      offsets.append(pdf.utf8.count)
      pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
    }
    let xref = pdf.utf8.count
    pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for offset in offsets {
      let digits = String(offset)
      pdf += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
    }
    pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
    return Data(pdf.utf8)
  }
}

/// The sandbox's job without screening questions: the shortest way to a submission.
enum QuickJob {
  /// Its Kombo id.
  static let id = "ftcaq9xtKT2c388B1oVHpR5P"
  /// Its name as listed.
  static let name = "Seasonal Warehouse Associate"
}

extension RecruiterSession {
  /// From the job list: applies to the job without questions (the step is passed) with a name and
  /// `email`, and submits from the review (ctrl+s through every step); ends on the submitting or
  /// result screen.
  func submitQuickApplication(email: String) async throws {
    try await type("Seasonal Warehouse")
    try await see("> \(QuickJob.name)")
    try await press("Enter")
    try await see("┃ First name *")
    try await type("Erika")
    try await press("Tab")
    try await type("Mustermann")
    try await press("Tab")
    try await type(email)
    try await press("C-s")
    try await see("┃ Add files")
    try await press("C-s")
    try await see("✓ Ready to submit")
    try await press("C-s")
  }
}
