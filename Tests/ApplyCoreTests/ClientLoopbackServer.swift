import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for transport tests, built on plain sockets so it can misbehave
/// in ways a real framework will not: hang after reading the request, or close without answering.
final class ClientLoopbackServer: @unchecked Sendable {
  /// What to do with one request.
  enum Behavior {
    case respond(status: Int, headers: [(String, String)], body: String)
    case hang
    case closeAfterRequest
  }

  /// One request as received.
  struct Received {
    var head: String
    var body: Data
  }

  let port: UInt16
  private let listener: Int32
  private let behavior: @Sendable (Received) -> Behavior
  private let lock = NSLock()
  private var received: [Received] = []
  private var openConnections: [Int32] = []
  private var stopped = false

  init(behavior: @escaping @Sendable (Received) -> Behavior) throws {
    self.behavior = behavior
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var yes: Int32 = 1
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(fd, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    listener = fd
    port = UInt16(bigEndian: address.sin_port)
    let thread = Thread { [self] in acceptLoop() }
    thread.start()
  }

  /// The base URL of this server, `http://127.0.0.1:PORT/v1`.
  var baseURL: String { "http://127.0.0.1:\(port)/v1" }

  /// Every request received so far.
  var requests: [Received] { lock.withLock { received } }

  /// Stops listening and ends every connection still open.
  ///
  /// Descriptors are only shut down here; each is closed by the one thread that uses it (the accept
  /// loop for the listener, a connection's serving thread for the connection), so a number is never
  /// closed twice or used after another test's socket has taken it.
  func stop() {
    lock.withLock {
      stopped = true
      for fd in openConnections { shutdown(fd, Int32(SHUT_RDWR)) }
    }
    shutdown(listener, Int32(SHUT_RDWR))
  }

  /// A port on 127.0.0.1 that nothing listens on (bound, then closed).
  static func closedPort() throws -> UInt16 {
    let server = try ClientLoopbackServer { _ in .closeAfterRequest }
    server.stop()
    return server.port
  }

  private func acceptLoop() {
    defer { close(listener) }
    while true {
      let fd = accept(listener, nil, nil)
      if fd < 0 { return }
      let keep = lock.withLock {
        if stopped { return false }
        openConnections.append(fd)
        return true
      }
      guard keep else {
        close(fd)
        return
      }
      Thread { [self] in serve(fd) }.start()
    }
  }

  private func serve(_ fd: Int32) {
    guard let request = readRequest(fd) else {
      finish(fd)
      return
    }
    lock.withLock { received.append(request) }
    switch behavior(request) {
    case .respond(let status, let headers, let body):
      var text = "HTTP/1.1 \(status) Status\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n"
      for (name, value) in headers { text += "\(name): \(value)\r\n" }
      text += "\r\n" + body
      let bytes = Array(text.utf8)
      _ = bytes.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
      finish(fd)
    case .closeAfterRequest:
      finish(fd)
    case .hang:
      // Until the client gives up or `stop()` shuts the connection down.
      var byte: UInt8 = 0
      while read(fd, &byte, 1) > 0 {}
      finish(fd)
    }
  }

  private func finish(_ fd: Int32) {
    let open = lock.withLock {
      guard let index = openConnections.firstIndex(of: fd) else { return false }
      openConnections.remove(at: index)
      return true
    }
    if open { close(fd) }
  }

  private func readRequest(_ fd: Int32) -> Received? {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      if let end = data.range(of: Data("\r\n\r\n".utf8)) {
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self)
        let length =
          head.split(separator: "\r\n").compactMap { line -> Int? in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
            return Int(parts[1].trimmingCharacters(in: .whitespaces))
          }.first ?? 0
        let bodyStart = end.upperBound
        if data.count - bodyStart >= length {
          return Received(head: head, body: Data(data[bodyStart..<(bodyStart + length)]))
        }
      }
      let count = read(fd, &buffer, buffer.count)
      if count <= 0 { return nil }
      data.append(contentsOf: buffer[0..<count])
    }
  }
}
