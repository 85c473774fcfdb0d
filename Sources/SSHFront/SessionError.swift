#if canImport(Glibc)
  import Glibc
#endif

/// Why a session's terminal or child could not be set up.
enum SessionError: Error, CustomStringConvertible {
  /// A system call failed with this errno.
  case system(String, Int32)

  var description: String {
    switch self {
    case .system(let call, let code): "\(call): \(String(cString: strerror(code)))"
    }
  }
}
