import Foundation
import Hummingbird
import KomboAPI

/// JSON responses encoded with Kombo's coder settings.
enum JSONResponse {
  /// `value` as an `application/json` response.
  static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
    do {
      let data = try KomboJSON.encoder().encode(value)
      return Response(
        status: status, headers: [.contentType: "application/json; charset=utf-8"],
        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    } catch {
      return Response(status: .internalServerError)
    }
  }
}
