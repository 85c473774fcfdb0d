import TerminalUI

/// Starts a file picker's first directory listing before the user reaches it (a picker otherwise
/// lists on its first key), so its files are there when it gets focus and the first key is not lost.
enum PickerStart {
  /// The work listing the directory of the picker field with `key` in `form` (an empty paste starts
  /// the listing and changes nothing else); results come back as the form's field results.
  static func start(_ key: String, in form: inout Form) -> [Effect<FormMessage>] {
    guard let path = form.path(of: key) else { return [] }
    var tasks: [FieldTask] = []
    form.modify(path) { field in
      guard field is FilePickerField || field is FileAnswerField else { return }
      tasks = field.handle(.paste("")).tasks
    }
    return tasks.map { $0.effect(forField: key) }
  }
}
