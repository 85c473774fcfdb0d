public import Foundation
public import KomboAPI

/// Turns a valid draft into the exact bytes of the create-application body.
///
/// The body is encoded once by KomboAPI's encoder (the one definition of the wire format) with each
/// local file's `data` replaced by a short unique placeholder; the final body is then written into one
/// preallocated buffer, copying the encoded JSON around the placeholders and base64-encoding each file
/// straight from disk into its place. A 10 MB attachment thus costs about its base64 size in memory
/// and is never held as a Swift string.
///
/// ```swift
/// let built = try RequestBuilder(fileSystem: LocalFileSystem(), attachmentRules: rules)
///   .build(draft, job: job, today: today)
/// // POST /ats/jobs/\(built.jobPathSegment)/applications with built.body; built.report has the warnings
/// ```
public struct RequestBuilder: Sendable {
  /// Where local files are read from.
  public var fileSystem: any FileSystem
  /// The total file size cap used when building straight from a draft.
  public var maxTotalFileBytes: Int
  /// The integration's attachment rules, checked when building straight from a draft.
  public var attachmentRules: AttachmentRules

  /// Bytes read from a file per step: a multiple of 3, so each piece base64-encodes without padding.
  static let chunkSize = 3 << 18

  /// A builder reading files through `fileSystem`.
  public init(
    fileSystem: any FileSystem = LocalFileSystem(),
    maxTotalFileBytes: Int = Validator.defaultMaxTotalFileBytes, attachmentRules: AttachmentRules = .unknown
  ) {
    self.fileSystem = fileSystem
    self.maxTotalFileBytes = maxTotalFileBytes
    self.attachmentRules = attachmentRules
  }

  /// Validates `draft` for `job` and builds its body: the one path every front end (the terminal UI,
  /// line mode, `submit`) takes from a draft to the bytes it sends. Throws
  /// ``RequestBuildError/invalid(_:)`` with the full report when the draft has errors; the built
  /// request's `report` keeps the warnings. `today` enables the rules about dates in the past.
  public func build(_ draft: ApplicationDraft, job: Job?, today: KomboDateTime? = nil)
    throws(RequestBuildError)
    -> BuiltRequest
  {
    let validation = Validator(
      fileSystem: fileSystem, maxTotalFileBytes: maxTotalFileBytes, attachmentRules: attachmentRules
    ).validate(draft, job: job, today: today)
    guard let prepared = validation.prepared else { throw .invalid(validation.report) }
    var built = try build(prepared)
    built.report = validation.report
    return built
  }

  /// Builds the body of a validated application, reading its local files now.
  public func build(_ prepared: PreparedApplication) throws(RequestBuildError) -> BuiltRequest {
    let skeleton = try encodeWithPlaceholders(prepared)
    let sizes = try currentSizes(of: prepared.files)
    let total =
      skeleton.bytes.count - skeleton.slots.reduce(0) { $0 + $1.range.count }
      + sizes.reduce(0) { $0 + Base64.encodedLength(of: $1) }
    let start = UnsafeMutableRawPointer.allocate(byteCount: max(total, 1), alignment: 16)
    let buffer = UnsafeMutableRawBufferPointer(start: start, count: max(total, 1))
    var failure: RequestBuildError?
    let written = skeleton.bytes.withUnsafeBytes { json in
      var written = 0
      var copied = 0
      func copy(upTo end: Int) {
        UnsafeMutableRawBufferPointer(rebasing: buffer[written..<(written + end - copied)])
          .copyMemory(from: UnsafeRawBufferPointer(rebasing: json[copied..<end]))
        written += end - copied
        copied = end
      }
      for slot in skeleton.slots {
        copy(upTo: slot.range.lowerBound)
        do throws(RequestBuildError) {
          written += try encodeFile(
            prepared.files[slot.file], size: sizes[slot.file], into: buffer, at: written)
        } catch {
          failure = error
          return written
        }
        copied = slot.range.upperBound
      }
      copy(upTo: json.count)
      return written
    }
    if let failure {
      buffer.deallocate()
      throw failure
    }
    let body = Data(
      bytesNoCopy: start, count: written,
      deallocator: .custom { pointer, _ in pointer.deallocate() })
    return BuiltRequest(jobPathSegment: prepared.jobPathSegment, body: body, prepared: prepared)
  }

  /// The body for a person to read (`--dry-run`): pretty-printed, each embedded file shown as
  /// `<N bytes>` instead of its base64. Reads no files.
  public static func displayBody(_ prepared: PreparedApplication) -> String {
    var request = prepared.request
    for file in prepared.files {
      request.setContent(.base64("<\(file.size) bytes>"), at: file.slot)
    }
    let data = (try? KomboJSON.prettyEncoder().encode(request)) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  /// Base64-encodes the file into `buffer` at `offset`; returns the bytes written.
  private func encodeFile(
    _ file: PreparedFile, size: Int, into buffer: UnsafeMutableRawBufferPointer, at offset: Int
  ) throws(RequestBuildError) -> Int {
    var read = 0
    var position = offset
    let limit = offset + Base64.encodedLength(of: size)
    do {
      try fileSystem.readChunks(atPath: file.path, chunkSize: Self.chunkSize) { chunk in
        read += chunk.count
        guard read <= size else {
          throw RequestBuildError.fileChanged(
            path: file.path, reason: "'\(file.path)' grew while it was read")
        }
        position += Base64.encode(
          chunk, into: UnsafeMutableRawBufferPointer(rebasing: buffer[position..<limit]))
      }
    } catch let error as RequestBuildError {
      throw error
    } catch {
      throw .fileChanged(path: file.path, reason: (error as? FileSystemError)?.description ?? "\(error)")
    }
    guard read == size else {
      throw .fileChanged(path: file.path, reason: "'\(file.path)' shrank while it was read")
    }
    return position - offset
  }

  /// The files' sizes now, which must still be the sizes validation saw.
  private func currentSizes(of files: [PreparedFile]) throws(RequestBuildError) -> [Int] {
    var sizes: [Int] = []
    for file in files {
      let size: Int
      do {
        size = try fileSystem.fileSize(atPath: file.path)
      } catch {
        throw .fileChanged(path: file.path, reason: error.description)
      }
      guard size == file.size else {
        throw .fileChanged(
          path: file.path,
          reason: "'\(file.path)' changed size since it was checked (\(file.size) → \(size) bytes)")
      }
      sizes.append(size)
    }
    return sizes
  }

  /// The body encoded by KomboAPI's encoder with a placeholder string as each local file's `data`, and
  /// where each placeholder's contents lie (in body order, with the index of its file).
  private func encodeWithPlaceholders(
    _ prepared: PreparedApplication
  ) throws(RequestBuildError) -> (bytes: Data, slots: [(file: Int, range: Range<Int>)]) {
    let encoder = KomboJSON.encoder()
    for salt in 0..<16 {
      var request = prepared.request
      let markers = prepared.files.indices.map { "kombo-apply-file-\(salt)-\($0)-payload" }
      for (file, marker) in zip(prepared.files, markers) {
        request.setContent(.base64(marker), at: file.slot)
      }
      let bytes: Data
      do {
        bytes = try encoder.encode(request)
      } catch {
        throw .encoding(String(describing: error))
      }
      if let slots = Self.locate(markers, in: bytes) { return (bytes, slots) }
    }
    throw .encoding("the body contains every placeholder text tried; cannot embed files")
  }

  /// Where each `"marker"`'s contents lie, sorted by position; nil unless each occurs exactly once.
  private static func locate(_ markers: [String], in bytes: Data) -> [(file: Int, range: Range<Int>)]? {
    var slots: [(file: Int, range: Range<Int>)] = []
    for (index, marker) in markers.enumerated() {
      let quoted = Data(("\"" + marker + "\"").utf8)
      guard let found = bytes.range(of: quoted),
        bytes.range(of: quoted, in: found.upperBound..<bytes.endIndex) == nil
      else { return nil }
      slots.append((index, (found.lowerBound + 1)..<(found.upperBound - 1)))
    }
    return slots.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }
}
/// A built create-application request: the path segment and the exact body bytes.
public struct BuiltRequest: Sendable {
  /// The `{job_id}` path segment, percent-encoded.
  public let jobPathSegment: String
  /// The JSON body, exactly as it is to be sent.
  public let body: Data
  /// The validated application the body was built from.
  public let prepared: PreparedApplication
  /// The validation's warnings, when built straight from a draft.
  public internal(set) var report = ValidationReport()
}

/// Why a body could not be built.
public enum RequestBuildError: Error, Sendable, CustomStringConvertible {
  /// The draft has errors; the report lists every one.
  case invalid(ValidationReport)
  /// A file changed or vanished between validation and building.
  case fileChanged(path: String, reason: String)
  /// The encoder failed (should not happen for validated input).
  case encoding(String)

  /// A sentence for the user.
  public var description: String {
    switch self {
    case .invalid(let report):
      "the application has \(report.errors.count) problem(s):\n"
        + report.errors.map { "  \($0)" }.joined(separator: "\n")
    case .fileChanged(_, let reason): "\(reason); check the file and try again"
    case .encoding(let reason): "could not encode the request body: \(reason)"
    }
  }
}

extension CreateApplicationRequest {
  /// Replaces the file content at `slot` (an attachment or a FILE answer).
  mutating func setContent(_ content: FileContent, at slot: PreparedFile.Slot) {
    switch slot {
    case .attachment(let index):
      attachments[index].content = content
    case .answer(let index):
      if case .file(var file) = screeningQuestionAnswers[index].answer {
        file.content = content
        screeningQuestionAnswers[index].answer = .file(file)
      }
    }
  }
}
