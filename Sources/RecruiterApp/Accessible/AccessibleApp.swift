import ApplyCore
import Foundation
import KomboAPI
public import TerminalUI

/// The accessible mode (`--accessible`, `TERM=dumb`, no cursor addressing): the same start-up and
/// application flow as the full-screen app, as plain line prompts without escape sequences, for
/// screen readers and dumb terminals. Drafts are saved after every answer and offered for resuming.
public enum AccessibleApp {
  /// How the mode ended.
  public enum Exit: Hashable, Sendable {
    /// The user was done (exit 0).
    case finished
    /// Input ended in the middle (exit 130); the draft is saved.
    case cancelled
    /// A start-up problem (exit status: 69 unreachable, 78 configuration).
    case problem(Int32)
  }

  /// Runs the start-up, then applications one after another, on `io`.
  public static func run<IO: LineIO>(io: inout IO, launch: LaunchServices) async -> Exit {
    var prompter = LinePrompter(io: io)
    defer { io = prompter.io }
    prompter.say("kombo-apply, line by line. Answer each question and press Enter; end input to stop.")
    let facts = launch.facts
    if facts.isSandbox {
      prompter.say("No API key is configured: using the built-in sandbox with demo data.")
    }
    guard let integration = chooseIntegration(facts, launch: launch, &prompter) else {
      return prompter.inputEnded ? .cancelled : .finished
    }
    var details: IntegrationDetails?
    if let probe = launch.probe, !facts.isSandbox {
      prompter.say("Checking the API key and integration…")
      switch await StartupCheck.run(
        client: probe, integration: integration.flatMap(IntegrationID.init), context: facts.context)
      {
      case .success(let checked): details = checked
      case .failure(let problem): return explain(problem, &prompter)
      }
    }
    let services: RecruiterServices
    switch await launch.connect(integration) {
    case .success(let connected): services = connected
    case .failure(let problem): return explain(problem, &prompter)
    }
    var flow = await startFlow(services, details: details, &prompter)
    while true {
      var application = AccessibleApplication(services: services, flow: flow, prompter: prompter)
      let outcome = await application.run()
      prompter = application.prompter
      flow = application.flow
      if prompter.inputEnded {
        prompter.say("")
        prompter.say("Input ended. The draft is saved; kombo-apply offers it next time.")
        return .cancelled
      }
      guard outcome != nil, prompter.confirm("Another application?", default: false) == true else {
        return prompter.inputEnded ? .cancelled : .finished
      }
      flow.startNewDraft { _ in ApplicationDraft(job: JobReference("")) }
      flow.job = nil
    }
  }

  /// The integration to use: the configured one, or one picked by number when several are listed.
  /// Nil (with nothing chosen) only at the end of input.
  private static func chooseIntegration<IO: LineIO>(
    _ facts: LaunchFacts, launch: LaunchServices, _ prompter: inout LinePrompter<IO>
  ) -> String?? {
    guard facts.needsPicker else {
      return .some(facts.integration ?? (facts.known.count == 1 ? facts.known[0].id : nil))
    }
    prompter.say("")
    prompter.say("\(facts.known.count) integrations are listed in \(facts.context.configFile).")
    let options = facts.known.map { entry in
      let slug = entry.id.split(separator: ":").first.map(String.init) ?? ""
      return "\(entry.label ?? entry.id) (\(ATSTool.label(forSlug: slug)), \(entry.id))"
    }
    let last = facts.known.firstIndex { $0.id == facts.lastUsed }
    guard case .option(let index) = prompter.choose("Integration number", options: options, default: last)
    else {
      return nil
    }
    launch.remember(facts.known[index].id)
    return .some(facts.known[index].id)
  }

  /// Says what the problem is and what to do; the exit for it.
  private static func explain<IO: LineIO>(_ problem: SetupProblem, _ prompter: inout LinePrompter<IO>) -> Exit
  {
    prompter.say("")
    prompter.say("Problem: \(problem.title)" + (problem.code.map { " (\($0))" } ?? ""))
    for paragraph in problem.explanation { prompter.say(paragraph) }
    prompter.say("What to do:")
    for step in problem.steps { prompter.say("- \(step)") }
    if let log = problem.logURL { prompter.say("Log: \(log)") }
    if case .unreachable = problem { return .problem(69) }
    return .problem(78)
  }

  /// The flow to start with: recovers interrupted submissions, mentions the outbox, and offers the
  /// newest saved draft.
  private static func startFlow<IO: LineIO>(
    _ services: RecruiterServices, details: IntegrationDetails?, _ prompter: inout LinePrompter<IO>
  ) async -> Flow {
    var flow = Flow(
      backend: services.backend, now: services.clock.now(), timeZone: services.timeZone,
      size: Size(width: 80, height: 24), sessionSeed: services.sessionSeed)
    flow.integration = details
    if details == nil, let id = services.backend.integrationID.flatMap(IntegrationID.init) {
      flow.integration = try? await services.client.integrationDetails(id)
    }
    prompter.say("Connected to \(flow.atsLabel)\(services.backend.isSandbox ? " (sandbox)" : "").")
    let rules = await AttachmentRulesLookup.read(through: services.client)
    flow.attachmentRules = rules.rules
    if let notice = rules.notice { prompter.say(notice + ".") }
    prompter.say("Attachments \(flow.atsLabel) accepts: " + AttachmentRulesText.line(rules.rules) + ".")
    _ = try? services.submitter.recoverInterrupted()
    let waiting = (try? services.ledger.entries().count(where: \.isWaiting)) ?? 0
    if waiting > 0 {
      prompter.say(
        "\(waiting) submission\(waiting == 1 ? " is" : "s are") waiting in the outbox: see `kombo-apply outbox`."
      )
    }
    guard let newest = ((try? services.draftRepository.list()) ?? []).first(where: { $0.saved != nil }) else {
      return flow
    }
    let when = ClockTime.stamp(newest.summary.updatedAt, now: flow.now, in: flow.timeZone)
    prompter.say("")
    guard
      prompter.confirm(
        "Resume draft from \(when) (\(newest.candidateLabel), \(newest.jobLabel))?", default: true)
        == true
    else { return flow }
    var copyID: String?
    if case .other(let pid) = newest.holder {
      let who = pid.map { "another kombo-apply (pid \($0), still running)" } ?? "another running kombo-apply"
      guard prompter.confirm("It is open in \(who). Open a copy instead?", default: true) == true else {
        return flow
      }
      flow.draftCounter += 1
      copyID = "\(flow.sessionSeed)-\(flow.draftCounter)"
    }
    let open = DraftOpening.open(
      newest, copyID: copyID, previousID: flow.draftID, repository: services.draftRepository,
      client: services.client)
    switch await open() {
    case .success(let opened):
      if let problem = opened.jobProblem { prompter.say("! The job could not be loaded: \(problem).") }
      opened.apply(to: &flow)
      prompter.say("Resumed. Every question is asked again with its saved answer; press Enter to keep it.")
    case .failure(let error):
      prompter.say("! The draft could not be opened: \(error.description)")
    }
    return flow
  }
}
