public import ApplyCore
import KomboAPI

/// The review's check of the draft, made in an effect because it reads files: the core validator's
/// report, the size of every local file the draft names, and the request body for display when the
/// draft is valid.
public struct ReviewCheck: Sendable {
  /// Every problem, errors and warnings, in form order.
  public let report: ValidationReport
  /// The size of each readable local file, by path.
  public let sizes: [String: Int]
  /// The body as `RequestBuilder.displayBody` shows it (files as `<N bytes>`); nil while invalid.
  public let body: String?

  /// A check result.
  init(report: ValidationReport, sizes: [String: Int], body: String?) {
    self.report = report
    self.sizes = sizes
    self.body = body
  }

  /// Checks `draft` for `job` reading files through `fileSystem`, with the integration's attachment
  /// rules; `today` enables the date rules.
  static func run(
    draft: ApplicationDraft, job: Job?, today: KomboDateTime?, fileSystem: any FileSystem,
    attachmentRules: AttachmentRules
  ) -> ReviewCheck {
    let validation = Validator(fileSystem: fileSystem, attachmentRules: attachmentRules).validate(
      draft, job: job, today: today)
    var sizes: [String: Int] = [:]
    let references =
      draft.attachments.map(\.file)
      + draft.answers.values.compactMap { answer in
        if case .file(let reference) = answer { return reference }
        return nil
      }
    for reference in references {
      guard case .path(let path) = reference.source, let size = try? fileSystem.fileSize(atPath: path) else {
        continue
      }
      sizes[path] = size
    }
    return ReviewCheck(
      report: validation.report, sizes: sizes, body: validation.prepared.map(RequestBuilder.displayBody))
  }
}
