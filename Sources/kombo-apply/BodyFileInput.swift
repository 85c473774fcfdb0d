import ApplyCore
import CDispatch
import CNIOLinux
import Foundation
import KomboAPI
import TextSafety

#if canImport(Glibc)
  import Glibc
#endif

/// A ready-made request body from `--body FILE.json`: read (a regular file within the size limit),
/// refused with repeated keys, decoded into the wire type, and checked by the validator the flags use;
/// sent byte for byte as it is in the file (without a leading UTF-8 byte order mark).
struct BodyFileInput {
  /// The largest body accepted: the 10 MB of files as base64 (4/3 of it) and 1 MB for everything else.
  static let maxBytes = Validator.defaultMaxTotalFileBytes / 3 * 4 + (1 << 20)

  let path: String

  /// The body, the candidate's email and the text to show for `--dry-run`; exit 65 naming `--body`
  /// and the JSON path of every problem.
  func check(
    against job: Job?, reference: JobReference
  ) throws(CommandFailure) -> (body: Data, email: String, display: String) {
    var data = try read()
    if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }
    guard (try? JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)) != nil else {
      throw invalid([
        "\(path) is not JSON; give a create-application body such as --dry-run --full --json makes"
      ])
    }
    let repeated = DuplicateJSONKeys.find(in: data)
    guard repeated.isEmpty else {
      throw invalid(
        repeated.map { "\($0): the key appears more than once in its object; give each key once" })
    }
    let request: CreateApplicationRequest
    do {
      request = try KomboJSON.decode(CreateApplicationRequest.self, from: data)
    } catch let error as DecodingError {
      throw invalid(["\(path) is not a create-application body: \(error.summary(reading: data))"])
    } catch {
      throw invalid(["\(path) is not a create-application body: \(error.localizedDescription)"])
    }
    let unreadable = Self.placeholders(in: request)
    guard unreadable.isEmpty else { throw invalid(unreadable) }
    let today = CivilToday.date(at: Date(), in: .current)
    let report = Validator().validate(body: request, job: reference, jobInfo: job, today: today)
    guard report.isValid else { throw invalid(report.errors.map { "\($0.path): \($0.message)" }) }
    for warning in report.warnings {
      Console.error("warning: --body: \(Sanitizer.line("\(warning.path): \(warning.message)", limit: 400))")
    }
    return (data, request.candidate.emailAddress, String(decoding: data, as: UTF8.self))
  }

  /// The file's bytes: a regular file within ``maxBytes``, opened without blocking (a FIFO is refused,
  /// not waited on) and checked before anything is read.
  private func read() throws(CommandFailure) -> Data {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      let reason =
        switch errno {
        case ENOENT, ENOTDIR: "no such file"
        case EACCES, EPERM: "permission denied"
        default: String(cString: strerror(errno))
        }
      throw invalid(["cannot read \(path): \(reason)"])
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw invalid(["cannot read \(path)"]) }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw invalid(["\(path) is a directory; give the path of a JSON file"])
    default:
      throw invalid(["\(path) is not a regular file (a device, FIFO or socket); give the path of a JSON file"]
      )
    }
    guard Int(info.st_size) <= Self.maxBytes else {
      throw invalid([
        "\(path) is \(ByteCount.format(Int(info.st_size))); a body may be at most \(ByteCount.format(Self.maxBytes)) "
          + "(10 MB of files as base64, and the rest); send large files by data_url"
      ])
    }
    do {
      let data = try handle.read(upToCount: Self.maxBytes + 1) ?? Data()
      guard data.count <= Self.maxBytes else {
        throw invalid(["\(path) grew beyond \(ByteCount.format(Self.maxBytes)) while being read"])
      }
      return data
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw invalid(["cannot read \(path): \(error.localizedDescription)"])
    }
  }

  /// Files whose `data` is not base64, or the `<N bytes>` placeholder of a shortened dry run.
  private static func placeholders(in request: CreateApplicationRequest) -> [String] {
    var files = request.attachments.enumerated().map {
      ("attachments[\($0.offset)].data", $0.element.content)
    }
    for (index, answer) in request.screeningQuestionAnswers.enumerated() {
      if case .file(let file) = answer.answer {
        files.append(("screening_question_answers[\(index)].answer.data", file.content))
      }
    }
    return files.compactMap { field, content in
      guard case .base64(let text) = content, Data(base64Encoded: text) == nil else { return nil }
      return text.hasPrefix("<") && text.hasSuffix(" bytes>")
        ? "\(field) is \(text), a placeholder from `submit --dry-run`; make the body with --dry-run --full --json"
        : "\(field) is not valid base64"
    }
  }

  private func invalid(_ problems: [String]) -> CommandFailure {
    CommandFailure(
      message: (["kombo-apply: the application was not sent; fix these and run the command again:"]
        + problems.map { "  --body: \(Sanitizer.line($0, limit: 400))" }).joined(separator: "\n"),
      exitCode: ExitStatus.invalidInput)
  }
}
