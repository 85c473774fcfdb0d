import Foundation

/// The file rules shared by `attachments[]` and FILE answers: a name, exactly one of `data`
/// (valid base64) and `data_url` (an http(s) URL), and a `content_type` of the form `type/subtype`,
/// required with `data`.
enum FileInput {
  /// Decodes and checks the file object at `field`.
  static func decode(_ field: JSONField, type: String, questionID: String?) throws(SandboxError)
    -> SandboxStore.AttachmentRow
  {
    let name = try field["name"].string(required: true) ?? ""
    let contentType = try field["content_type"].string()
    if let contentType, !InputFormats.isContentType(contentType) {
      throw field["content_type"].invalid("'\(contentType)' is not a MIME type like application/pdf")
    }
    let hasData = !field["data"].isMissing
    let hasURL = !field["data_url"].isMissing
    switch (hasData, hasURL) {
    case (true, true):
      throw field.invalid("send exactly one of data and data_url, not both")
    case (false, false):
      throw field.invalid("send exactly one of data (base64) and data_url")
    case (true, false):
      let text = try field["data"].string(required: true) ?? ""
      guard let bytes = InputFormats.base64Decoded(text) else {
        throw field["data"].invalid("is not valid base64")
      }
      guard contentType != nil else {
        throw field["content_type"].invalid("is required when data is sent")
      }
      return .init(
        id: SandboxID.random(), name: name, type: type, contentType: contentType, data: bytes, dataURL: nil,
        questionID: questionID)
    case (false, true):
      let url = try field["data_url"].url(required: true)
      return .init(
        id: SandboxID.random(), name: name, type: type, contentType: contentType, data: nil, dataURL: url,
        questionID: questionID)
    }
  }
}
