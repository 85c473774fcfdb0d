import TerminalUI

/// One keystroke through `Form.update`, `Form.view` and `Screen.changes(from:)` in a 60-field form
/// at 200×60 (targets: p50 ≤ 0.2 ms, p99 ≤ 1 ms).
enum FormKeystrokeBench {
  static let benchmark = Benchmark(name: "form-keystroke") {
    let size = Size(width: 200, height: 60)
    let groups = (0..<6).map { group in
      FieldGroup(
        title: "Section \(group + 1)",
        description:
          "Questions the ATS asks for this job, with a description long enough to wrap once or twice.",
        fields: (0..<10).map { index -> any Field in
          TextInput(
            FieldInfo(
              key: "q\(group)-\(index)",
              title: "Question \(group * 10 + index + 1): what should the recruiter know?",
              description: index % 2 == 0 ? "Answer in a sentence; Zoë Łukasiewicz and 山田太郎 both fit." : nil,
              required: index % 3 == 0),
            placeholder: "type here")
        })
    }
    var form = Form(title: "Benchmark: 60 questions", groups: groups)
    _ = form.update(.event(.resize(size)))
    for _ in 0..<25 { _ = form.update(.event(.key(.tab))) }
    form.focus(key: "q2-5")
    var previous = form.view(size: size)
    let keys: [KeyPress] = [
      .character("a"), .character("ë"), .character("山"), .backspace, .backspace, .backspace,
    ]
    var step = 0
    let samples = Measure.samples(iterations: 6000) {
      _ = form.update(.event(.key(keys[step % keys.count])))
      let screen = form.view(size: size)
      let update = screen.changes(from: previous)
      precondition(update.cellCount < size.width * size.height)
      previous = screen
      step += 1
    }
    print(Measure.summary("keystroke, 60 fields at 200×60 (update + view + diff)", samples))
  }
}
