import KomboAPI

/// The order and grouping of a job's questions on the questions screen.
///
/// Questions go in `index` order (a missing index sorts last; equal indexes keep the job's order),
/// equal-opportunity and demographic questions in a group of their own after the others, and every
/// conditional question after its parent — the form decides visibility from the answers above a
/// question, so a parent listed later would otherwise hide its child for good. A cycle cannot be
/// evaluated: its questions are always shown. A question whose parent the job does not list has no
/// parent here; the field factory shows it as not asked, as the core's `QuestionVisibility` treats it.
struct QuestionOrder: Sendable {
  /// One question in its place.
  struct Entry: Sendable {
    /// The question.
    let question: ScreeningQuestion
    /// Whether it is shown under the voluntary self-identification heading.
    let isVoluntary: Bool
    /// The parent whose answer shows it, when the form can evaluate that.
    let parentID: String?
  }

  /// The questions in display order (each question id once).
  let entries: [Entry]

  /// The order of `questions`.
  init(_ questions: [ScreeningQuestion]) {
    var seen: Set<String> = []
    let unique = questions.filter { seen.insert($0.id).inserted }
    let sorted = unique.enumerated()
      .sorted { ($0.element.index ?? .max, $0.offset) < ($1.element.index ?? .max, $1.offset) }
      .map(\.element)
    let ids = Set(sorted.map(\.id))
    let parents = Dictionary(
      uniqueKeysWithValues: sorted.compactMap { question -> (String, String)? in
        guard let parent = question.preconditionQuestionID, question.preconditionOptions != nil,
          ids.contains(parent)
        else { return nil }
        return (question.id, parent)
      })
    let evaluable = parents.filter { !QuestionOrder.isInCycle($0.key, parents: parents) }
    let flat = sorted.filter { $0.category == nil } + sorted.filter { $0.category != nil }
    var placed: [ScreeningQuestion] = []
    var done: Set<String> = []
    var waiting: [String: [ScreeningQuestion]] = [:]
    func place(_ question: ScreeningQuestion) {
      placed.append(question)
      done.insert(question.id)
      for child in waiting.removeValue(forKey: question.id) ?? [] { place(child) }
    }
    for question in flat {
      if let parent = evaluable[question.id], !done.contains(parent) {
        waiting[parent, default: []].append(question)
      } else {
        place(question)
      }
    }
    let firstVoluntary = placed.firstIndex { $0.category != nil } ?? placed.count
    let entries = placed.enumerated().map { offset, question in
      Entry(question: question, isVoluntary: offset >= firstVoluntary, parentID: evaluable[question.id])
    }
    self.entries = entries
  }

  /// Whether following parents from `id` comes back to it.
  private static func isInCycle(_ id: String, parents: [String: String]) -> Bool {
    var visited: Set<String> = [id]
    var current = parents[id]
    while let next = current {
      if next == id { return true }
      guard visited.insert(next).inserted else { return false }
      current = parents[next]
    }
    return false
  }
}
