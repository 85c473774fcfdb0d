import ApplyCore
import TextSafety

/// The command line's arguments as the bytes the process received, before Swift decodes them.
enum RawArguments {
  /// Which argument is not valid UTF-8 (with the flag it belongs to), or nil when all are.
  static func encodingProblem() -> String? {
    var previous: String?
    for index in 1..<Int(CommandLine.argc) {
      guard let pointer = CommandLine.unsafeArgv[index] else { continue }
      guard let argument = String(validatingCString: pointer) else {
        let lossy = String(cString: pointer)
        let inline = lossy.hasPrefix("-") && lossy.contains("=") ? lossy.prefix { $0 != "=" } : nil
        let flag = inline.map(String.init) ?? previous.flatMap { $0.hasPrefix("-") ? $0 : nil }
        let named =
          flag.map { "argument \(index) (the value of \(Sanitizer.line($0, limit: 40)))" }
          ?? "argument \(index)"
        return
          "\(named) is not valid UTF-8 text; give it in UTF-8 (check the terminal's or script's encoding)"
      }
      previous = argument
    }
    return nil
  }
}
