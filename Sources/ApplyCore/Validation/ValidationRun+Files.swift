import Foundation
import KomboAPI
import TextSafety

/// A file that passed its checks, in wire terms.
struct CheckedFile {
  /// The name to send, with extension.
  let name: String
  /// The `content_type` to send (always set for local files).
  let contentType: String?
  /// `data` (empty until the body is built) or `data_url`.
  let content: FileContent
  /// For a local file: what the builder must read.
  let local: (path: String, size: Int, type: ContentType)?
}

extension ValidationRun {
  /// The attachments, in order.
  mutating func checkAttachments(_ drafts: [AttachmentDraft]) -> [Attachment] {
    var checked: [CheckedFile?] = []
    var attachmentBytes = 0
    for (index, draft) in drafts.enumerated() {
      let file = checkFile(
        draft.file, at: FieldPath.attachments[index], label: "Attachment \(index + 1)", rules: nil)
      attachmentBytes += file?.local?.size ?? 0
      checked.append(file)
    }
    var result: [Attachment] = []
    for index in checkAttachmentRules(drafts, checked: checked, attachmentBytes: attachmentBytes) {
      guard let file = checked[index] else { continue }
      result.append(
        Attachment(
          name: file.name, type: drafts[index].type, contentType: file.contentType, content: file.content))
      if let local = file.local {
        files.append(
          PreparedFile(
            slot: .attachment(result.count - 1), path: local.path, size: local.size, contentType: local.type))
      }
    }
    return result
  }

  /// A local or URL file: readable, non-empty, of a recognised type that its name agrees with, and
  /// within a FILE question's `rules` (accepted MIME types, size) when given.
  mutating func checkFile(
    _ reference: FileReference, at path: FieldPath, label: String, rules: QuestionFormat.File?
  ) -> CheckedFile? {
    switch reference.source {
    case .path(let filePath):
      return checkLocalFile(filePath, name: reference.name, at: path, label: label, rules: rules)
    case .url(let url):
      return checkRemoteFile(url, name: reference.name, at: path, label: label, rules: rules)
    }
  }

  private mutating func checkLocalFile(
    _ filePath: String, name: String, at path: FieldPath, label: String, rules: QuestionFormat.File?
  ) -> CheckedFile? {
    let trimmedPath = filePath.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmedPath.isEmpty else {
      report.error(path, "\(label): give the path of the file to send")
      return nil
    }
    let given = name.trimmingCharacters(in: .whitespacesAndNewlines)
    var sendName = given.isEmpty ? FileNameBytes.percentEscaped(Self.lastComponent(of: trimmedPath)) : given
    let detection: ContentDetection
    do {
      let nameForType = ContentType.fileExtension(of: trimmedPath) == nil ? sendName : trimmedPath
      detection = try ContentDetector.detect(
        path: trimmedPath, name: nameForType, fileSystem: validator.fileSystem)
    } catch {
      report.error(path, "\(label): \(error.description)")
      return nil
    }
    let type: ContentType
    switch detection.verdict {
    case .success(let detected): type = detected
    case .failure(let problem):
      report.error(path, "\(label): \(problem.message(fileName: Self.lastComponent(of: trimmedPath)))")
      return nil
    }
    if let problem = Self.fileNameProblem(sendName) {
      report.error(path, "\(label): the file name \(problem)")
      return nil
    }
    if ContentType.fileExtension(of: sendName) == nil { sendName += "." + type.extensions[0] }
    totalFileBytes += detection.size
    guard check(type: type, size: detection.size, against: rules, at: path, label: label) else { return nil }
    return CheckedFile(
      name: sendName, contentType: type.mimeType, content: .base64(""),
      local: (trimmedPath, detection.size, type))
  }

  private mutating func checkRemoteFile(
    _ url: String, name: String, at path: FieldPath, label: String, rules: QuestionFormat.File?
  ) -> CheckedFile? {
    guard let url = checkURL(url, at: path, label: label) else {
      if url.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        report.error(path, "\(label): give the web address of the file")
      }
      return nil
    }
    let given = name.trimmingCharacters(in: .whitespacesAndNewlines)
    let fromURL = URLComponents(string: url).map { Self.lastComponent(of: $0.path) } ?? ""
    let sendName = given.isEmpty ? fromURL : given
    if let problem = Self.fileNameProblem(sendName) {
      report.error(path, "\(label): the file name \(problem)")
      return nil
    }
    guard ContentType.fileExtension(of: sendName) != nil else {
      report.error(path, "\(label): give the file a name with an extension, such as Resume.pdf")
      return nil
    }
    let type = ContentType.forFileName(sendName)
    if let rules, let accepted = rules.acceptedMimeTypes, !accepted.isEmpty {
      if let type {
        guard check(type: type, size: 0, against: rules, at: path, label: label) else { return nil }
      } else {
        report.warning(
          path,
          "\(label): the type of '\(sendName)' cannot be checked; this question accepts "
            + accepted.joined(separator: ", "))
      }
    }
    return CheckedFile(name: sendName, contentType: type?.mimeType, content: .url(url), local: nil)
  }

  /// A FILE question's accepted MIME types (exact, `type/*`, `*/*`, or `.ext`) and size limit.
  private mutating func check(
    type: ContentType, size: Int, against rules: QuestionFormat.File?, at path: FieldPath, label: String
  ) -> Bool {
    if let accepted = rules?.acceptedMimeTypes, !accepted.isEmpty, !Self.accepts(accepted, type) {
      report.error(
        path,
        "\(label): this question accepts \(accepted.joined(separator: ", ")); the file is \(type.mimeType)")
      return false
    }
    if let limit = rules?.maxFileSizeBytes, size > limit {
      report.error(
        path,
        "\(label): the file is \(ByteCount.format(size)); this question accepts files up to "
          + ByteCount.format(limit))
      return false
    }
    return true
  }

  private static func accepts(_ accepted: [String], _ type: ContentType) -> Bool {
    accepted.contains { entry in
      let pattern = entry.trimmingCharacters(in: .whitespaces).lowercased()
      if pattern == "*" || pattern == "*/*" || pattern == type.mimeType { return true }
      if pattern.hasSuffix("/*") { return type.mimeType.hasPrefix(String(pattern.dropLast())) }
      if pattern.hasPrefix(".") { return type.extensions.contains(String(pattern.dropFirst())) }
      return false
    }
  }

  /// Why a file name cannot be sent: not one line, too long, or a path rather than a name.
  static func fileNameProblem(_ name: String) -> String? {
    if let problem = TextRules.lineProblem(name) { return problem }
    if name.contains("/") || name.contains("\\") {
      return "must not contain / or \\ (give a name, not a path)"
    }
    return nil
  }

  /// The last `/`-separated component of a path.
  static func lastComponent(of path: String) -> String {
    String(path.split(separator: "/").last ?? "")
  }
}
