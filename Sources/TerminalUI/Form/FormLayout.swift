/// Where everything of a form goes at a given size: the content viewport and, in content rows, the
/// position of every visible group header, field and the Submit button.
struct FormLayout {
  /// One laid-out block of content.
  struct Item {
    /// What the block shows.
    enum Kind {
      case groupHeader(Int)
      case field(FormPosition)
      case submit
    }

    let kind: Kind
    /// First content row.
    let top: Int
    /// Rows, not counting the blank line after it.
    let height: Int
    /// For the first field of a titled group: the group header's top, so scrolling shows it too.
    let groupTop: Int?
    /// Title (with the required marker) and description lines, already wrapped.
    let titleLines: [String]
    let descriptionLines: [String]
    /// The body's rows.
    let bodyHeight: Int
    /// Validation message lines, wrapped.
    let errorLines: [String]

    /// The focus target this block stands for, if any.
    var focus: FormFocus? {
      switch kind {
      case .field(let path): .field(path)
      case .submit: .submit
      case .groupHeader: nil
      }
    }
  }

  /// The widest the content gets, so long lines stay readable on wide terminals.
  static let maximumContentWidth = 100

  /// The content area, in screen coordinates (rows between the title line and the help line).
  let viewport: Rect
  /// Blocks in content order.
  private(set) var items: [Item] = []
  /// Rows of all content.
  private(set) var contentHeight = 0

  init(_ form: Form, size: Size) {
    let width = min(size.width - 4, FormLayout.maximumContentWidth)
    viewport = Rect(x: 2, y: 2, width: max(0, width), height: max(0, size.height - 4))
    guard width > 4 else { return }
    let cache = WrapCache.shared
    var row = 0
    var lastGroup = -1
    for path in form.visiblePaths {
      var groupTop: Int?
      if path.group != lastGroup {
        lastGroup = path.group
        let group = form.groups[path.group]
        let titleLines = group.title.map { cache.lines($0, width: width) } ?? []
        let descriptionLines =
          group.description.map { cache.lines($0, width: width, keepNewlines: true) } ?? []
        if !titleLines.isEmpty || !descriptionLines.isEmpty {
          let height = titleLines.count + descriptionLines.count
          items.append(
            Item(
              kind: .groupHeader(path.group), top: row, height: height, groupTop: nil,
              titleLines: titleLines, descriptionLines: descriptionLines, bodyHeight: 0, errorLines: []))
          groupTop = row
          row += height + 1
        }
      }
      let field = form.field(at: path)
      let error = form.errors[field.key]
      let context = FieldContext(isFocused: form.focus == .field(path), hasError: error != nil)
      let inner = width - 2
      let titleLines = cache.lines(field.info.title, width: inner, marker: field.info.isRequired ? " *" : nil)
      let descriptionLines =
        field.info.description.map { cache.lines($0, width: inner, keepNewlines: true) } ?? []
      let errorLines = error.map { cache.lines("✗ " + $0, width: inner) } ?? []
      let bodyHeight = max(0, field.height(width: inner, context: context))
      let height = titleLines.count + descriptionLines.count + bodyHeight + errorLines.count
      items.append(
        Item(
          kind: .field(path), top: row, height: height, groupTop: groupTop, titleLines: titleLines,
          descriptionLines: descriptionLines, bodyHeight: bodyHeight, errorLines: errorLines))
      row += height + 1
    }
    items.append(
      Item(
        kind: .submit, top: row, height: 1, groupTop: nil, titleLines: [], descriptionLines: [],
        bodyHeight: 0, errorLines: []))
    contentHeight = row + 1
  }
}
