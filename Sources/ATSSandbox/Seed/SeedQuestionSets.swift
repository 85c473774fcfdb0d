import KomboAPI

/// The screening-question sets seed jobs use. Together they cover every format and display type,
/// EEO and demographic questions, required and optional ones, and preconditions chained two deep.
enum SeedQuestionSets {
  /// Every question type and display type, with a two-deep precondition chain (the demo job).
  static let everyType: [QuestionTemplate] = [
    .init(
      "intro", "Before you start",
      .information,
      description: "<p>This form takes about <strong>five minutes</strong>. Fields marked required must be "
        + "answered.</p><ul><li>Have your CV ready as PDF.</li><li>Answers are shared with the hiring team.</li></ul>"
    ),
    .init("headline", "Your professional headline", .text(.singleLine, maxLength: 80), required: true),
    .init("motivation", "Why do you want to join us?", .text(.multiLine, maxLength: 2000), required: true),
    .init("referee_email", "Email address of a referee", .text(.email, maxLength: 254)),
    .init("portfolio", "Link to your portfolio or GitHub profile", .text(.url, maxLength: 500)),
    .init("nickname", "What should we call you?", .text(nil, maxLength: nil)),
    .init(
      "experience_years", "Years of professional experience", .number(.field, min: 0, max: 50), required: true
    ),
    .init("remote_days", "Preferred remote days per week", .number(.slider, min: 0, max: 5)),
    .init(
      "work_sample", "Upload a work sample",
      .file(mimeTypes: ["application/pdf", "image/png", "image/jpeg"], maxBytes: 5_000_000)),
    .init(
      "notice_period", "Notice period",
      .singleSelect(.dropdown, ["None", "2 weeks", "1 month", "3 months", "More than 3 months"]),
      required: true),
    .init("work_mode", "Preferred way of working", .singleSelect(.radio, ["On site", "Hybrid", "Remote"])),
    .init(
      "languages", "Languages you speak at a professional level",
      .multiSelect(["English", "Deutsch", "Français", "Español", "日本語", "العربية"])),
    .init("relocate", "Are you willing to relocate?", .boolean),
    .init("start_date", "Earliest start date", .date, required: true),
    .init("needs_visa", "Will you now or in the future require visa sponsorship?", .boolean, required: true),
    .init(
      "visa_type", "Which permit would you need?",
      .singleSelect(.radio, ["EU Blue Card", "Skilled worker visa", "Other"]), required: true,
      shownIf: .boolean(parent: "needs_visa", [true])),
    .init(
      "visa_details", "Describe the permit you would need", .text(.multiLine, maxLength: 500), required: true,
      shownIf: .options(parent: "visa_type", ["Other"])),
    .init(
      "assessment", "Coding assessment (external tool)",
      .unknown(["type": "assessment", "provider": "CodeSignal", "duration_minutes": 70])),
  ]

  /// The equal-opportunity block US postings carry.
  static let eeoUS: [QuestionTemplate] = [
    .init(
      "eeo_gender", "Gender",
      .singleSelect(.dropdown, ["Female", "Male", "Non-binary", "Decline to self-identify"]),
      description: eeoStatement, category: .eeo),
    .init(
      "eeo_race", "Race/Ethnicity",
      .singleSelect(
        .dropdown,
        [
          "American Indian or Alaska Native", "Asian", "Black or African American", "Hispanic or Latino",
          "Native Hawaiian or Other Pacific Islander", "White", "Two or More Races",
          "Decline to self-identify",
        ]), description: eeoStatement, category: .eeo),
    .init(
      "eeo_veteran", "Veteran status",
      .singleSelect(
        .radio, ["I am a protected veteran", "I am not a protected veteran", "I don't wish to answer"]),
      category: .eeo),
    .init(
      "eeo_disability", "Do you have a disability?",
      .singleSelect(.radio, ["Yes", "No", "I don't wish to answer"]), category: .eeo),
  ]

  /// Demographic questions some European employers ask voluntarily.
  static let demographic: [QuestionTemplate] = [
    .init(
      "age_range", "Age range",
      .singleSelect(.dropdown, ["Under 25", "25–34", "35–44", "45–54", "55 or older"]),
      description: "<p>Optional. Used only in aggregate to monitor the diversity of our applicants.</p>",
      category: .demographic),
    .init(
      "first_generation", "Are you the first in your family to attend university?", .boolean,
      category: .demographic),
  ]

  /// A short, common set: work permit, start date, salary, LinkedIn.
  static let basic: [QuestionTemplate] = [
    .init("permit", "Do you have a valid work permit for this country?", .boolean, required: true),
    .init("start", "When could you start?", .date),
    .init("salary", "Expected annual gross salary", .number(.field, min: 0, max: nil)),
    .init("linkedin", "LinkedIn profile", .text(.url, maxLength: 300)),
  ]

  /// Engineering questions with a select-parent precondition.
  static let engineering: [QuestionTemplate] =
    basic + [
      .init(
        "stack", "Which of these have you used in production?",
        .multiSelect(["Swift", "Go", "Rust", "Kotlin", "TypeScript", "PostgreSQL", "Kubernetes"]),
        required: true),
      .init(
        "level", "Which level do you see yourself at?",
        .singleSelect(.radio, ["Junior", "Mid", "Senior", "Staff"])),
      .init(
        "lead_experience", "How many people have you led?", .number(.field, min: 1, max: 200),
        shownIf: .options(parent: "level", ["Senior", "Staff"])),
      .init("github", "GitHub profile", .text(.url, maxLength: 300)),
    ]

  /// Japanese-language questions for the Tokyo office.
  static let japanese: [QuestionTemplate] = [
    .init("jp_permit", "日本での就労資格をお持ちですか？", .boolean, required: true),
    .init(
      "jp_level", "日本語能力レベル", .singleSelect(.dropdown, ["ネイティブ", "ビジネスレベル", "日常会話レベル", "なし"]),
      required: true),
    .init("jp_motivation", "志望動機", .text(.multiLine, maxLength: 1000)),
  ]

  /// Arabic-language questions for the Dubai office.
  static let arabic: [QuestionTemplate] = [
    .init(
      "ar_city", "المدينة المفضلة للعمل", .singleSelect(.radio, ["دبي", "أبوظبي", "الرياض"]), required: true),
    .init("ar_arabic", "هل تتحدث العربية بطلاقة؟", .boolean),
  ]

  /// German-language questions with umlauts.
  static let german: [QuestionTemplate] = [
    .init(
      "de_permit", "Besitzen Sie eine gültige Arbeitserlaubnis für Deutschland?", .boolean, required: true),
    .init(
      "de_fuehrerschein", "Führerscheinklassen",
      .multiSelect(["B", "BE", "C1", "C", "CE", "Keine"])),
    .init("de_gehalt", "Gehaltsvorstellung (brutto, jährlich)", .number(.field, min: 0, max: 500_000)),
    .init("de_anschreiben", "Anschreiben", .file(mimeTypes: ["application/pdf"], maxBytes: 2_000_000)),
  ]

  /// A long graduate-programme form: 64 questions across every answerable format.
  static let graduateProgramme: [QuestionTemplate] = {
    var questions: [QuestionTemplate] = [
      .init(
        "grad_intro", "About this application", .information,
        description:
          "<h3>Graduate Programme 2027</h3><p>Please answer <em>every section</em>. You can save and "
          + "return later.</p>")
    ]
    let subjects = [
      "Mathematics", "Statistics", "Economics", "Computer science", "Physics", "Chemistry", "Biology",
      "History",
      "Languages", "Philosophy", "Law", "Engineering",
    ]
    for (offset, subject) in subjects.enumerated() {
      let key = "grad_\(offset)"
      questions.append(
        .init("\(key)_studied", "Did you study \(subject) at university?", .boolean, required: offset < 3))
      questions.append(
        .init(
          "\(key)_grade", "Your final grade in \(subject) (0–100)", .number(.slider, min: 0, max: 100),
          shownIf: .boolean(parent: "\(key)_studied", [true])))
      questions.append(
        .init(
          "\(key)_focus", "Main focus within \(subject)",
          .singleSelect(.dropdown, ["Theory", "Applied", "Research"]),
          shownIf: .boolean(parent: "\(key)_studied", [true])))
      questions.append(
        .init(
          "\(key)_project", "Describe a project in \(subject)", .text(.multiLine, maxLength: 1500),
          shownIf: .options(parent: "\(key)_focus", ["Research"])))
      questions.append(
        .init("\(key)_interest", "Interest in \(subject) projects", .number(.field, min: 1, max: 5)))
    }
    questions.append(
      .init(
        "grad_transcript", "Transcript of records",
        .file(mimeTypes: ["application/pdf"], maxBytes: 8_000_000), required: true))
    questions.append(.init("grad_graduation", "Graduation date", .date, required: true))
    questions.append(
      .init(
        "grad_rotation", "Preferred first rotation", .multiSelect(["Finance", "Tech", "Operations", "Sales"]))
    )
    return questions
  }()

  private static let eeoStatement =
    "<p>We are an equal opportunity employer. Answering is <strong>voluntary</strong>; your answers are kept "
    + "separate from your application and never used in hiring decisions. This information is collected to "
    + "comply with U.S. federal reporting requirements (EEO-1, VEVRAA, Section 503).</p>"
}
