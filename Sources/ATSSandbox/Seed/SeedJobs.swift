import KomboAPI

/// The hand-written seed jobs, in catalogue order. Job 0 is the demo job with every question type;
/// the others spread across departments, locations, employment types, statuses and visibilities.
enum SeedJobs {
  /// Index of the demo job with every question format, EEO and demographic questions.
  static let demoJobIndex = 0
  /// Index of the job with 64 screening questions.
  static let longFormJobIndex = 13
  /// Index of a closed job (applications answer `ATS.JOB_CLOSED`).
  static let closedJobIndex = 20
  /// Index of the job whose remote id contains a slash (`REQ/2026/025`).
  static let slashRemoteIDJobIndex = 25

  /// The specs, in order.
  static let specs: [JobSpec] = [
    JobSpec(
      title: "Senior Backend Engineer (Platform)", department: "Engineering", city: "Berlin", country: "DE",
      employmentType: .fullTime, remoteWork: .hybrid, salary: (75_000, 95_000, "EUR"),
      questions: SeedQuestionSets.everyType + SeedQuestionSets.demographic + SeedQuestionSets.eeoUS),
    JobSpec(
      title: "Frontend Engineer (React)", department: "Engineering", city: "Amsterdam", country: "NL",
      employmentType: .fullTime, remoteWork: .hybrid, salary: (60_000, 80_000, "EUR"),
      questions: SeedQuestionSets.engineering),
    JobSpec(
      title: "Site Reliability Engineer", department: "Engineering", city: "Lisbon", country: "PT",
      employmentType: .fullTime, remoteWork: .remote, salary: (55_000, 75_000, "EUR"),
      questions: SeedQuestionSets.engineering, stages: .withInactive),
    JobSpec(
      title: "Product Manager, Payments", department: "Product", city: "London", country: "GB",
      employmentType: .fullTime, remoteWork: .hybrid, salary: (80_000, 100_000, "GBP"),
      questions: SeedQuestionSets.basic),
    JobSpec(
      title: "Product Designer", department: "Design", city: "Copenhagen", country: "DK",
      employmentType: .fullTime,
      questions: SeedQuestionSets.basic),
    JobSpec(
      title: "Account Executive DACH", department: "Sales", city: "München", country: "DE",
      employmentType: .fullTime,
      salary: (65_000, 120_000, "EUR"), questions: SeedQuestionSets.german),
    JobSpec(
      title: "Sales Development Representative", department: "Sales", city: "New York", country: "US",
      employmentType: .fullTime, salary: (60_000, 75_000, "USD"),
      questions: SeedQuestionSets.basic + SeedQuestionSets.eeoUS),
    JobSpec(
      title: "Customer Success Manager", department: "Customer Success", city: "Austin", country: "US",
      employmentType: .fullTime, remoteWork: .hybrid, questions: SeedQuestionSets.eeoUS),
    JobSpec(
      title: "Data Scientist", department: "Data", city: "Paris", country: "FR", employmentType: .fullTime,
      remoteWork: .hybrid, questions: SeedQuestionSets.engineering + SeedQuestionSets.demographic),
    JobSpec(
      title: "Werkstudent:in Marketing", department: "Marketing", city: "Hamburg", country: "DE",
      employmentType: .partTime, questions: SeedQuestionSets.german),
    JobSpec(
      title: "ソフトウェアエンジニア（東京）", department: "Engineering", city: "東京", country: "JP",
      employmentType: .fullTime, salary: (8_000_000, 12_000_000, "JPY"), questions: SeedQuestionSets.japanese),
    JobSpec(
      title: "مهندس برمجيات أول", department: "Engineering", city: "دبي", country: "AE",
      employmentType: .fullTime,
      questions: SeedQuestionSets.arabic),
    JobSpec(
      title: "Softwareentwickler:in für Prüfsysteme (m/w/d)", department: "Engineering", city: "Zürich",
      country: "CH", employmentType: .fullTime, salary: (110_000, 140_000, "CHF"),
      questions: SeedQuestionSets.german),
    JobSpec(
      title: "Graduate Programme 2027", department: "People", city: "London", country: "GB",
      employmentType: .fullTime,
      questions: SeedQuestionSets.graduateProgramme),
    JobSpec(
      title: "Marketing Intern (Summer 2027)", department: "Marketing", city: "Barcelona", country: "ES",
      employmentType: .internship, questions: SeedQuestionSets.basic),
    JobSpec(
      title: "Seasonal Warehouse Associate", department: "Operations", city: "Rotterdam", country: "NL",
      employmentType: .seasonal, stages: .simple),
    JobSpec(
      title: "Freelance Technical Writer", department: "Engineering", city: "Remote", country: "DE",
      employmentType: .contract, remoteWork: .remote, questions: SeedQuestionSets.basic),
    JobSpec(
      title: "Finance Controller", department: "Finance", city: "Wien", country: "AT",
      employmentType: .fullTime,
      visibility: .internal, questions: SeedQuestionSets.basic),
    JobSpec(
      title: "Head of Security", department: "Engineering", city: "Berlin", country: "DE",
      employmentType: .fullTime,
      visibility: .confidential, questions: SeedQuestionSets.engineering),
    JobSpec(
      title: "Office Manager", department: "Operations", city: "Dublin", country: "IE",
      employmentType: .partTime,
      visibility: .unlisted, stages: .simple,
      extraDescription: "<p>Pasted from an old ATS:\u{1B}]0;title\u{07} \u{1B}[31mred text\u{1B}[0m</p>"),
    JobSpec(
      title: "iOS Engineer", department: "Engineering", city: "Stockholm", country: "SE",
      employmentType: .fullTime,
      status: .closed, questions: SeedQuestionSets.engineering),
    JobSpec(
      title: "Recruiter (Tech)", department: "People", city: "Berlin", country: "DE",
      employmentType: .fullTime,
      status: .draft, visibility: .internal, questions: SeedQuestionSets.basic),
    JobSpec(
      title: "Legacy Support Agent", department: "Customer Success", city: "Kraków", country: "PL",
      employmentType: .fullTime, status: .archived, stages: .simple, deleted: true),
    JobSpec(
      title: "Machine Learning Engineer", department: "Data", city: "Toronto", country: "CA",
      employmentType: .fullTime,
      remoteWork: .hybrid, salary: (130_000, 170_000, "CAD"), questions: SeedQuestionSets.engineering),
    JobSpec(
      title: "HR Business Partner", department: "People", city: "Madrid", country: "ES",
      employmentType: .fullTime,
      questions: SeedQuestionSets.basic + SeedQuestionSets.demographic, stages: .withInactive),
    JobSpec(
      title: "Warehouse Shift Lead", department: "Operations", city: "Łódź", country: "PL",
      employmentType: .fullTime,
      questions: SeedQuestionSets.basic, remoteID: "REQ/2026/025"),
    JobSpec(
      title: "Registered Nurse", department: "Healthcare", city: "Manchester", country: "GB",
      employmentType: .partTime, questions: SeedQuestionSets.basic),
    JobSpec(
      title: "Barista Trainer", department: "Operations", city: "Melbourne", country: "AU",
      employmentType: .contract,
      status: .closed, visibility: .unlisted, stages: .simple),
  ]

  /// A generated job for scale work (`--jobs N`), ordinal `index` ≥ the seed count.
  static func generated(index: Int) -> JobSpec {
    let titles = [
      "Software Engineer", "Account Manager", "Warehouse Associate", "Data Analyst", "Support Specialist",
      "Store Manager", "Nurse", "Electrician", "Accountant", "Chef de Partie",
    ]
    let places = [
      ("Berlin", "DE"), ("Paris", "FR"), ("Madrid", "ES"), ("Milano", "IT"), ("Utrecht", "NL"),
      ("Göteborg", "SE"),
      ("Chicago", "US"), ("大阪", "JP"),
    ]
    let departments = ["Engineering", "Sales", "Operations", "Data", "Customer Success", "Finance"]
    let types: [EmploymentType] = [.fullTime, .fullTime, .partTime, .contract, .seasonal, .internship]
    let statuses: [JobStatus] = [.open, .open, .open, .open, .closed, .draft]
    let visibilities: [JobVisibility] = [.public, .public, .public, .internal, .unlisted]
    let place = places[index % places.count]
    return JobSpec(
      title: "\(titles[index % titles.count]) #\(index)", department: departments[index % departments.count],
      city: place.0, country: place.1, employmentType: types[index % types.count],
      status: statuses[index % statuses.count], visibility: visibilities[index % visibilities.count],
      questions: index % 2 == 0 ? SeedQuestionSets.basic : [], stages: .standard)
  }
}
