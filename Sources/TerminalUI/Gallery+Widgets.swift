import Foundation

extension Gallery {
  /// The groups showing the other widgets, after the text inputs.
  public static func widgetGroups() -> [FieldGroup] {
    [choices(), numbersAndDates(today: todayFromClock()), text(), search(), files(), progress()]
  }

  /// Select (list and dropdown), multi-select with a limit, and a yes/no toggle.
  static func choices() -> FieldGroup {
    let cities = ["Berlin", "München", "Zürich", "Wien", "Paris", "Lisbon", "東京", "São Paulo"].map {
      SelectOption($0)
    }
    return FieldGroup(
      title: "Choices", description: "Type to filter; space chooses or toggles; ctrl+a chooses all.",
      fields: [
        SelectField(FieldInfo(key: "office", title: "Office", required: true), options: cities, height: 4),
        SelectField(
          FieldInfo(key: "source", title: "Source (dropdown)"),
          options: ["Referral", "Job board", "Career site", "Agency", "Event"].map { SelectOption($0) },
          style: .dropdown),
        MultiSelectField(
          FieldInfo(key: "languages", title: "Languages (at most 2)"),
          options: ["German", "English", "French", "Spanish", "Japanese", "Portuguese"].map {
            SelectOption($0)
          },
          limit: 2, height: 4),
        ToggleField(
          FieldInfo(key: "relocate", title: "Willing to relocate?"), affirmative: "Yes", negative: "No"),
      ])
  }

  /// Bounded and decimal numbers, and a date with shortcuts and a calendar.
  static func numbersAndDates(today: CalendarDate) -> FieldGroup {
    FieldGroup(
      title: "Numbers and dates",
      fields: [
        NumberField(FieldInfo(key: "experience", title: "Years of experience"), minimum: 0, maximum: 50),
        NumberField(
          FieldInfo(key: "salary", title: "Expected salary (k€)"), kind: .decimal(places: 1), minimum: 0),
        DateField(FieldInfo(key: "start", title: "Earliest start date"), today: today, minimum: today),
      ])
  }

  /// A multi-line text area and a rich-text note rendered from HTML.
  static func text() -> FieldGroup {
    FieldGroup(
      title: "Text",
      fields: [
        RichTextNote(
          FieldInfo(key: "about", title: "About the role"),
          html: "<p>We are hiring a <b>Senior Backend Engineer</b> for our <i>Payments</i> team.</p>"
            + "<ul><li>Swift or Go</li><li>Postgres<ul><li>replication</li></ul></li></ul>"
            + "<p>Questions? <a href=\"mailto:jobs@example.com\">Write to us</a>.</p><script>alert(1)</script>"
        ),
        TextAreaField(
          FieldInfo(key: "notes", title: "Recruiter notes"), placeholder: "alt+enter for a new line",
          maxLength: 500),
      ])
  }

  /// A fuzzy-searchable list of generated job postings.
  static func search() -> FieldGroup {
    let roles = [
      "Backend Engineer", "Product Designer", "Sales Manager", "Data Scientist", "Nurse", "Store Manager",
    ]
    let levels = ["", "Junior ", "Senior ", "Lead "]
    let places = ["Berlin, DE", "Zürich, CH", "Paris, FR", "Remote", "東京, JP"]
    let items = (0..<240).map { number in
      (
        fields: [
          levels[number % levels.count] + roles[(number / 4) % roles.count], "JOB-\(1000 + number)",
          places[(number / 3) % places.count],
        ],
        value: "job-\(1000 + number)"
      )
    }
    return FieldGroup(
      title: "Search", fields: [FuzzyListField(FieldInfo(key: "job", title: "Job"), items: items, height: 5)])
  }

  /// A file picker on the home directory, for CVs and cover letters.
  static func files() -> FieldGroup {
    let home = ProcessInfo.processInfo.environment["HOME"] ?? "/"
    return FieldGroup(
      title: "Files",
      fields: [
        FilePickerField(
          FieldInfo(key: "attachments", title: "Attachments (PDF or Word, up to 3)"), directory: home,
          home: home,
          filter: FileTypeFilter(
            extensions: ["pdf"],
            mimeTypes: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"]),
          allowsMultiple: true, limit: 3, height: 6)
      ])
  }

  /// An upload in progress, as the submit screen shows it.
  static func progress() -> FieldGroup {
    var spinner = SpinnerModel()
    spinner.tick(elapsed: .seconds(7))
    return FieldGroup(
      title: "Progress",
      fields: [
        ProgressField(
          FieldInfo(key: "upload", title: "Upload"), label: "Uploading cv.pdf",
          progress: ProgressModel(completed: 1_250_000, total: 3_000_000, elapsed: .seconds(2)),
          spinner: spinner)
      ])
  }

  /// Today in the local time zone: the gallery is an edge, so it may read the clock.
  static func todayFromClock() -> CalendarDate {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return CalendarDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
  }
}
