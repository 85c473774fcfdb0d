/// A read-only progress line for a form or a status area: spinner, label, bar, percent, bytes, rate
/// and elapsed time. Its models are updated by the owner from tick and upload messages.
public struct ProgressField: Field {
  /// Key and title.
  public var info: FieldInfo
  /// What is being done, e.g. `Uploading cv.pdf`.
  public var label: String
  /// Bytes sent of the total.
  public var progress: ProgressModel
  /// The spinner and elapsed time.
  public var spinner: SpinnerModel

  /// A progress line.
  public init(
    _ info: FieldInfo, label: String, progress: ProgressModel, spinner: SpinnerModel = SpinnerModel()
  ) {
    self.info = info
    self.label = label
    self.progress = progress
    self.spinner = spinner
  }

  /// Progress holds no value.
  public var value: FieldValue { .none }

  /// Focus skips progress lines.
  public var isFocusable: Bool { false }

  /// No input.
  public mutating func handle(_ event: InputEvent) -> FieldResponse { .ignored }

  /// Two rows: the spinner line and the bar.
  public func height(width: Int, context: FieldContext) -> Int { 2 }

  /// Draws `⠋ Uploading cv.pdf · 0:07` over `████▍░░░ 42% 1.2 MB of 3.0 MB, 2.1 MB/s…`.
  public func render(in canvas: inout Canvas, context: FieldContext) {
    let x = canvas.put(spinner.frame + " ", at: .zero, style: Style(.info))
    ListDrawing.note("\(label) · \(spinner.elapsedText)", at: 0, x: x, style: .plain, in: &canvas)
    let details = [progress.percentText, progress.bytesText, progress.rateText].compactMap { $0 }.joined(
      separator: " ")
    let barWidth = max(min(10, canvas.size.width / 3), min(30, canvas.size.width - details.displayWidth - 1))
    let end = canvas.put(progress.bar(width: barWidth), at: Point(x: 0, y: 1), style: Style(.progress))
    ListDrawing.note(details, at: 1, x: end + 1, in: &canvas)
  }

  /// The figures as one line.
  public var accessiblePrompt: [String] {
    ["\(label): \([progress.percentText, progress.bytesText].compactMap { $0 }.joined(separator: ", "))"]
  }

  /// Nothing to answer.
  public mutating func accept(line: String) -> String? { nil }
}
