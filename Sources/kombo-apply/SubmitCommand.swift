import ApplyCore
import ArgumentParser
import Foundation
import KomboAPI
import TextSafety

/// `kombo-apply submit`: validates, builds and sends one application (or prints it with `--dry-run`).
struct SubmitCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "submit",
    abstract: "Create an application for a job from flags, or send a ready-made body with --body.",
    discussion: """
      Exit codes: 0 created; 1 rejected by the API; 65 invalid input (every problem is printed, \
      naming its flag); 75 outcome unknown or retryable failure, kept in the outbox; 78 configuration.
      """)

  @Option(help: "The job: Kombo id, or the ATS's id as remote:<id>.") var job: String
  @Option(
    help: "The stage id (see `kombo-apply job ID`); without it no stage is sent and the ATS uses its default."
  )
  var stage: String?
  @Option(help: "Candidate's first name.") var firstName: String?
  @Option(help: "Candidate's last name.") var lastName: String?
  @Option(help: "Candidate's email address.") var email: String?
  @Option(
    name: .customLong("additional-email"),
    help: "Another email address, ADDRESS[:PERSONAL|WORK|OTHER] (default OTHER; repeatable).")
  var additionalEmail: [String] = []
  @Option(help: "Phone number: digits, + - ( ) and spaces.") var phone: String?
  @Option(
    name: .customLong("additional-phone"),
    help: "Another phone number, NUMBER[:PERSONAL|WORK|OTHER] (default OTHER; repeatable).")
  var additionalPhone: [String] = []
  @Option(help: "Current employer.") var company: String?
  @Option(help: "Current job title.") var title: String?
  @Option(help: "Country: ISO 3166-1 alpha-2 code such as DE.") var country: String?
  @Option(help: "City.") var city: String?
  @Option(help: "State or region.") var state: String?
  @Option(help: "Postal code.") var zip: String?
  @Option(help: "Street address.") var street: String?
  @Option(help: "MALE, FEMALE or OTHER.") var gender: String?
  @Option(help: "Earliest start date, YYYY-MM-DD.") var availableFrom: String?
  @Option(
    parsing: .unconditional, help: "Salary expectation as AMOUNT/PERIOD, e.g. 70000/YEAR or 5000/MONTH.")
  var salary: String?
  @Option(help: "A profile URL (repeatable).") var link: [String] = []
  @Option(help: "A file to attach, PATH[:CV|COVER_LETTER|OTHER]; the first defaults to CV (repeatable).")
  var attach: [String] = []
  @Option(name: .customLong("attach-url"), help: "A file by URL, URL[:TYPE] (repeatable).") var attachURL:
    [String] = []
  @Option(
    name: .customLong("attach-name"),
    help: """
      The name to send a file under, with extension (repeatable: in order, the --attach files, then the \
      --attach-url ones; default: the file's own name).
      """)
  var attachName: [String] = []
  @Option(help: "A screening answer, QUESTION_ID=VALUE (repeatable; see `kombo-apply job ID`).")
  var answer: [String] = []
  @Flag(
    inversion: .prefixedNo,
    help: "Whether the candidate consented to data processing (GDPR); without either flag none is sent.")
  var gdprConsent: Bool?
  @Option(help: "Consent expiry date, YYYY-MM-DD (with --gdpr-consent or --no-gdpr-consent).")
  var gdprUntil: String?
  @Option(
    help: "Where the candidate came from, e.g. \"Job fair\" (deprecated by Kombo; some ATSs ignore it).")
  var source: String?
  @Option(
    name: .customLong("sourced-by"),
    help: "Who sourced the candidate: a Kombo user id or remote:<ATS user id>.")
  var sourcedBy: String?
  @Option(
    name: .customLong("remote-fields"),
    help:
      "ATS-specific fields as a JSON object, e.g. '{\"greenhouse\":{\"post_headers\":{\"On-Behalf-Of\":\"4080\"}}}'."
  )
  var remoteFields: String?
  @Option(help: "A ready-made request body (JSON) to validate and send instead of the candidate flags.")
  var body: String?
  @Option(
    parsing: .unconditional,
    help: "Create-request timeout in seconds, 1 to 3600 (default: 300 or the config file).")
  var requestTimeout: Double?
  @Flag(help: "Print the exact body that would be sent, and send nothing.") var dryRun = false
  @Flag(help: "With --dry-run: print file contents in full instead of <N bytes>.") var full = false
  @Flag(help: "Print JSON: the outcome, or with --dry-run the body alone.") var json = false

  @OptionGroup var connection: ConnectionOptions

  func validate() throws {
    if full && !dryRun { throw ValidationError("--full only applies with --dry-run") }
    if let requestTimeout, !(1...3600).contains(requestTimeout) {
      throw ValidationError("--request-timeout: give a number of seconds from 1 to 3600")
    }
  }

  private var timeout: Duration? { requestTimeout.map { .milliseconds(Int64($0 * 1000)) } }

  func run() async throws {
    try await reportingFailures {
      if let problem = JobReference(job).problem {
        throw CommandFailure(message: "kombo-apply: --job: \(problem)", exitCode: ExitStatus.invalidInput)
      }
      let context = try AppContext(connection: connection)
      let candidateFlags =
        [
          firstName, lastName, email, phone, company, title, country, city, state, zip, street,
          gender, availableFrom, salary, source, sourcedBy, remoteFields, gdprUntil, stage,
        ].contains { $0 != nil }
        || [link, attach, attachURL, attachName, answer, additionalEmail, additionalPhone].contains {
          !$0.isEmpty
        }
        || gdprConsent != nil
      try await context.withBackend(createTimeout: timeout) { session in
        let jobInfo = try await JobLookup.job(job, client: session.client)
        let prepared: (body: Data, email: String, display: String)
        if let body {
          guard !candidateFlags else {
            throw CommandFailure(
              message: "--body: give either a ready-made body or candidate flags, not both",
              exitCode: ExitStatus.invalidInput)
          }
          prepared = try BodyFileInput(path: body).check(against: jobInfo, reference: JobReference(job))
        } else {
          let lookup = await AttachmentRulesLookup.read(through: session.client)
          if let notice = lookup.notice, !json { Console.error("kombo-apply: \(notice).") }
          prepared = try buildBody(job: jobInfo, attachmentRules: lookup.rules)
        }
        if dryRun {
          printDryRun(prepared)
          return
        }
        let database = try context.database()
        let submitter = context.submitter(session, database: database, createTimeout: timeout)
        let request = SubmissionRequest(
          jobID: job.trimmingCharacters(in: .whitespaces), jobName: jobInfo?.name,
          integrationID: session.integrationID, candidateEmail: prepared.email,
          body: prepared.body)
        let outcome: SubmissionOutcome
        let interrupt = InterruptNotice()
        defer { interrupt.cancel() }
        let quiet = json
        do throws(Submitter.Failure) {
          outcome = try await submitter.submit(request) { event in
            if case .recorded(let id) = event { interrupt.record(id) }
            if !quiet { OutcomeReport.progress(event) }
          }
        } catch {
          throw CommandFailure(
            message: "kombo-apply: \(error.description)", exitCode: ExitStatus.configuration)
        }
        let report = OutcomeReport(outcome: outcome, jobName: jobInfo?.name)
        if json { OutcomeReport.printJSON(report.json) } else { report.printForPeople() }
        if report.exitCode != .success { throw report.exitCode }
      }
    }
  }

  /// Builds the body from the flags, or fails with exit 65 listing every problem by flag.
  private func buildBody(job jobInfo: Job?, attachmentRules: AttachmentRules) throws
    -> (body: Data, email: String, display: String)
  {
    var input = SubmitInput(self)
    input.addAnswers(answer, job: jobInfo)
    let built: BuiltRequest
    do throws(RequestBuildError) {
      built = try RequestBuilder(attachmentRules: attachmentRules).build(
        input.draft, job: jobInfo, today: CivilToday.date(at: Date(), in: .current))
    } catch .invalid(let report) {
      _ = input.addReport(report)
      throw Self.notSent(input.problems)
    } catch {
      throw CommandFailure(message: "kombo-apply: \(error.description)", exitCode: ExitStatus.invalidInput)
    }
    let warnings = input.addReport(built.report)
    guard input.problems.isEmpty else { throw Self.notSent(input.problems) }
    warnings.forEach(Console.error)
    let prepared = built.prepared
    return (built.body, prepared.request.candidate.emailAddress, RequestBuilder.displayBody(prepared))
  }

  /// Exit 65 listing every problem by flag; nothing was sent.
  private static func notSent(_ problems: [FlagProblem]) -> CommandFailure {
    let lines =
      ["kombo-apply: the application was not sent; fix these and run the command again:"]
      + problems.map { "  \($0.line)" }
    return CommandFailure(message: lines.joined(separator: "\n"), exitCode: ExitStatus.invalidInput)
  }

  private func printDryRun(_ prepared: (body: Data, email: String, display: String)) {
    let text = SafeJSON.escaped(full ? String(decoding: prepared.body, as: UTF8.self) : prepared.display)
    if json {
      Console.out(text)
      return
    }
    Console.out(
      "Dry run: nothing sent. Would POST /ats/jobs/\(Sanitizer.line(job))/applications with this body:")
    Console.out(text)
  }
}
