import CPseudoTerminal
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A pseudo terminal the server opens for one session: the master side stays here (bridged to the
/// SSH channel), the slave side's path is opened by the child as its controlling terminal.
struct PseudoTerminal {
  /// The master side (close-on-exec).
  let master: Int32
  /// The slave side's path, `/dev/pts/N`.
  let slavePath: String

  /// Opens a new pseudo terminal of `size`; with `echoes` false, the slave does not echo what is
  /// typed (the line mode over an SSH channel without a pty, whose client echoes locally).
  static func make(size: WindowSize, echoes: Bool) throws(SessionError) -> PseudoTerminal {
    var name = [CChar](repeating: 0, count: 128)
    let master = kombo_pty_open(&name, name.count)
    guard master >= 0 else { throw .system("posix_openpt", errno) }
    let path = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let terminal = PseudoTerminal(master: master, slavePath: path)
    terminal.resize(size)
    if !echoes {
      let slave = open(terminal.slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)
      if slave >= 0 {
        var modes = termios()
        if tcgetattr(slave, &modes) == 0 {
          modes.c_lflag &= ~tcflag_t(ECHO | ECHONL)
          tcsetattr(slave, TCSANOW, &modes)
        }
        close(slave)
      }
    }
    return terminal
  }

  /// Sets the terminal's size; the kernel sends SIGWINCH to the child's process group.
  func resize(_ size: WindowSize) {
    var window = winsize(ws_row: UInt16(size.rows), ws_col: UInt16(size.columns), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &window)
  }
}
